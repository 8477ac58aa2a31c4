/**
 * JSONata values of JSONata states ("Transforming data with JSONata in Step Functions"): every
 * `{% … %}` string anywhere in a field's value (objects and arrays at any depth) must parse
 * (jsonata 2.0.6, the error underlined at its own position in the string), and what it refers
 * to must exist where it is written:
 * - `$states.result` only in the Output and Assign of Task, Parallel and Map states,
 *   `$states.errorOutput` only in a catcher's ("Reserved variable: $states"); other members are
 *   not `$states`' (input, result, errorOutput, context);
 * - `$eval` is not available ("Supported JSONata version"); unknown functions are warned about
 *   (AWS only fails at run time: T1006, corpus 0735);
 * - `$`, `$$` and bare field names at the top of an expression have no context document in a
 *   state (a warning: such an expression reads nothing).
 * Variables read are recorded for the variables rule, and `$states.context.Map…` for the
 * mapItemContext rule. A string that holds `{%` without being
 * one whole expression is a literal (corpus 0002): warned about.
 */
import { isJsonObject, type JsonValue } from "../../json";
import { analyzeJsonata, JSONATA_BUILTIN_FUNCTIONS } from "../../jsonata/analyze";
import { compileJsonata, JsonataSyntaxError, type CompiledJsonata } from "../../jsonata/engine";
import { isJsonataExpression, jsonataBody } from "../../jsonata/expression";
import { STEP_FUNCTIONS_FUNCTIONS, UNAVAILABLE_FUNCTIONS } from "../../jsonata/functions";
import { labelIn, quote, type ValidationContext } from "../context";
import { escapeSegment, type StateInfo } from "../model";
import { memo } from "./problems";

/** Where an expression is written, which decides the `$states` members it may read. */
export type ExpressionSite = "input" | "result" | "catcher";

const MAX_DEPTH = 200;
const KNOWN_FUNCTIONS = new Set([...JSONATA_BUILTIN_FUNCTIONS.filter((f) => !UNAVAILABLE_FUNCTIONS.includes(f)), ...STEP_FUNCTIONS_FUNCTIONS.map((f) => f.name)]);
const STATES_MEMBERS = ["input", "result", "errorOutput", "context"];
/** `.Map` right after `$states.context`: the Map item, for the mapItemContext rule. */
const MAP_MEMBER = /^\s*\.\s*Map\b/;

const compileCached: (body: string) => CompiledJsonata | JsonataSyntaxError = memo((body) => {
  try {
    return compileJsonata(body);
  } catch (error) {
    if (error instanceof JsonataSyntaxError) return error;
    throw error;
  }
});
const analyzeCached = memo((body: string) => {
  const compiled = compileCached(body);
  return compiled instanceof JsonataSyntaxError ? undefined : analyzeJsonata(compiled);
});

/** Looks like an attempt at an expression that is not one whole `{% … %}` string. */
function almostExpression(text: string): boolean {
  return text.includes("{%") && text.includes("%}") && !isJsonataExpression(text);
}

