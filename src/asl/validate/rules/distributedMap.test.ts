import { describe, expect, it } from "vitest";
import { found, single } from "../testing/helpers";

const processor = { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "I", States: { I: { Type: "Succeed" } } };
const map = (fields: Record<string, unknown>) => single({ Type: "Map", ItemProcessor: processor, ...fields });

describe("distributedMap", () => {
  it("accepts the guide's CSV reader with GIVEN headers (seed L7602–L7650)", () => {
    const def = map({
      ItemReader: {
        Resource: "arn:aws:states:::s3:getObject",
        ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["MyLetters", "MyNumbers"] },
        Parameters: { Bucket: "b", Key: "k" },
      },
      Label: "CSVFileProcessing",
      MaxConcurrency: 1000,
    });
    expect(found(def)).toEqual([]);
  });

  it("needs CSVHeaderLocation for CSV (seed L6610–L6613) and CSVHeaders for GIVEN (seed L6620–L6643)", () => {
    expect(found(map({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "CSV" } } }), ["DISTRIBUTED_MAP_CONFIG"])).toEqual([
      ["DISTRIBUTED_MAP_CONFIG", "/States/S/ItemReader/ReaderConfig"],
    ]);
    expect(found(map({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "GIVEN" } } }), ["DISTRIBUTED_MAP_CONFIG"])).toEqual([
      ["DISTRIBUTED_MAP_CONFIG", "/States/S/ItemReader/ReaderConfig"],
    ]);
  });

  it("needs at least one ItemBatcher limit (seed L7315–L7317)", () => {
    expect(found(map({ ItemBatcher: { BatchInput: { a: 1 } } }), ["DISTRIBUTED_MAP_CONFIG"])).toEqual([["DISTRIBUTED_MAP_CONFIG", "/States/S/ItemBatcher"]]);
    expect(found(map({ ItemBatcher: { MaxItemsPerBatch: 3, BatchInput: { a: 1 } } }))).toEqual([]);
  });

  it("keeps ToleratedFailurePercentage within 0–100 (seed L5371–L5376) and batch bytes within 256 KB (seed L7364–L7365)", () => {
    expect(found(map({ ToleratedFailurePercentage: 101, ItemBatcher: { MaxInputBytesPerBatch: 262145 } }), ["SCHEMA_RANGE"])).toEqual([
      ["SCHEMA_RANGE", "/States/S/ToleratedFailurePercentage"],
      ["SCHEMA_RANGE", "/States/S/ItemBatcher/MaxInputBytesPerBatch"],
    ]);
  });
});
