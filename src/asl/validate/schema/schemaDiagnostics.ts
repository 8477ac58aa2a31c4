/**
 * Ajv errors → diagnostics in the user's terms: "State "Retry it": Retry[0].BackoffRate is
 * 0.5; it must be at least 1." Never Ajv's own text. Each error is located at its instance
 * path under the node that was validated; a missing field points at the object that lacks it.
 */
import type { ErrorObject } from "ajv";
import { getAtPointer, parsePointer, type JsonValue } from "../../json";
import type { DiagnosticCode } from "../codes";
import { describeValue, fieldLabel, quote, type ValidationContext } from "../context";
import { NESTED, STATE_FIELDS } from "../fields";
import type { StateInfo } from "../model";
import { didYouMean } from "../suggest";

let hints: Map<string, string> | undefined;

function hintFor(field: string): string | undefined {
  if (!hints) {
    hints = new Map();
    for (const [name, spec] of Object.entries(STATE_FIELDS)) if (spec.hint) hints.set(name, spec.hint);
    for (const spec of Object.values(NESTED)) {
      for (const [name, field] of Object.entries(spec.fields)) {
        const hint = field.hint;
        if (hint && !hints.has(name)) hints.set(name, hint);
      }
    }
  }
  return hints.get(field);
}

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  null: "null",
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type.map(String) : String(type).split(",");
  return types.map((t) => TYPE_WORDS[t] ?? t).join(" or ");
}

function fixForType(expected: string, value: unknown): string {
  if ((expected.includes("integer") || expected.includes("number")) && typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) {
    return " Write the number without quotes.";
  }
  if (expected.includes("integer") && typeof value === "number") return " Fractions are not allowed here.";
  if (expected.includes("boolean") && (value === "true" || value === "false")) return " Write true or false without quotes.";
  return "";
}

function rangeWords(keyword: string, limit: unknown): string {
  switch (keyword) {
    case "minimum":
      return `at least ${String(limit)}`;
    case "maximum":
      return `at most ${String(limit)}`;
    case "exclusiveMinimum":
      return `greater than ${String(limit)}`;
    default:
      return `less than ${String(limit)}`;
  }
}

/**
 * Reports Ajv's errors for `data`, which sits at `basePointer` in the document: a state (its
 * messages start `State "A": `) or the top level (no prefix).
 */
export function reportSchemaErrors(ctx: ValidationContext, errors: readonly ErrorObject[], data: JsonValue, basePointer: string, state: StateInfo | undefined): void {
  const where = state ? `State ${quote(state.name)}: ` : "";
  const subject = state ? `State ${quote(state.name)}` : "The state machine";
  // JSONata fields are `anyOf: [value schema, expression]`: one finding per field. A value of
  // the value schema's type gets that schema's own finding (a range); anything else is told
  // what the field takes.
  const handled = new Set<ErrorObject>();
  const direct: ErrorObject[] = [];
  for (const anyOf of errors) {
    if (anyOf.keyword !== "anyOf") continue;
    handled.add(anyOf);
    const branches = errors.filter((e) => e !== anyOf && e.instancePath === anyOf.instancePath && e.schemaPath.startsWith(`${anyOf.schemaPath}/`));
    for (const e of branches) handled.add(e);
    const first = branches.filter((e) => e.schemaPath.startsWith(`${anyOf.schemaPath}/0/`));
    const typeError = first.find((e) => e.keyword === "type");
    if (!typeError && first.length > 0) {
      direct.push(...first);
      continue;
    }
    const value = getAtPointer(data, anyOf.instancePath);
    const expected = typeError ? typeWords((typeError.params as Record<string, unknown>).type) : "a value of the right type";
    const fix = typeof value === "string" && value.includes("{%") ? ' An expression is the whole string: "{%" first and "%}" last, nothing around them.' : "";
    ctx.report({
      code: "SCHEMA_TYPE",
      pointer: basePointer + anyOf.instancePath,
      state,
      message: `${where}${fieldLabel(anyOf.instancePath)} must be ${expected} or a JSONata expression written "{% … %}", not ${describeValue(value)}.${fix}`,
    });
  }
  for (const error of [...errors.filter((e) => !handled.has(e)), ...direct]) {
    const params = error.params as Record<string, unknown>;
    const pointer = basePointer + error.instancePath;
    const label = fieldLabel(error.instancePath);
    const value = getAtPointer(data, error.instancePath);
    let code: DiagnosticCode;
    let message: string;
    switch (error.keyword) {
      case "required": {
        const missing = String(params.missingProperty);
        const hint = hintFor(missing);
        code = "SCHEMA_REQUIRED";
        message = `${label === "" ? subject : where + label} is missing ${missing}${hint ? `: ${hint}` : ""}.`;
        break;
      }
      case "type": {
        const expected = typeWords(params.type);
        code = "SCHEMA_TYPE";
        const hint = hintFor(lastSegment(error.instancePath));
        message = `${where}${label} must be ${expected}${hint ? ` (${hint})` : ""}, not ${describeValue(value)}.${fixForType(String(params.type), value)}`;
        break;
      }
      case "enum":
      case "const": {
        const allowed = (error.keyword === "enum" ? (params.allowedValues as unknown[]) : [params.allowedValue]).map((v) => JSON.stringify(v));
        code = "SCHEMA_ENUM";
        const options = (error.keyword === "enum" ? (params.allowedValues as unknown[]) : [params.allowedValue]).filter((v): v is string => typeof v === "string");
        const suggestion = typeof value === "string" ? didYouMean(value, options) : "";
        message = `${where}${label} is ${describeValue(value)}; it must be ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(", ")}`}.${suggestion}`;
        break;
      }
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        code = "SCHEMA_RANGE";
        message = `${where}${label} is ${String(value)}; it must be ${rangeWords(error.keyword, params.limit)}.`;
        break;
      case "minItems":
      case "minProperties": {
        code = "SCHEMA_EMPTY";
        const hint = hintFor(lastSegment(error.instancePath));
        message = `${where}${label} is empty; it needs at least one entry${hint ? ` (${hint})` : ""}.`;
        break;
      }
      default:
        code = "SCHEMA_TYPE";
        message = `${where}${label === "" ? "the value" : label} is not valid (${error.keyword}).`;
    }
    ctx.report({ code, pointer, message, state });
  }
}

function lastSegment(pointer: string): string {
  const segments = parsePointer(pointer);
  return segments[segments.length - 1] ?? "";
}
