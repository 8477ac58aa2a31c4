/**
 * Distributed Map configuration (asl-semantics.md §2.9, §12.1 item 13):
 * - a CSV ItemReader needs ReaderConfig.CSVHeaderLocation (seed L6610–L6613), and GIVEN needs
 *   the CSVHeaders array (seed L6620–L6643);
 * - an ItemBatcher needs at least one limit: MaxItemsPerBatch(Path) or
 *   MaxInputBytesPerBatch(Path) (seed L7315–L7317).
 * Which fields only a distributed Map may have is the field-allowed rule; ItemsPath with
 * ItemReader is a mutually exclusive pair; ExecutionType is the mapProcessor rule.
 */
import { getOwn, hasOwn, isJsonObject } from "../../json";
import { quote } from "../context";
import type { Rule } from "./rule";

const BATCH_LIMITS = ["MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath"];

export const distributedMap: Rule = {
  id: "distributedMap",
  state(state, ctx) {
    if (state.type !== "Map") return;
      const reader = getOwn(state.node, "ItemReader");
    const config = isJsonObject(reader) ? getOwn(reader, "ReaderConfig") : undefined;
    if (isJsonObject(config) && getOwn(config, "InputType") === "CSV") {
      const location = getOwn(config, "CSVHeaderLocation");
      const pointer = `${state.pointer}/ItemReader/ReaderConfig`;
      if (location === undefined) {
        ctx.report({
          code: "DISTRIBUTED_MAP_CONFIG",
          pointer,
          state,
          message: `State ${quote(state.name)}: a CSV ItemReader needs ReaderConfig.CSVHeaderLocation: "FIRST_ROW" when the file's first line holds the column names, or "GIVEN" with CSVHeaders (seed L6610–L6647).`,
        });
      } else if (location === "GIVEN" && !hasOwn(config, "CSVHeaders")) {
        ctx.report({
          code: "DISTRIBUTED_MAP_CONFIG",
          pointer,
          state,
          message: `State ${quote(state.name)}: CSVHeaderLocation is "GIVEN", so ReaderConfig needs CSVHeaders, the array of column names (seed L6620–L6643).`,
        });
      }
    }
    const batcher = getOwn(state.node, "ItemBatcher");
    if (isJsonObject(batcher) && !BATCH_LIMITS.some((field) => hasOwn(batcher, field))) {
      ctx.report({
        code: "DISTRIBUTED_MAP_CONFIG",
        pointer: `${state.pointer}/ItemBatcher`,
        state,
        message: `State ${quote(state.name)}: ItemBatcher needs at least one limit, MaxItemsPerBatch or MaxInputBytesPerBatch (or their …Path forms), to know how to batch items (seed L7315–L7317).`,
      });
    }
  },
};
