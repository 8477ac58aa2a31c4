/**
 * The one exception type the interpreter throws for a runtime failure: an ASL error name and a
 * human-readable cause, as they appear in a catcher's `{Error, Cause}` object and in
 * `ExecutionFailed`. `error`/`cause` may be absent (a `Fail` state with neither, seed L12681–L12683).
 */
export class StatesError extends Error {
  constructor(
    readonly error: string | undefined,
    override readonly cause: string | undefined,
    /** Set when the failure must end the whole run whatever the catchers say (abort, history limit). */
    readonly terminal: TerminalKind | undefined = undefined,
  ) {
    super(cause === undefined ? (error ?? "Failed") : `${error ?? "Failed"}: ${cause}`);
    this.name = "StatesError";
  }
}

/**
 * Failures that end the execution itself, not the state: an abort, the execution's TimeoutSeconds,
 * the transition limit. Retriers and catchers never see them.
 * `stopped` ends only a Parallel branch or Map iteration whose state failed elsewhere (a sibling
 * failed, seed L4660–L4664): it unwinds the branch past its retriers and catchers and is turned
 * into the branch's "stopped" outcome by the Parallel/Map that stopped it (iterations.ts).
 */
export type TerminalKind = "aborted" | "timedOut" | "limit" | "stopped";

export function isStatesError(value: unknown): value is StatesError {
  return value instanceof StatesError;
}

/** Turns anything thrown inside a state into a StatesError; a plain JS error is an interpreter bug surfaced as States.Runtime. */
export function toStatesError(value: unknown): StatesError {
  if (value instanceof StatesError) return value;
  const message = value instanceof Error ? value.message : String(value);
  // A path the evaluator refused (bad filter, unsafe script) is the definition's fault, not ours.
  if (value instanceof Error && value.name === "PathEvaluationError") return new StatesError("States.Runtime", message);
  // A failing intrinsic that reached here unwrapped is still a failing intrinsic (seed L10731–L10732).
  if (value instanceof Error && value.name === "IntrinsicError") return new StatesError("States.IntrinsicFailure", message);
  return new StatesError("States.Runtime", `Internal interpreter error: ${message}`);
}
