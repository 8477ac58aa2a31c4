import { isJsonObject, type JsonObject, type JsonValue } from "../asl/json";
import { CHOICE_OPERATORS } from "../asl/types";

const SYMBOLS: Record<string, string> = {
  Equals: "==",
  LessThan: "<",
  GreaterThan: ">",
  LessThanEquals: "<=",
  GreaterThanEquals: ">=",
};

const TYPE_TESTS: Record<string, string> = {
  IsNull: "is null",
  IsPresent: "is present",
  IsNumeric: "is numeric",
  IsString: "is a string",
  IsBoolean: "is a boolean",
  IsTimestamp: "is a timestamp",
};

const MAX_LENGTH = 48;

/** A short readable form of a Choice rule for an edge label, e.g. `$.amount > 100`. */
export function describeCondition(rule: JsonValue | undefined): string {
  const text = describe(rule, 0);
  return text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH - 1) + "…" : text;
}

function describe(rule: JsonValue | undefined, depth: number): string {
  if (!isJsonObject(rule)) return "?";
  if (typeof rule.Condition === "string") return withoutGuards(rule.Condition.replace(/^\{%\s*|\s*%\}$/g, ""));
  if (typeof rule.Condition === "boolean") return String(rule.Condition);
  if (Array.isArray(rule.And)) return group(rule.And.map((r) => describe(r, depth + 1)).join(" and "), depth);
  if (Array.isArray(rule.Or)) return group(rule.Or.map((r) => describe(r, depth + 1)).join(" or "), depth);
  if (rule.Not !== undefined) return `not ${group(describe(rule.Not, depth + 1), 1)}`;
  const variable = typeof rule.Variable === "string" ? rule.Variable : "?";
  const operator = CHOICE_OPERATORS.find((op) => Object.prototype.hasOwnProperty.call(rule, op));
  if (!operator) return variable;
  return describeComparison(variable, operator, rule);
}

/**
 * The JSONPath → JSONata converter keeps a comparison's failure modes with guards:
 * `($exists(x) ? ($type(x) = 'number' and x > 1) : $error("…"))`. A label shows the comparison.
 */
function withoutGuards(body: string): string {
  let text = body.trim();
  for (let i = 0; i < 8; i++) {
    const guarded = /^\(\$exists\((.+?)\) \? \((.*)\) : \$error\((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\)\)$/.exec(text);
    const typed = /^\$type\((.+?)\) = '(?:number|string|boolean)' and (.*)$/.exec(text);
    if (guarded) text = (guarded[2] as string).trim();
    else if (typed) text = (typed[2] as string).trim();
    else break;
  }
  return text;
}

function describeComparison(variable: string, operator: string, rule: JsonObject): string {
  const value = rule[operator];
  if (operator in TYPE_TESTS) return value === false ? `${variable} ${negate(TYPE_TESTS[operator] as string)}` : `${variable} ${TYPE_TESTS[operator]}`;
  if (operator === "StringMatches") return `${variable} matches ${JSON.stringify(value)}`;
  const isPath = operator.endsWith("Path");
  const base = isPath ? operator.slice(0, -4) : operator;
  const suffix = Object.keys(SYMBOLS).find((s) => base.endsWith(s) && !base.endsWith("Than" + s));
  const relation = suffix ? (SYMBOLS[suffix] as string) : base;
  const operand = isPath ? String(value) : JSON.stringify(value);
  return `${variable} ${relation} ${operand}`;
}

function negate(test: string): string {
  return test === "is present" ? "is not present" : test.replace(/^is /, "is not ");
}

function group(text: string, depth: number): string {
  return depth > 0 ? `(${text})` : text;
}
