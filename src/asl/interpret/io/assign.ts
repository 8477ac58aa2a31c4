/**
 * Assign, in both query languages ("Passing data between states with variables"), and the end
 * of a JSONata state (Output with Assign).
 *
 * - JSONPath: Assign is a payload template: keys ending in `.$` take a path (over the state's
 *   data, `$$` or a variable) or an intrinsic call, and name the variable without `.$`; other
 *   values are literals (corpus 0005–0008). DECISION (as LocalStack, whose tests are recorded
 *   against AWS): `$` is the state's raw result for Task, Parallel and Map (before
 *   ResultSelector), the result for Pass (Result, or the input after Parameters), the effective
 *   input for Choice and Wait, and `{Error, Cause}` in a catcher.
 * - JSONata: Assign's keys are the names and its values JSON with `{% %}` expressions; Output
 *   and Assign are evaluated against the same variable values ("evaluated in parallel").
 * - Assignments take effect when the state completes (variables.ts).
 */
import { isJsonObject, type JsonObject, type JsonValue } from "../../json";
import { cached, type CompiledState } from "../compile";
import { variablesOf } from "../runtime";
import type { Visit } from "../visit";
import { compileJsonataTemplate, evaluateJsonataTemplate, queryFailure, type JsonataTemplate, type StatesValue } from "./jsonata";
import { compileTemplate, evaluateTemplate } from "./payloadTemplate";

/** JSONPath Assign over `doc`: the variables it assigns, or undefined when there is no Assign. */
export function evaluateJsonPathAssign(assign: JsonValue | undefined, doc: JsonValue, visit: Visit): JsonObject | undefined {
  if (assign === undefined || assign === null || typeof assign !== "object" || Array.isArray(assign)) return undefined;
  return evaluateTemplate(compileTemplate(assign), doc, visit) as JsonObject;
}

/** Makes the visit's assignments (checked first: scope rule, size limits) and records them on the visit. */
export function commitAssign(visit: Visit, values: JsonObject | undefined): void {
  if (values === undefined) return;
  const scope = variablesOf(visit.frame);
  scope.assign(values, visit);
  visit.assigned = visit.assigned ? { ...visit.assigned, ...values } : values;
  visit.stages.variables = scope.snapshot() as JsonObject;
}

/** Compiled Output and Assign of a JSONata state, a Choice rule or a catcher. */
export interface OutputAndAssign {
  output: JsonataTemplate | undefined;
  assign: JsonataTemplate | undefined;
}

export function compileOutputAndAssign(output: JsonValue | undefined, assign: JsonValue | undefined): OutputAndAssign {
  return {
    output: output === undefined ? undefined : compileJsonataTemplate(output, "Output"),
    assign: assign === undefined ? undefined : compileJsonataTemplate(assign, "Assign"),
  };
}

/** The state's own Output and Assign, compiled once. */
export function stateOutputAndAssign(state: CompiledState): OutputAndAssign {
  return cached(state, "jsonata:output", () => {
    const raw = state.state as { Output?: JsonValue; Assign?: JsonValue };
    return compileOutputAndAssign(raw.Output, raw.Assign);
  });
}

/**
 * The end of a JSONata state: Output (or `fallback` when there is none: the result for Task,
 * Parallel and Map, the input otherwise, the error output in a catcher) and Assign, both read
 * the variables of state entry; then the assignments are made.
 */
export function finishJsonata(compiled: OutputAndAssign, states: StatesValue, fallback: JsonValue, visit: Visit): JsonValue {
  const values = compiled.assign ? evaluateJsonataTemplate(compiled.assign, states, visit) : undefined;
  const output = compiled.output ? evaluateJsonataTemplate(compiled.output, states, visit) : fallback;
  if (values !== undefined && !isJsonObject(values)) throw queryFailure(visit, "Assign", "The Assign field must be a JSON object of variable names and values.");
  commitAssign(visit, values);
  return output;
}
