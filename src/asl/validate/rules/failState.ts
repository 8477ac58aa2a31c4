/**
 * Fail (seed L4458–L4532):
 * - ErrorPath and CausePath hold a reference path, or an intrinsic call from the seven that
 *   return a string: States.Format, JsonToString, ArrayGetItem, Base64Encode, Base64Decode,
 *   Hash, UUID (seed L4469–L4476, L4489–L4496);
 * - a static Error starting with "States." uses the reserved prefix (seed L10779): a warning.
 * The Error/ErrorPath and Cause/CausePath pairs are the mutuallyExclusive rule.
 */
import { getOwn } from "../../json";
import { checkIntrinsic } from "../checks/intrinsicCheck";
import { checkPath } from "../checks/pathCheck";
import { quote } from "../context";
import type { Rule } from "./rule";

const INTRINSIC_LIKE = /^\s*States\./;

export const failState: Rule = {
  id: "failState",
  state(state, ctx) {
    if (state.type !== "Fail") return;
    if (state.language === "JSONPath") {
      for (const field of ["ErrorPath", "CausePath"]) {
        const value = getOwn(state.node, field);
        if (typeof value !== "string") continue;
        const pointer = `${state.pointer}/${field}`;
        if (INTRINSIC_LIKE.test(value)) checkIntrinsic(ctx, state, pointer, value, "fail");
        else checkPath(ctx, state, pointer, value, "reference");
      }
    }
    const error = getOwn(state.node, "Error");
    if (typeof error === "string" && error.startsWith("States.")) {
      ctx.report({
        code: "RESERVED_ERROR_NAME",
        pointer: `${state.pointer}/Error`,
        state,
        message: `State ${quote(state.name)}: the error name ${quote(error)} starts with "States.", which is reserved for predefined errors (seed L10779). Choose a name of your own, such as ${quote(error.slice("States.".length) || "MyError")}.`,
      });
    }
  },
};
