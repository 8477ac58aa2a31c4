/**
 * A state name has at most 80 characters. The guide is silent on state names (its 80-character
 * limit at seed L40416–L40430 is for state machine, execution and activity names); the ASL spec
 * sets 80 (asl-semantics.md §1.2, §15). Characters are counted as Unicode code points.
 */
import { quote } from "../context";
import type { Rule } from "./rule";

export const MAX_STATE_NAME_LENGTH = 80;

function codePoints(text: string, stopAfter: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    count++;
  }
  return count;
}

export const stateNameLength: Rule = {
  id: "stateNameLength",
  state(state, ctx) {
    if (state.name.length <= MAX_STATE_NAME_LENGTH) return;
    const length = codePoints(state.name, Number.MAX_SAFE_INTEGER);
    if (length <= MAX_STATE_NAME_LENGTH) return;
    ctx.report({
      code: "STATE_NAME_TOO_LONG",
      pointer: state.pointer,
      state,
      highlight: "key",
      message: `State ${quote(state.name)}: the name has ${length} characters; the limit is ${MAX_STATE_NAME_LENGTH}. Shorten it (and the transitions that name it).`,
    });
  },
};
