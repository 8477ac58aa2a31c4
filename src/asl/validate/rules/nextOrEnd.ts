/**
 * Pass, Task, Wait, Parallel and Map states need exactly one of Next and End
 * (seed L2409–L2410, L3206–L3207, L3530–L3531), and End, when written, must be true
 * (asl-semantics.md §12.1 item 5). Choice, Succeed and Fail take neither: that is the
 * field-allowed rule's finding (seed L2414–L2415, L4452, L4505).
 */
import { hasOwn } from "../../json";
import { describeValue, quote } from "../context";
import type { Rule } from "./rule";

const FLOWING = new Set(["Pass", "Task", "Wait", "Parallel", "Map"]);

export const nextOrEnd: Rule = {
  id: "nextOrEnd",
  state(state, ctx) {
    if (state.type === undefined || !FLOWING.has(state.type)) return;
    const node = state.node;
    const hasNext = hasOwn(node, "Next");
    const hasEnd = hasOwn(node, "End");
      if (hasEnd && node.End !== true) {
      ctx.report({
        code: "END_NOT_TRUE",
        pointer: state.pointer + "/End",
        state,
        message: `State ${quote(state.name)}: End is ${describeValue(node.End)}; when present it must be true. To continue to another state, remove End and set Next.`,
      });
    }
    if (hasNext && hasEnd) {
      ctx.report({
        code: "NEXT_AND_END",
        pointer: state.pointer + "/End",
        state,
        message: `State ${quote(state.name)} has both Next and End; a state may use only one (seed L3206–L3207). Remove End to continue to ${typeof node.Next === "string" ? quote(node.Next) : "Next"}, or remove Next to end here.`,
      });
    } else if (!hasNext && !hasEnd) {
      ctx.report({
        code: "MISSING_NEXT_OR_END",
        pointer: state.pointer,
        state,
        message: `State ${quote(state.name)} (${state.type}) has neither Next nor End: add "Next": "<state name>" to continue, or "End": true to finish here (seed L2409–L2410).`,
      });
    }
  },
};
