/**
 * ItemBatcher (asl-semantics §2.9.6, seed L7235–L7430): groups items into `{BatchInput?, Items}`
 * by MaxItemsPerBatch and/or MaxInputBytesPerBatch (≤ 256 KB; the implicit cap when only a count
 * is given). BatchInput is a template over the Map's effective input.
 */
import type { JsonValue } from "../../json";
import { compilePath, evaluatePath } from "../../paths/evaluatePath";
import type { ItemBatcher } from "../../types";
import { runtimeError } from "../errors/statesErrors";
import type { StageEnv } from "../io/env";
import type { DataPipeline } from "../io/pipeline";
import { compileTemplate } from "../io/payloadTemplate";
import { jsonByteSize, MAX_PAYLOAD_BYTES } from "../payloadSize";

function resolvePositive(batcher: ItemBatcher, field: "MaxItemsPerBatch" | "MaxInputBytesPerBatch", effective: JsonValue, env: StageEnv): number | undefined {
  const value = batcher[field];
  if (typeof value === "number") return value;
  const path = batcher[`${field}Path`];
  if (typeof path !== "string") return undefined;
  const resolved = evaluatePath(compilePath(path), effective, env);
  if (typeof resolved !== "number" || !Number.isInteger(resolved) || resolved <= 0) {
    throw runtimeError(env, `The ${field}Path field refers to value ${JSON.stringify(resolved)} which is not a positive integer: ${path}`);
  }
  return resolved;
}

export function batchItems(batcher: ItemBatcher, items: JsonValue[], effective: JsonValue, env: StageEnv, pipeline: DataPipeline): JsonValue[] {
  const maxItems = resolvePositive(batcher, "MaxItemsPerBatch", effective, env);
  const maxBytes = resolvePositive(batcher, "MaxInputBytesPerBatch", effective, env);
  const batchInput = batcher.BatchInput !== undefined ? pipeline.build(compileTemplate(batcher.BatchInput), effective, env) : undefined;
  return batchWith(items, maxItems, maxBytes, batchInput);
}

/** Groups items by count and size (both already resolved; JSONata states compute them from expressions). */
export function batchWith(items: JsonValue[], maxItemsPerBatch: number | undefined, maxInputBytesPerBatch: number | undefined, batchInput: JsonValue | undefined): JsonValue[] {
  const maxItems = maxItemsPerBatch ?? Infinity;
  const maxBytes = Math.min(maxInputBytesPerBatch ?? MAX_PAYLOAD_BYTES, MAX_PAYLOAD_BYTES);
  const overhead = jsonByteSize({ BatchInput: batchInput ?? null, Items: [] });
  const batches: JsonValue[] = [];
  let current: JsonValue[] = [];
  let bytes = overhead;
  const flush = () => {
    if (current.length === 0) return;
    batches.push(batchInput !== undefined ? { BatchInput: batchInput, Items: current } : { Items: current });
    current = [];
    bytes = overhead;
  };
  for (const item of items) {
    const size = jsonByteSize(item) + 1;
    if (current.length > 0 && (current.length >= maxItems || bytes + size > maxBytes)) flush();
    current.push(item);
    bytes += size;
  }
  flush();
  return batches;
}