function checkExpression(ctx: ValidationContext, state: StateInfo, pointer: string, text: string, site: ExpressionSite): void {
  const body = jsonataBody(text);
  const where = () => `State ${quote(state.name)}: ${labelIn(state, pointer)}`;
  const compiled = compileCached(body);
  if (compiled instanceof JsonataSyntaxError) {
    ctx.report({
      code: "JSONATA_SYNTAX_ERROR",
      pointer,
      state,
      subRange: { start: 2 + compiled.offset, length: compiled.length },
      message: `${where()}: the JSONata expression does not parse: ${compiled.message}${compiled.code ? ` (${compiled.code})` : ""}, at character ${compiled.offset + 1} of the expression.`,
    });
    return;
  }
  const refs = analyzeCached(body);
  if (!refs) return;
  const at = (offset: number, length: number) => ({ start: 2 + offset, length });
  for (const ref of refs.states) {
    if (ref.member === "context") {
      const map = MAP_MEMBER.exec(body.slice(ref.offset + ref.length, ref.offset + ref.length + 40));
      if (map) ctx.mapItemReads.push({ text: `$states.context${map[0]}`, pointer, state, subRange: at(ref.offset, ref.length + map[0].length) });
    }
    if (ref.member === "result" && site !== "result") {
      ctx.report({
        code: "STATES_VARIABLE_MISUSE",
        pointer,
        state,
        subRange: at(ref.offset, ref.length),
        message: `${where()}: $states.result exists only in the Output and Assign of a Task, Parallel or Map state, where the result is known ("Reserved variable: $states").${site === "catcher" ? " In a catcher, read $states.errorOutput." : ""}`,
      });
    } else if (ref.member === "errorOutput" && site !== "catcher") {
      ctx.report({
        code: "STATES_VARIABLE_MISUSE",
        pointer,
        state,
        subRange: at(ref.offset, ref.length),
        message: `${where()}: $states.errorOutput exists only in a catcher's Output and Assign ("Reserved variable: $states").`,
      });
    } else if (ref.member !== "" && !STATES_MEMBERS.includes(ref.member)) {
      ctx.report({
        code: "STATES_VARIABLE_MISUSE",
        pointer,
        state,
        subRange: at(ref.offset, ref.length),
        message: `${where()}: $states.${ref.member} does not exist; $states has input, context${site === "result" ? ", result" : ""}${site === "catcher" ? ", errorOutput" : ""} ("Reserved variable: $states").`,
      });
    }
  }
  for (const [name, offset] of refs.functions) {
    if (UNAVAILABLE_FUNCTIONS.includes(name)) {
      ctx.report({ code: "JSONATA_FUNCTION_UNAVAILABLE", pointer, state, subRange: at(offset, name.length + 1), message: `${where()}: $${name} is not available in Step Functions; use $parse to read JSON text ("Transforming data with JSONata in Step Functions").` });
    } else if (!KNOWN_FUNCTIONS.has(name)) {
      ctx.report({
        code: "JSONATA_UNKNOWN_FUNCTION",
        pointer,
        state,
        subRange: at(offset, name.length + 1),
        message: `${where()}: $${name} is neither a JSONata 2.0.6 function nor one of Step Functions' ($partition, $range, $hash, $random, $uuid, $parse); calling it fails with States.QueryEvaluationError (T1006).`,
      });
    }
  }
  for (const root of refs.rootReferences) {
    ctx.report({
      code: "JSONATA_NO_CONTEXT",
      pointer,
      state,
      subRange: at(root.offset, root.text.length),
      message: `${where()}: ${root.text} has no document to read in a state's expression; read the input as $states.input${root.text === "$$" ? " and the context object as $states.context" : ""}.`,
    });
  }
  for (const field of refs.topLevelFields) {
    ctx.report({
      code: "JSONATA_NO_CONTEXT",
      pointer,
      state,
      subRange: at(field.offset, field.name.length),
      message: `${where()}: the field name ${quote(field.name)} reads from no document in a state's expression; write $states.input.${field.name}.`,
    });
  }
  for (const [name, offset] of refs.variables) ctx.variableReads.push({ name, pointer, state, subRange: at(offset, name.length + 1) });
}

/** Checks a JSONata state's field value at `pointer`: its expressions, and literal strings that look like failed ones. */
export function checkJsonataValue(ctx: ValidationContext, state: StateInfo, value: JsonValue | undefined, pointer: string, site: ExpressionSite, depth = 0): void {
  if (typeof value === "string") {
    if (isJsonataExpression(value)) checkExpression(ctx, state, pointer, value, site);
    else if (almostExpression(value)) {
      ctx.report({
        code: "JSONATA_NOT_AN_EXPRESSION",
        pointer,
        state,
        message: `State ${quote(state.name)}: ${labelIn(state, pointer)} is passed as text: an expression is the whole string, starting with {% and ending with %}, with nothing around them (not even blanks).`,
      });
    }
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (depth > MAX_DEPTH) {
    ctx.report({ code: "NESTING_TOO_DEEP", pointer, state, message: `State ${quote(state.name)}: ${labelIn(state, pointer)} nests more than ${MAX_DEPTH} levels deep; the validator does not look further.` });
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkJsonataValue(ctx, state, value[i], `${pointer}/${i}`, site, depth + 1);
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key of Object.keys(value)) checkJsonataValue(ctx, state, value[key], `${pointer}/${escapeSegment(key)}`, site, depth + 1);
}

/** In a JSONPath state: `{% … %}` strings are passed as text (a warning: the author probably meant JSONata). */
export function checkTextInJsonPath(ctx: ValidationContext, state: StateInfo, value: JsonValue | undefined, pointer: string, depth = 0): void {
  if (typeof value === "string") {
    if (isJsonataExpression(value)) {
      ctx.report({
        code: "JSONATA_IN_JSONPATH_STATE",
        pointer,
        state,
        message: `State ${quote(state.name)}: ${labelIn(state, pointer)} holds a JSONata expression, but the state uses JSONPath, so it is passed on as text. Set "QueryLanguage": "JSONata" on the state (or the state machine) to evaluate it.`,
      });
    }
    return;
  }
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkTextInJsonPath(ctx, state, value[i], `${pointer}/${i}`, depth + 1);
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key of Object.keys(value)) checkTextInJsonPath(ctx, state, value[key], `${pointer}/${escapeSegment(key)}`, depth + 1);
}
