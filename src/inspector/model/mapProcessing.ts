/**
 * The Map state's processing settings (seed L4864–L5465, L13317-L13605): inline or distributed
 * mode, the child execution type, and moving off the deprecated `Iterator` and `Parameters`.
 */
import { replaceKey } from "../../asl/edit/copyOnWrite";
import { getOwn, hasOwn, isJsonObject, type JsonObject } from "../../asl/json";
import { objectAt, setKey } from "./objects";

export type ProcessingMode = "INLINE" | "DISTRIBUTED";
export type ExecutionType = "STANDARD" | "EXPRESS";

/** Fields only a distributed Map may have (asl-semantics.md §1.5). */
export const DISTRIBUTED_ONLY_FIELDS: readonly string[] = [
  "ItemReader",
  "ItemBatcher",
  "ResultWriter",
  "ToleratedFailurePercentage",
  "ToleratedFailurePercentagePath",
  "ToleratedFailureCount",
  "ToleratedFailureCountPath",
  "Label",
];

/** `ItemProcessor`, or the deprecated `Iterator` when that is what the Map uses. */
export function processorKey(state: JsonObject): "ItemProcessor" | "Iterator" {
  return !hasOwn(state, "ItemProcessor") && isJsonObject(getOwn(state, "Iterator")) ? "Iterator" : "ItemProcessor";
}

export function readProcessingMode(state: JsonObject): ProcessingMode {
  const config = objectAt(objectAt(state, processorKey(state)), "ProcessorConfig");
  return getOwn(config, "Mode") === "DISTRIBUTED" ? "DISTRIBUTED" : "INLINE";
}

export function readExecutionType(state: JsonObject): ExecutionType | undefined {
  const type = getOwn(objectAt(objectAt(state, processorKey(state)), "ProcessorConfig"), "ExecutionType");
  return type === "STANDARD" || type === "EXPRESS" ? type : undefined;
}

/** Renames the deprecated `Iterator` to `ItemProcessor` in place (seed L4893–L4896). */
export function upgradeIterator(state: JsonObject): JsonObject {
  if (processorKey(state) !== "Iterator") return state;
  return replaceKey(state, "Iterator", "ItemProcessor", objectAt(state, "Iterator"));
}

/** Renames the deprecated `Parameters` to `ItemSelector` in place (seed L4917–L4918). */
export function upgradeMapParameters(state: JsonObject): JsonObject {
  const parameters = getOwn(state, "Parameters");
  if (parameters === undefined || hasOwn(state, "ItemSelector")) return state;
  return replaceKey(state, "Parameters", "ItemSelector", parameters);
}

function withProcessorConfig(state: JsonObject, config: JsonObject): JsonObject {
  const upgraded = upgradeIterator(state);
  const processor = objectAt(upgraded, "ItemProcessor");
  const { ProcessorConfig: _old, ...rest } = processor;
  // ProcessorConfig goes first in the processor, where Workflow Studio writes it.
  return setKey(upgraded, "ItemProcessor", { ProcessorConfig: config, ...rest });
}

/**
 * Switches the processing mode. Distributed starts with child executions of type STANDARD (the
 * field is required, seed L5315–L5318). Going back to inline removes the fields only a
 * distributed Map may have, so the state stays valid.
 */
export function setProcessingMode(state: JsonObject, mode: ProcessingMode): JsonObject {
  if (readProcessingMode(state) === mode && hasOwn(objectAt(state, processorKey(state)), "ProcessorConfig")) return state;
  const current = objectAt(objectAt(state, processorKey(state)), "ProcessorConfig");
  if (mode === "DISTRIBUTED") {
    return withProcessorConfig(state, { ...current, Mode: "DISTRIBUTED", ExecutionType: readExecutionType(state) ?? "STANDARD" });
  }
  const { ExecutionType: _type, ...inline } = current;
  let next = withProcessorConfig(state, { ...inline, Mode: "INLINE" });
  for (const field of DISTRIBUTED_ONLY_FIELDS) next = setKey(next, field, undefined);
  return next;
}

export function setExecutionType(state: JsonObject, type: ExecutionType): JsonObject {
  const current = objectAt(objectAt(state, processorKey(state)), "ProcessorConfig");
  return withProcessorConfig(state, { ...current, ExecutionType: type });
}
