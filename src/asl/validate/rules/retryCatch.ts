/**
 * Retriers and catchers (seed L10793–L10972):
 * - States.ALL must be alone in its ErrorEquals and only in the last retrier / catcher
 *   (seed L10900–L10903, L10970–L10972);
 * - States.Runtime and States.DataLimitExceeded are never retried or caught, so listing them
 *   is a warning (seed L10714–L10716, L10762–L10764; asl-semantics.md §8.3);
 * - a name starting with "States." that is not predefined is probably a typo (warning).
 * Field types, ranges (IntervalSeconds, MaxAttempts, BackoffRate ≥ 1, MaxDelaySeconds),
 * JitterStrategy and a non-empty ErrorEquals are in the schema.
 */
import { getOwn, isJsonObject } from "../../json";
import { quote, type ValidationContext } from "../context";
import type { StateInfo } from "../model";
import { closest } from "../suggest";
import type { Rule } from "./rule";

/** The predefined error names (seed L10687–L10777). */
export const STATES_ERRORS = [
  "States.ALL",
  "States.DataLimitExceeded",
  "States.ExceedToleratedFailureThreshold",
  "States.HeartbeatTimeout",
  "States.IntrinsicFailure",
  "States.ItemReaderFailed",
  "States.NoChoiceMatched",
  "States.ParameterPathFailure",
  "States.Permissions",
  "States.ResultPathMatchFailure",
  "States.ResultWriterFailed",
  "States.Runtime",
  "States.TaskFailed",
  "States.Timeout",
  // Not in the guide but raised by today's service; listing them avoids false warnings.
  "States.BranchFailed",
  "States.QueryEvaluationError",
];
const KNOWN = new Set(STATES_ERRORS);
const HTTP_STATUS = /^States\.Http\.StatusCode\.\d{3}$/;
const UNCATCHABLE = new Set(["States.Runtime", "States.DataLimitExceeded"]);
const WORKING = new Set(["Task", "Parallel", "Map"]);

function checkList(ctx: ValidationContext, state: StateInfo, field: "Retry" | "Catch"): void {
  const list = getOwn(state.node, field);
  if (!Array.isArray(list)) return;
  const noun = field === "Retry" ? "retrier" : "catcher";
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (!isJsonObject(entry)) continue;
    const errors = getOwn(entry, "ErrorEquals");
    if (!Array.isArray(errors)) continue;
    const base = `${state.pointer}/${field}/${i}/ErrorEquals`;
    for (let j = 0; j < errors.length; j++) {
      const error = errors[j];
      if (typeof error !== "string") continue;
      const pointer = `${base}/${j}`;
      if (error === "States.ALL") {
        if (errors.length > 1) {
          ctx.report({
            code: "STATES_ALL_NOT_ALONE",
            pointer,
            state,
            message: `State ${quote(state.name)}: ${field}[${i}] lists States.ALL with other error names; States.ALL must appear alone in its ErrorEquals (seed L10900–L10902). Move the other names to an earlier ${noun}.`,
          });
        }
        if (i < list.length - 1) {
          ctx.report({
            code: "STATES_ALL_NOT_LAST",
            pointer,
            state,
            message: `State ${quote(state.name)}: States.ALL is in ${field}[${i}], but only the last ${noun} may use it (seed L10900–L10903, L10970–L10972); the ${noun}s after it would never be used. Move it to the end.`,
          });
        }
      } else if (UNCATCHABLE.has(error)) {
        ctx.report({
          code: "UNCATCHABLE_ERROR",
          pointer,
          state,
          message: `State ${quote(state.name)}: ${error} is never ${field === "Retry" ? "retried" : "caught"}, not even by States.ALL (seed L10714–L10716, L10762–L10764), so this entry has no effect.`,
        });
      } else if (error.startsWith("States.") && !KNOWN.has(error) && !HTTP_STATUS.test(error)) {
        const suggestion = closest(error, STATES_ERRORS);
        ctx.report({
          code: "UNKNOWN_STATES_ERROR",
          pointer,
          state,
          message: `State ${quote(state.name)}: ${quote(error)} is not a predefined error name.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ""} Names starting with "States." are reserved (seed L10687–L10692, L10779).`,
        });
      }
    }
  }
}

export const retryCatch: Rule = {
  id: "retryCatch",
  state(state, ctx) {
    if (state.type === undefined || !WORKING.has(state.type)) return;
    checkList(ctx, state, "Retry");
    checkList(ctx, state, "Catch");
  },
};
