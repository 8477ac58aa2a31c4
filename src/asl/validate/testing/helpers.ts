/** Small builders for the validator's tests. */
import type { Diagnostic } from "../../diagnostics";
import type { DiagnosticCode } from "../codes";
import { validate, type ValidateOptions } from "../validate";

export type Def = Record<string, unknown>;

/** A machine around the given states; StartAt is the first one unless given. */
export function machine(states: Record<string, unknown>, extra: Def = {}): Def {
  return { StartAt: Object.keys(states)[0] ?? "", States: states, ...extra };
}

/** A machine of one state (made terminal with End: true when it is a flowing type and has no Next). */
export function single(state: Def, name = "S"): Def {
  const flowing = ["Pass", "Task", "Wait", "Parallel", "Map"].includes(String(state.Type));
  const withEnd = flowing && !("Next" in state) && !("End" in state) ? { ...state, End: true } : state;
  return machine({ [name]: withEnd });
}

/** `[code, path]` pairs of the diagnostics with one of the given codes (all when none given). */
export function found(definition: unknown, codes: DiagnosticCode[] = [], options: ValidateOptions = {}): [string, string][] {
  return validate(definition, options)
    .filter((d) => codes.length === 0 || codes.includes(d.code as DiagnosticCode))
    .map((d) => [d.code, d.path]);
}

/** The single diagnostic with this code; fails the test when there is not exactly one. */
export function one(definition: unknown, code: DiagnosticCode, options: ValidateOptions = {}): Diagnostic {
  const matches = validate(definition, options).filter((d) => d.code === code);
  if (matches.length !== 1) throw new Error(`expected one ${code}, got ${JSON.stringify(validate(definition, options), null, 1)}`);
  return matches[0] as Diagnostic;
}

export function errors(definition: unknown, options: ValidateOptions = {}): Diagnostic[] {
  return validate(definition, options).filter((d) => d.severity === "error");
}
