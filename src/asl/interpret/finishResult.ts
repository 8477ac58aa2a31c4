/**
 * The tail of the pipeline shared by Pass, Task, Parallel and Map: size check of the result →
 * ResultSelector → ResultPath (into the raw input) → OutputPath → size check of the output.
 */
import type { JsonValue } from "../json";
import type { CompiledState } from "./compile";
import { dataLimitExceeded } from "./errors/statesErrors";
import type { DataPipeline } from "./io/pipeline";
import { exceedsPayloadLimit } from "./payloadSize";
import type { Visit } from "./visit";

export function finishResult(state: CompiledState, pipeline: DataPipeline, raw: JsonValue, result: JsonValue, visit: Visit, recordResult = true): JsonValue {
  const limit = visit.run.maxPayloadBytes;
  if (exceedsPayloadLimit(result, limit)) throw dataLimitExceeded(state.name);
  const stages = visit.record.stages;
  if (recordResult) stages.result = result;
  const selected = pipeline.selectResult(state, result, visit);
  stages.afterResultSelector = selected;
  const placed = pipeline.placeResult(state.resultPath, raw, selected, visit);
  stages.afterResultPath = placed;
  const output = pipeline.output(state, placed, visit);
  if (output !== result && exceedsPayloadLimit(output, limit)) throw dataLimitExceeded(state.name);
  return output;
}
