/**
 * The tail of the pipeline shared by Pass, Task, Parallel and Map: size check of the result →
 * (JSONPath) Assign over the raw result, ResultSelector → ResultPath (into the raw input) →
 * OutputPath; (JSONata) Output and Assign with `$states.result` → size check of the output →
 * the assignments.
 */
import type { JsonValue } from "../json";
import type { CompiledState } from "./compile";
import { dataLimitExceeded } from "./errors/statesErrors";
import { commitAssign, evaluateJsonPathAssign, finishJsonata, stateOutputAndAssign } from "./io/assign";
import { statesValue } from "./io/jsonata";
import type { DataPipeline } from "./io/pipeline";
import { jsonByteSize } from "./payloadSize";
import type { Visit } from "./visit";

export function finishResult(state: CompiledState, pipeline: DataPipeline, raw: JsonValue, result: JsonValue, visit: Visit, recordResult = true): JsonValue {
  const limit = visit.run.maxPayloadBytes;
  const resultBytes = jsonByteSize(result);
  if (resultBytes > limit) throw dataLimitExceeded(state.name);
  const stages = visit.stages;
  if (recordResult) stages.result = result;
  if (state.queryLanguage === "JSONata") {
    const output = finishJsonata(stateOutputAndAssign(state), statesValue(visit, raw, recordResult ? { result } : undefined), result, visit);
    return checkedOutput(state, visit, output, output === result ? resultBytes : jsonByteSize(output), limit);
  }
  const assigned = state.assign === undefined ? undefined : evaluateJsonPathAssign(state.assign, result, visit);
  const selected = pipeline.selectResult(state, result, visit);
  stages.afterResultSelector = selected;
  const placed = pipeline.placeResult(state.resultPath, raw, selected, visit);
  stages.afterResultPath = placed;
  const output = pipeline.output(state, placed, visit);
  checkedOutput(state, visit, output, output === result ? resultBytes : -1, limit);
  if (assigned !== undefined) commitAssign(visit, assigned);
  return output;
}

/**
 * The size check of a state's output (`bytes`: its size when already known, else -1). The size
 * is kept on the frame: a Map adds up its iterations' output sizes instead of measuring its
 * result again (iterations.ts).
 */
function checkedOutput(state: CompiledState, visit: Visit, output: JsonValue, bytes: number, limit: number): JsonValue {
  const size = bytes >= 0 ? bytes : jsonByteSize(output);
  if (size > limit) throw dataLimitExceeded(state.name);
  const frame = visit.frame;
  frame.sizedOutput = output;
  frame.sizedBytes = size;
  return output;
}
