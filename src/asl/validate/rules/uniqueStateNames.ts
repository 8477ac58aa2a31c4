/**
 * State names are unique across the whole state machine, nested Parallel branches and Map
 * processors included (seed L2376–L2377; asl-semantics.md §1.2). A name repeated inside one
 * `States` object is a duplicate JSON key, which the parser reports (DUPLICATE_KEY).
 */
import { quote } from "../context";
import type { StateInfo } from "../model";
import type { Rule } from "./rule";

export const uniqueStateNames: Rule = {
  id: "uniqueStateNames",
  document(index, ctx) {
    const first = new Map<string, StateInfo>();
    for (const state of index.states) {
      const earlier = first.get(state.name);
      if (!earlier) {
        first.set(state.name, state);
        continue;
      }
      ctx.report({
        code: "DUPLICATE_STATE_NAME",
        pointer: state.pointer,
        state,
        highlight: "key",
        message: `State name ${quote(state.name)} is already used at ${earlier.pointer}; names must be unique in the whole state machine, branches and Map processors included (seed L2376–L2377). Rename one of them.`,
      });
    }
  },
};
