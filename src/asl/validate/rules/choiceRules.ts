/**
 * Choice rules (seed L4114–L4375; asl-semantics.md §2.3, §12.1 item 8):
 * - each rule has exactly one comparison operator, or And / Or / Not (seed L4144–L4150);
 * - top-level rules have Next; nested rules must not (seed L4292–L4295);
 * - a comparison needs Variable, a reference path (seed L4146–L4150, L7680);
 * - operand types per operator family, no coercion (seed L4222–L4277); timestamps are
 *   RFC 3339 with uppercase T and Z (seed L4284–L4289); …Path operands are reference paths;
 *   Is* tests take true/false;
 * - And / Or hold a non-empty array of rules, Not a single rule (seed L4292–L4295).
 * Choices itself being a non-empty array is in the schema (seed L4119–L4127).
 * - Assign on top-level rules ("Passing data between states with variables"); JSONata states'
 *   rules are Conditions (checkJsonataRule).
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from "../../json";
import { isJsonataExpression } from "../../jsonata/expression";
import { CHOICE_LITERAL_OPERATORS, CHOICE_OPERATORS, CHOICE_PATH_OPERATORS, CHOICE_TYPE_TEST_OPERATORS } from "../../types";
import { checkPath } from "../checks/pathCheck";
import { isTimestamp, timestampHint } from "../checks/timestamp";
import { describeValue, quote, type ValidationContext } from "../context";
import type { StateInfo } from "../model";
import { closest } from "../suggest";
import type { Rule } from "./rule";

type Operand = "string" | "number" | "boolean" | "timestamp" | "path" | "test";

const OPERAND: Record<string, Operand> = {};
for (const op of CHOICE_LITERAL_OPERATORS) {
  OPERAND[op] = op.startsWith("String") ? "string" : op.startsWith("Numeric") ? "number" : op.startsWith("Boolean") ? "boolean" : "timestamp";
}
for (const op of CHOICE_PATH_OPERATORS) OPERAND[op] = "path";
for (const op of CHOICE_TYPE_TEST_OPERATORS) OPERAND[op] = "test";

const LOGIC = new Set(["And", "Or", "Not"]);
const RULE_FIELDS = new Set(["Variable", "Next", "Comment", "Assign", ...LOGIC]);
const JSONATA_RULE_FIELDS = new Set(["Condition", "Output"]);
/** The fields of a choice rule in a JSONata state (recorded, corpus 0011, 0765, 0846, 0884). */
const JSONATA_RULE_KEYS = ["Condition", "Next", "Comment", "Assign", "Output"];
const KNOWN_KEYS = [...RULE_FIELDS, ...CHOICE_OPERATORS];
const MAX_RULE_DEPTH = 100;

const OPERAND_WORDS: Record<Exclude<Operand, "path" | "test">, string> = {
  string: "compares strings, so its value must be a string",
  number: "compares numbers, so its value must be a number",
  boolean: "compares booleans, so its value must be true or false",
  timestamp: "compares timestamps, so its value must be a timestamp string",
};

function operandMatches(kind: Operand, value: JsonValue): boolean {
  switch (kind) {
    case "string":
    case "timestamp":
    case "path":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === "boolean";
  }
}

