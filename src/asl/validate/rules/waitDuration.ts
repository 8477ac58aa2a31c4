/**
 * A Wait has exactly one of Seconds, Timestamp, SecondsPath and TimestampPath
 * (seed L4412–L4414). Timestamp is RFC 3339 with uppercase T and Z (seed L4388–L4398).
 * Seconds' range (0–99999999, seed L4383–L4386) is in the schema.
 */
import { hasOwn } from "../../json";
import { isJsonataExpression } from "../../jsonata/expression";
import { quote } from "../context";
import { isTimestamp, timestampHint } from "../checks/timestamp";
import type { Rule } from "./rule";

const DURATION_FIELDS = ["Seconds", "Timestamp", "SecondsPath", "TimestampPath"] as const;

export const waitDuration: Rule = {
  id: "waitDuration",
  state(state, ctx) {
    if (state.type !== "Wait") return;
    const node = state.node;
    const present = DURATION_FIELDS.filter((field) => hasOwn(node, field));
      if (present.length === 0) {
      ctx.report({
        code: "WAIT_DURATION_REQUIRED",
        pointer: state.pointer,
        state,
        message: `State ${quote(state.name)} (Wait) needs one of Seconds, Timestamp, SecondsPath or TimestampPath to say how long to wait (seed L4412–L4414).`,
      });
    }
    for (const extra of present.slice(1)) {
      ctx.report({
        code: "MUTUALLY_EXCLUSIVE_FIELDS",
        pointer: `${state.pointer}/${extra}`,
        state,
        highlight: "key",
        message: `State ${quote(state.name)}: a Wait takes exactly one of Seconds, Timestamp, SecondsPath and TimestampPath, but ${present[0]} and ${extra} are both set (seed L4412–L4414). Keep one.`,
      });
    }
    const timestamp = node.Timestamp;
    // In JSONata states a Timestamp may be an expression, checked when it runs (corpus 0887).
    if (typeof timestamp === "string" && !isTimestamp(timestamp) && !(state.language === "JSONata" && isJsonataExpression(timestamp))) {
      ctx.report({
        code: "INVALID_TIMESTAMP",
        pointer: state.pointer + "/Timestamp",
        state,
        message: `State ${quote(state.name)}: Timestamp ${quote(timestamp)} is not an RFC 3339 timestamp such as "2016-03-14T01:59:00Z" (seed L4388–L4398).${timestampHint(timestamp)}`,
      });
    }
  },
};
