import { describe, expect, it } from "vitest";
import { found, one, single } from "../testing/helpers";

const processor = { StartAt: "I", States: { I: { Type: "Succeed" } } };
const distributed = { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...processor };

describe("mutuallyExclusive", () => {
  it("refuses TimeoutSeconds with TimeoutSecondsPath (seed L3506–L3508) and HeartbeatSeconds with its Path (seed L3526–L3528)", () => {
    const def = single({
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      TimeoutSeconds: 300,
      TimeoutSecondsPath: "$.params.maxTime",
      HeartbeatSeconds: 60,
      HeartbeatSecondsPath: "$.hb",
    });
    expect(found(def, ["MUTUALLY_EXCLUSIVE_FIELDS"])).toEqual([
      ["MUTUALLY_EXCLUSIVE_FIELDS", "/States/S/TimeoutSecondsPath"],
      ["MUTUALLY_EXCLUSIVE_FIELDS", "/States/S/HeartbeatSecondsPath"],
    ]);
    expect(one(single({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", TimeoutSeconds: 1, TimeoutSecondsPath: "$.t" }), "MUTUALLY_EXCLUSIVE_FIELDS").message).toBe(
      'State "S": TimeoutSeconds and TimeoutSecondsPath cannot both be set (seed L3506–L3508). Keep one of them.',
    );
  });

  it("refuses Error with ErrorPath and Cause with CausePath on Fail (seed L4478–L4479, L4498–L4500)", () => {
    expect(found(single({ Type: "Fail", Error: "E", ErrorPath: "$.e", Cause: "C", CausePath: "$.c" }), ["MUTUALLY_EXCLUSIVE_FIELDS"])).toEqual([
      ["MUTUALLY_EXCLUSIVE_FIELDS", "/States/S/ErrorPath"],
      ["MUTUALLY_EXCLUSIVE_FIELDS", "/States/S/CausePath"],
    ]);
  });

  it("refuses Iterator with ItemProcessor and Parameters with ItemSelector (decisions of asl-semantics.md §15; seed L4891, L4917)", () => {
    const def = single({ Type: "Map", Iterator: processor, ItemProcessor: processor, ItemSelector: {}, Parameters: {} });
    expect(found(def, ["MUTUALLY_EXCLUSIVE_FIELDS"])).toEqual([
      ["MUTUALLY_EXCLUSIVE_FIELDS", "/States/S/ItemProcessor"],
      ["MUTUALLY_EXCLUSIVE_FIELDS", "/States/S/Parameters"],
    ]);
  });

  it("refuses the Map value/Path pairs (seed L4936–L4943, L5555–L5556, L5585–L5586)", () => {
    const def = single({
      Type: "Map",
      ItemProcessor: distributed,
      MaxConcurrency: 1,
      MaxConcurrencyPath: "$.m",
      ToleratedFailurePercentage: 5,
      ToleratedFailurePercentagePath: "$.p",
      ToleratedFailureCount: 1,
      ToleratedFailureCountPath: "$.c",
    });
    expect(found(def, ["MUTUALLY_EXCLUSIVE_FIELDS"]).map(([, path]) => path)).toEqual([
      "/States/S/MaxConcurrencyPath",
      "/States/S/ToleratedFailurePercentagePath",
      "/States/S/ToleratedFailureCountPath",
    ]);
  });

  it("refuses ItemsPath with ItemReader (seed L5333–L5338) and the ReaderConfig/ItemBatcher pairs (seed L6664–L6668, L7352–L7358, L7395–L7396)", () => {
    const def = single({
      Type: "Map",
      ItemProcessor: distributed,
      ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON", MaxItems: 10, MaxItemsPath: "$.n" } },
      ItemsPath: "$.items",
      ItemBatcher: { MaxItemsPerBatch: 2, MaxItemsPerBatchPath: "$.b", MaxInputBytesPerBatch: 100, MaxInputBytesPerBatchPath: "$.k" },
    });
    expect(found(def, ["MUTUALLY_EXCLUSIVE_FIELDS"]).map(([, path]) => path)).toEqual([
      "/States/S/ItemReader/ReaderConfig/MaxItemsPath",
      "/States/S/ItemsPath",
      "/States/S/ItemBatcher/MaxItemsPerBatchPath",
      "/States/S/ItemBatcher/MaxInputBytesPerBatchPath",
    ]);
  });
});