function operandFix(kind: Operand, value: JsonValue): string {
  if (kind === "number" && typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return ` Write ${value.trim()} without quotes.`;
  if ((kind === "boolean" || kind === "test") && (value === "true" || value === "false")) return ` Write ${value} without quotes.`;
  if ((kind === "string" || kind === "timestamp") && (typeof value === "number" || typeof value === "boolean")) return ` Write it in quotes, or use a ${typeof value === "number" ? "Numeric" : "Boolean"} operator.`;
  return "";
}

/** `State "C": Choices[0].And[1]` — built only when a message needs it. */
function where(state: StateInfo, label: string): string {
  return `State ${quote(state.name)}: ${label}`;
}

function checkRule(ctx: ValidationContext, state: StateInfo, rule: JsonObject, pointer: string, label: string, top: boolean, depth: number): void {

  if (depth > MAX_RULE_DEPTH) {
    ctx.report({ code: "NESTING_TOO_DEEP", pointer, state, message: `${where(state, label)} nests And/Or/Not more than ${MAX_RULE_DEPTH} levels deep; the validator does not look further.` });
    return;
  }
  const operators: string[] = [];
  let unknown = false;
  for (const key of Object.keys(rule)) {
    if (Object.prototype.hasOwnProperty.call(OPERAND, key) || LOGIC.has(key)) operators.push(key);
    else if (!RULE_FIELDS.has(key)) {
      unknown = true;
      const suggestion = JSONATA_RULE_FIELDS.has(key) ? undefined : closest(key, KNOWN_KEYS);
      ctx.report({
        code: "FIELD_NOT_ALLOWED",
        pointer: `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        state,
        highlight: "key",
        message: JSONATA_RULE_FIELDS.has(key)
          ? `${where(state, label)}: ${key} is a JSONata field, allowed only when QueryLanguage is "JSONata".`
          : `${where(state, label)}: ${quote(key)} is not a choice rule field or operator.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ""}`,
      });
    }
  }

  if (!top && getOwn(rule, "Assign") !== undefined) {
    ctx.report({ code: "FIELD_NOT_ALLOWED", pointer: `${pointer}/Assign`, state, highlight: "key", message: `${where(state, label)} is nested inside And/Or/Not and cannot Assign; only top-level rules (and the Choice state itself) assign variables. Move it to the enclosing top-level rule.` });
  }
  const next = getOwn(rule, "Next");
  if (top && next === undefined) {
    ctx.report({ code: "CHOICE_RULE_MISSING_NEXT", pointer, state, message: `${where(state, label)} has no Next: a top-level choice rule must say which state to go to when it matches (seed L4144–L4145).` });
  } else if (!top && next !== undefined) {
    ctx.report({ code: "CHOICE_NESTED_NEXT", pointer: `${pointer}/Next`, state, highlight: "key", message: `${where(state, label)} is nested inside And/Or/Not and must not have Next; only top-level rules have Next (seed L4292–L4295). Move it to the enclosing top-level rule.` });
  } else if (next !== undefined && typeof next !== "string") {
    ctx.report({ code: "SCHEMA_TYPE", pointer: `${pointer}/Next`, state, message: `${where(state, label)}.Next must be a state name (a string), not ${describeValue(next)}.` });
  }

  if (operators.length === 0) {
    if (!unknown) {
      ctx.report({
        code: "CHOICE_OPERATOR_COUNT",
        pointer,
        state,
        message: `${where(state, label)} has no comparison: add one operator such as "StringEquals" or "NumericGreaterThan" with a Variable, or combine rules with And, Or or Not (seed L4144–L4150, L4222–L4266).`,
      });
    }
  } else if (operators.length > 1) {
    for (const extra of operators.slice(1)) {
      ctx.report({
        code: "CHOICE_OPERATOR_COUNT",
        pointer: `${pointer}/${extra}`,
        state,
        highlight: "key",
        message: `${where(state, label)} has both ${operators[0]} and ${extra}; a rule holds exactly one operator (seed L4146–L4150). To test both, combine two rules with And.`,
      });
    }
  }

  const variable = getOwn(rule, "Variable");
  const op = operators[0];
  if (op !== undefined && LOGIC.has(op)) {
    if (variable !== undefined) {
      ctx.report({ code: "FIELD_NOT_ALLOWED", pointer: `${pointer}/Variable`, state, highlight: "key", message: `${where(state, label)}: Variable is not used with ${op}; put it in the rules ${op === "Not" ? "inside Not" : `in the ${op} array`}.` });
    }
  } else if (op !== undefined) {
    if (variable === undefined) {
      ctx.report({ code: "CHOICE_MISSING_VARIABLE", pointer, state, message: `${where(state, label)} uses ${op} but has no Variable: add "Variable": "$.field" naming the value to compare (seed L4146).` });
    } else if (typeof variable !== "string") {
      ctx.report({ code: "SCHEMA_TYPE", pointer: `${pointer}/Variable`, state, message: `${where(state, label)}.Variable must be a reference path string such as "$.type", not ${describeValue(variable)}.` });
    } else {
      checkPath(ctx, state, `${pointer}/Variable`, variable, "reference");
    }
  }

  for (const operator of operators) {
    const value = rule[operator] as JsonValue;
    const opPointer = `${pointer}/${operator}`;
    if (operator === "And" || operator === "Or") {
      if (!Array.isArray(value)) {
        ctx.report({ code: "CHOICE_OPERAND_TYPE", pointer: opPointer, state, message: `${where(state, label)}.${operator} must be an array of choice rules, not ${describeValue(value)} (seed L4292–L4295).` });
      } else if (value.length === 0) {
        ctx.report({ code: "SCHEMA_EMPTY", pointer: opPointer, state, message: `${where(state, label)}.${operator} is empty; it needs at least one rule (seed L4292–L4295).` });
      } else {
        for (let i = 0; i < value.length; i++) {
          const inner = value[i];
          if (isJsonObject(inner)) checkRule(ctx, state, inner, `${opPointer}/${i}`, `${label}.${operator}[${i}]`, false, depth + 1);
          else ctx.report({ code: "CHOICE_OPERAND_TYPE", pointer: `${opPointer}/${i}`, state, message: `${where(state, label)}.${operator}[${i}] must be a choice rule (an object), not ${describeValue(inner)}.` });
        }
      }
      continue;
    }
    if (operator === "Not") {
      if (isJsonObject(value)) checkRule(ctx, state, value, opPointer, `${label}.Not`, false, depth + 1);
      else ctx.report({ code: "CHOICE_OPERAND_TYPE", pointer: opPointer, state, message: `${where(state, label)}.Not must be a single choice rule (an object), not ${describeValue(value)} (seed L4292–L4295).` });
      continue;
    }
    const kind = OPERAND[operator] as Operand;
    if (!operandMatches(kind, value)) {
      const words = kind === "path" ? "takes a reference path to the other value, so it must be a string such as \"$.limit\"" : kind === "test" ? "takes true (the test must hold) or false" : OPERAND_WORDS[kind];
      ctx.report({ code: "CHOICE_OPERAND_TYPE", pointer: opPointer, state, message: `${where(state, label)}.${operator} ${words}, not ${describeValue(value)} (seed L4222–L4277).${operandFix(kind, value)}` });
      continue;
    }
    if (kind === "timestamp" && !isTimestamp(value as string)) {
      ctx.report({
        code: "INVALID_TIMESTAMP",
        pointer: opPointer,
        state,
        message: `${where(state, label)}.${operator}: ${quote(value as string)} is not an RFC 3339 timestamp such as "2016-08-18T17:33:00Z" (seed L4284–L4289).${timestampHint(value as string)}`,
      });
    } else if (kind === "path") {
      checkPath(ctx, state, opPointer, value as string, "reference");
    }
  }
}

/**
 * A rule of a JSONata Choice: Condition (true, false or a `{% … %}` expression; its value is
 * checked with the other expressions) and Next, optionally Assign, Output and Comment. The
 * JSONPath comparisons (Variable, the operators, And/Or/Not) are not part of it.
 */
function checkJsonataRule(ctx: ValidationContext, state: StateInfo, rule: JsonObject, pointer: string, label: string): void {
  for (const key of Object.keys(rule)) {
    if (JSONATA_RULE_KEYS.includes(key)) continue;
    const jsonPathOnly = key === "Variable" || LOGIC.has(key) || Object.prototype.hasOwnProperty.call(OPERAND, key);
    const suggestion = jsonPathOnly ? undefined : closest(key, JSONATA_RULE_KEYS);
    ctx.report({
      code: "FIELD_NOT_ALLOWED",
      pointer: `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
      state,
      highlight: "key",
      message: jsonPathOnly
        ? `${where(state, label)}: ${key} is a JSONPath choice rule field; this state uses JSONata, where a rule is a Condition such as "{% $states.input.value > 20 %}" ("Transforming data with JSONata in Step Functions").`
        : `${where(state, label)}: ${quote(key)} is not a field of a JSONata choice rule (Condition, Next, Assign, Output, Comment).${suggestion ? ` Did you mean ${quote(suggestion)}?` : ""}`,
    });
  }
  const condition = getOwn(rule, "Condition");
  if (condition === undefined) {
    ctx.report({ code: "CHOICE_CONDITION_REQUIRED", pointer, state, message: `${where(state, label)} has no Condition: in a JSONata state each rule is a Condition, true, false or an expression such as "{% $states.input.type = 'Private' %}".` });
  } else if (typeof condition !== "boolean" && !isJsonataExpression(condition)) {
    ctx.report({
      code: "CHOICE_OPERAND_TYPE",
      pointer: `${pointer}/Condition`,
      state,
      message: `${where(state, label)}.Condition must be true, false or a JSONata expression written "{% … %}", not ${describeValue(condition)}.`,
    });
  }
  const next = getOwn(rule, "Next");
  if (next === undefined) {
    ctx.report({ code: "CHOICE_RULE_MISSING_NEXT", pointer, state, message: `${where(state, label)} has no Next: a choice rule must say which state to go to when it matches (seed L4144–L4145).` });
  } else if (typeof next !== "string") {
    ctx.report({ code: "SCHEMA_TYPE", pointer: `${pointer}/Next`, state, message: `${where(state, label)}.Next must be a state name (a string), not ${describeValue(next)}.` });
  }
}

export const choiceRules: Rule = {
  id: "choiceRules",
  state(state, ctx) {
    if (state.type !== "Choice") return;
    const choices = getOwn(state.node, "Choices");
    if (!Array.isArray(choices)) return;
    for (let i = 0; i < choices.length; i++) {
      const rule = choices[i];
      if (!isJsonObject(rule)) continue;
      if (state.language === "JSONata") checkJsonataRule(ctx, state, rule, `${state.pointer}/Choices/${i}`, `Choices[${i}]`);
      else checkRule(ctx, state, rule, `${state.pointer}/Choices/${i}`, `Choices[${i}]`, true, 0);
    }
  },
};
