/**
 * State machine names (seed L11545-L11553, L12985-L12997, L40416–L40437; asl-semantics.md §1.2):
 * at most 80 characters, and no whitespace, wildcards, brackets, the listed special characters
 * or control characters. Non-ASCII names are allowed but break CloudWatch metrics.
 */

export const MAX_STATE_MACHINE_NAME_LENGTH = 80;

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\s/u, "whitespace"],
  [/[?*]/u, "wildcards (? *)"],
  [/[<>{}[\]]/u, "brackets (< > { } [ ])"],
  [/[:;,\\|^~$#%&`"]/u, 'special characters (: ; , \\ | ^ ~ $ # % & ` ")'],
  [/[\u0000-\u001f\u007f-\u009f]/u, "control characters"],
];

/** Why `name` cannot name a state machine, or undefined when it can. */
export function checkStateMachineName(name: string): string | undefined {
  if (name === "") return "Enter a name.";
  const length = [...name].length;
  if (length > MAX_STATE_MACHINE_NAME_LENGTH) return `A name can have at most ${MAX_STATE_MACHINE_NAME_LENGTH} characters (this one has ${length}).`;
  const found = FORBIDDEN.filter(([pattern]) => pattern.test(name)).map(([, what]) => what);
  if (found.length > 0) return `A name cannot contain ${found.join(", ")}.`;
  return undefined;
}

/** A note for names that are valid but outside ASCII. */
export function stateMachineNameNote(name: string): string | undefined {
  return /[^\u0000-\u007f]/u.test(name) ? "Names with non-ASCII characters work, but CloudWatch cannot log metrics for them." : undefined;
}
