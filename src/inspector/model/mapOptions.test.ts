import { describe, expect, it } from "vitest";
import { setItemBatcherEnabled, setResultWriterEnabled } from "./mapOptions";

describe("ItemBatcher and ResultWriter", () => {
  const map = { Type: "Map", End: true };
  it("turn on with a default and off again", () => {
    expect(setItemBatcherEnabled(map, true).ItemBatcher).toEqual({ MaxItemsPerBatch: 10 });
    expect(setItemBatcherEnabled(setItemBatcherEnabled(map, true), false)).toEqual(map);
    expect(setResultWriterEnabled(map, true).ResultWriter).toEqual({ Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "amzn-s3-demo-bucket", Prefix: "results" } });
    expect(setResultWriterEnabled(setResultWriterEnabled(map, true), false)).toEqual(map);
  });
});
