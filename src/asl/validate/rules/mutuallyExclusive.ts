/**
 * Fields that exclude each other. Each pair cites the guide; the deprecated-name pairs
 * (Iterator/ItemProcessor, Parameters/ItemSelector) are decisions where the guide is silent
 * (asl-semantics.md §2.8, §15). Wait's four time fields are the waitDuration rule.
 * The finding sits on whichever of the two fields is written later.
 */
import { getOwn, hasOwn, isJsonObject, type JsonObject } from "../../json";
import type { StateType } from "../../types";
import { quote, type ValidationContext } from "../context";
import type { StateInfo } from "../model";
import type { Rule } from "./rule";

interface Pair {
  /** Where the pair lives: a state type, optionally inside one of its objects. */
  type: StateType;
  within?: readonly string[];
  fields: readonly [string, string];
  why: string;
}

export const EXCLUSIVE_PAIRS: readonly Pair[] = [
  { type: "Task", fields: ["TimeoutSeconds", "TimeoutSecondsPath"], why: "seed L3506–L3508" },
  { type: "Task", fields: ["HeartbeatSeconds", "HeartbeatSecondsPath"], why: "seed L3526–L3528" },
  { type: "Fail", fields: ["Error", "ErrorPath"], why: "seed L4498–L4500" },
  { type: "Fail", fields: ["Cause", "CausePath"], why: "seed L4478–L4479" },
  { type: "Map", fields: ["ItemProcessor", "Iterator"], why: "Iterator is the deprecated name of ItemProcessor, seed L4891–L4896" },
  { type: "Map", fields: ["ItemSelector", "Parameters"], why: "Parameters is the deprecated name of ItemSelector, seed L4917–L4918" },
  { type: "Map", fields: ["MaxConcurrency", "MaxConcurrencyPath"], why: "seed L4936–L4943" },
  { type: "Map", fields: ["ToleratedFailurePercentage", "ToleratedFailurePercentagePath"], why: "seed L5555–L5556" },
  { type: "Map", fields: ["ToleratedFailureCount", "ToleratedFailureCountPath"], why: "seed L5585–L5586" },
  { type: "Map", fields: ["ItemReader", "ItemsPath"], why: "ItemsPath selects items from the state input only when there is no ItemReader, seed L5333–L5338" },
  { type: "Map", fields: ["ItemReader", "Items"], why: "JSONata's Items takes the items from the state input only when there is no ItemReader (not in the guide)" },
  { type: "Map", within: ["ItemReader", "ReaderConfig"], fields: ["MaxItems", "MaxItemsPath"], why: "seed L6664–L6668" },
  { type: "Map", within: ["ItemBatcher"], fields: ["MaxItemsPerBatch", "MaxItemsPerBatchPath"], why: "seed L7319–L7358" },
  { type: "Map", within: ["ItemBatcher"], fields: ["MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath"], why: "seed L7362–L7400" },
];

const BY_TYPE = new Map<StateType, Pair[]>();
for (const pair of EXCLUSIVE_PAIRS) BY_TYPE.set(pair.type, [...(BY_TYPE.get(pair.type) ?? []), pair]);

function checkPair(ctx: ValidationContext, state: StateInfo, pair: Pair): void {
  let node: JsonObject = state.node;
  let pointer = state.pointer;
  for (const key of pair.within ?? []) {
    const inner = getOwn(node, key);
    if (!isJsonObject(inner)) return;
    node = inner;
    pointer += `/${key}`;
  }
  const [a, b] = pair.fields;
  if (!hasOwn(node, a) || !hasOwn(node, b)) return;
  const keys = Object.keys(node);
  const later = keys.indexOf(a) > keys.indexOf(b) ? a : b;
  const earlier = later === a ? b : a;
  const prefix = pair.within ? `${pair.within.join(".")}.` : "";
  ctx.report({
    code: "MUTUALLY_EXCLUSIVE_FIELDS",
    pointer: `${pointer}/${later}`,
    state,
    highlight: "key",
    message: `State ${quote(state.name)}: ${prefix}${earlier} and ${prefix}${later} cannot both be set (${pair.why}). Keep one of them.`,
  });
}

export const mutuallyExclusive: Rule = {
  id: "mutuallyExclusive",
  state(state, ctx) {
    const pairs = state.type && BY_TYPE.get(state.type);
    if (!pairs) return;
    for (const pair of pairs) checkPair(ctx, state, pair);
  },
};
