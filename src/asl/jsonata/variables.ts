/**
 * Workflow variables: the rules shared by the validator, the interpreter and the editors.
 * Source: "Passing data between states with variables" (Step Functions Developer Guide), where
 * the guide is silent; each DECISION is listed in the report of issue 9.
 *
 * - Names: Unicode Standard Annex #31 identifiers (first character ID_Start, then ID_Continue),
 *   at most 80 characters ("Variable name syntax"). `states` is reserved: `$states` is the
 *   reserved variable of JSONata states ("Reserved variable: $states").
 * - Sizes ("Size limits"): one variable at most 256 KiB, all the values of one Assign together
 *   at most 256 KiB, everything stored in an execution at most 10 MiB.
 */

export const MAX_VARIABLE_NAME_LENGTH = 80;
export const MAX_VARIABLE_BYTES = 256 * 1024;
export const MAX_ASSIGN_BYTES = 256 * 1024;
export const MAX_TOTAL_VARIABLE_BYTES = 10 * 1024 * 1024;
export const RESERVED_VARIABLE_NAMES: readonly string[] = ["states"];

const IDENTIFIER = /^\p{ID_Start}\p{ID_Continue}*$/u;

export type VariableNameProblem = "empty" | "too-long" | "syntax" | "reserved";

/** Why a name cannot be a variable, or undefined when it can. */
export function variableNameProblem(name: string): VariableNameProblem | undefined {
  if (name === "") return "empty";
  if (name.length > MAX_VARIABLE_NAME_LENGTH) return "too-long";
  if (!IDENTIFIER.test(name)) return "syntax";
  if (RESERVED_VARIABLE_NAMES.includes(name)) return "reserved";
  return undefined;
}

export function describeVariableNameProblem(name: string, problem: VariableNameProblem): string {
  switch (problem) {
    case "empty":
      return "a variable needs a name";
    case "too-long":
      return `the variable name ${JSON.stringify(name.slice(0, 40) + "…")} is longer than ${MAX_VARIABLE_NAME_LENGTH} characters`;
    case "syntax":
      return `${JSON.stringify(name)} is not a variable name: it must start with a letter and go on with letters, digits or underscores (Unicode identifier rules, UAX #31)`;
    case "reserved":
      return `"${name}" is reserved ($states holds the state's input, result, error output and context)`;
  }
}
