/**
 * A simulated ResultWriter (asl-semantics §2.9.9, seed L7431–L7530): instead of writing to S3 the
 * files are kept on the visit record; the Map's result is
 * `{MapRunArn, ResultWriterDetails: {Bucket, Key: "<Prefix>/<uuid>/manifest.json"}}`.
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from "../../json";

export interface ChildRecord {
  name: string;
  executionArn: string;
  input: JsonValue;
  status: "SUCCEEDED" | "FAILED";
  output?: JsonValue;
  error?: string;
  cause?: string;
  startDate: string;
  stopDate: string;
}

export function writeResults(
  parameters: JsonValue,
  mapRunArn: string,
  stateMachineArn: string,
  runId: string,
  children: readonly ChildRecord[],
): { result: JsonObject; files: Record<string, JsonValue> } {
  const bucket = isJsonObject(parameters) ? getOwn(parameters, "Bucket") : undefined;
  const prefix = isJsonObject(parameters) ? getOwn(parameters, "Prefix") : undefined;
  const base = `${typeof prefix === "string" && prefix !== "" ? prefix.replace(/\/$/, "") + "/" : ""}${runId}`;
  const entry = (child: ChildRecord): JsonObject => {
    const out: JsonObject = {
      ExecutionArn: child.executionArn,
      Input: JSON.stringify(child.input),
      InputDetails: { Included: true },
      Name: child.name,
      RedriveCount: 0,
      RedriveStatus: "NOT_REDRIVABLE",
      StartDate: child.startDate,
      StateMachineArn: stateMachineArn,
      Status: child.status,
      StopDate: child.stopDate,
    };
    if (child.status === "SUCCEEDED") {
      out.Output = JSON.stringify(child.output ?? null);
      out.OutputDetails = { Included: true };
    } else {
      if (child.error !== undefined) out.Error = child.error;
      if (child.cause !== undefined) out.Cause = child.cause;
    }
    return out;
  };
  const succeeded = children.filter((c) => c.status === "SUCCEEDED").map(entry);
  const failed = children.filter((c) => c.status === "FAILED").map(entry);
  const files: Record<string, JsonValue> = {};
  const resultFiles: JsonObject = { FAILED: [], PENDING: [], SUCCEEDED: [] };
  if (succeeded.length > 0) {
    files[`${base}/SUCCEEDED_0.json`] = succeeded;
    resultFiles.SUCCEEDED = [{ Key: `${base}/SUCCEEDED_0.json`, Size: JSON.stringify(succeeded).length }];
  }
  if (failed.length > 0) {
    files[`${base}/FAILED_0.json`] = failed;
    resultFiles.FAILED = [{ Key: `${base}/FAILED_0.json`, Size: JSON.stringify(failed).length }];
  }
  const manifestKey = `${base}/manifest.json`;
  files[manifestKey] = { DestinationBucket: typeof bucket === "string" ? bucket : "", MapRunArn: mapRunArn, ResultFiles: resultFiles };
  return {
    result: { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: typeof bucket === "string" ? bucket : "", Key: manifestKey } },
    files,
  };
}
