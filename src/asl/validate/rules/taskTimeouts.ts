/**
 * HeartbeatSeconds must be smaller than TimeoutSeconds (seed L3513). Checked when both are
 * written as numbers; with a …Path value or a default the check waits for run time (the
 * default heartbeat equals the default timeout, seed erratum 9: asl-semantics.md §16).
 */
import { quote } from "../context";
import type { Rule } from "./rule";

export const taskTimeouts: Rule = {
  id: "taskTimeouts",
  state(state, ctx) {
    if (state.type !== "Task") return;
    const { HeartbeatSeconds: heartbeat, TimeoutSeconds: timeout } = state.node;
    if (typeof heartbeat !== "number" || typeof timeout !== "number") return;
    if (heartbeat < timeout) return;
    ctx.report({
      code: "HEARTBEAT_NOT_LESS_THAN_TIMEOUT",
      pointer: state.pointer + "/HeartbeatSeconds",
      state,
      message: `State ${quote(state.name)}: HeartbeatSeconds (${heartbeat}) must be smaller than TimeoutSeconds (${timeout}) (seed L3513); otherwise the heartbeat never matters. Lower HeartbeatSeconds or raise TimeoutSeconds.`,
    });
  },
};
