/**
 * A Map needs the machine it runs for each item: ItemProcessor, or its deprecated name
 * Iterator (seed L4870–L4896). A DISTRIBUTED processor must say whether its children run as
 * STANDARD or EXPRESS workflows (seed L5315–L5318).
 */
import { getOwn, hasOwn } from "../../json";
import { quote } from "../context";
import { processorConfigOf } from "../model";
import type { Rule } from "./rule";

export const mapProcessor: Rule = {
  id: "mapProcessor",
  state(state, ctx) {
    if (state.type !== "Map") return;
    const node = state.node;
      if (!hasOwn(node, "ItemProcessor") && !hasOwn(node, "Iterator")) {
      ctx.report({
        code: "MAP_PROCESSOR_REQUIRED",
        pointer: state.pointer,
        state,
        message: `State ${quote(state.name)} (Map) has no ItemProcessor: add "ItemProcessor": {"StartAt": …, "States": {…}} with the states to run for each item (seed L4870–L4887).`,
      });
      return;
    }
    const config = processorConfigOf(node);
    if (config && getOwn(config, "Mode") === "DISTRIBUTED" && !hasOwn(config, "ExecutionType")) {
      ctx.report({
        code: "DISTRIBUTED_MAP_CONFIG",
        pointer: `${state.pointer}/${hasOwn(node, "ItemProcessor") ? "ItemProcessor" : "Iterator"}/ProcessorConfig`,
        state,
        message: `State ${quote(state.name)}: a DISTRIBUTED Map needs ItemProcessor.ProcessorConfig.ExecutionType, "STANDARD" or "EXPRESS", for its child workflows (seed L5315–L5318).`,
      });
    }
  },
};
