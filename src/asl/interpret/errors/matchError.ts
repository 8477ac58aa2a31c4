/**
 * Does a retrier's or catcher's `ErrorEquals` match an error name? (asl-semantics.md §8.1–§8.5)
 *
 * - exact, case-sensitive names;
 * - `States.Runtime` is never retried or caught (seed L10762–L10764);
 * - `States.DataLimitExceeded`: the guide calls it terminal (seed L10714–L10716), but AWS
 *   recordings show a catcher that names it explicitly does catch it (corpus 0550, 0552). AWS
 *   wins: it matches its own name only; `States.ALL` and `States.TaskFailed` still do not match
 *   it (seed L10696–L10700);
 * - `States.TaskFailed` matches any name except `States.Timeout` (seed L10766–L10769);
 * - DECISION (asl-semantics §2.2): `States.Timeout` also matches `States.HeartbeatTimeout`.
 */
import { STATES_ERRORS } from "./statesErrors";

export function isUncatchable(error: string | undefined): boolean {
  return error === STATES_ERRORS.Runtime;
}

export function matchesErrorEquals(errorEquals: readonly string[], error: string | undefined): boolean {
  if (isUncatchable(error)) return false;
  if (error === STATES_ERRORS.DataLimitExceeded) return errorEquals.includes(error);
  // A Fail state without Error still fails with an (empty) error that only States.ALL can catch.
  const name = error ?? "";
  for (const candidate of errorEquals) {
    if (candidate === name) return true;
    if (candidate === STATES_ERRORS.ALL) return true;
    if (candidate === STATES_ERRORS.TaskFailed && name !== STATES_ERRORS.Timeout && name !== STATES_ERRORS.HeartbeatTimeout) return true;
    if (candidate === STATES_ERRORS.Timeout && name === STATES_ERRORS.HeartbeatTimeout) return true;
  }
  return false;
}
