/**
 * A distributed Map's optional blocks (seed L7235–L7530): ItemBatcher (items per child execution)
 * and ResultWriter (results exported to S3), each turned on with a sensible default.
 */
import type { JsonObject } from "../../asl/json";
import { setKey } from "./objects";

export const PUT_OBJECT = "arn:aws:states:::s3:putObject";

export function setItemBatcherEnabled(state: JsonObject, enabled: boolean): JsonObject {
  return setKey(state, "ItemBatcher", enabled ? { MaxItemsPerBatch: 10 } : undefined);
}

export function setResultWriterEnabled(state: JsonObject, enabled: boolean): JsonObject {
  return setKey(state, "ResultWriter", enabled ? { Resource: PUT_OBJECT, Parameters: { Bucket: "amzn-s3-demo-bucket", Prefix: "results" } } : undefined);
}
