import { describe, expect, it } from "vitest";
import { found, single } from "../testing/helpers";

describe("mapProcessor", () => {
  it("accepts ItemProcessor and the deprecated Iterator (seed L4870–L4896)", () => {
    const inner = { StartAt: "I", States: { I: { Type: "Succeed" } } };
    expect(found(single({ Type: "Map", ItemProcessor: inner }))).toEqual([]);
    expect(found(single({ Type: "Map", Iterator: inner }))).toEqual([]);
  });

  it("needs one of them (seed L4870)", () => {
    expect(found(single({ Type: "Map" }), ["MAP_PROCESSOR_REQUIRED"])).toEqual([["MAP_PROCESSOR_REQUIRED", "/States/S"]]);
  });

  it("needs ExecutionType in DISTRIBUTED mode (seed L5315–L5318)", () => {
    const def = single({ Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED" }, StartAt: "I", States: { I: { Type: "Succeed" } } } });
    expect(found(def, ["DISTRIBUTED_MAP_CONFIG"])).toEqual([["DISTRIBUTED_MAP_CONFIG", "/States/S/ItemProcessor/ProcessorConfig"]]);
  });

  it("checks Mode and ExecutionType values (seed L5304–L5318)", () => {
    const def = single({ Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "distributed", ExecutionType: "FAST" }, StartAt: "I", States: { I: { Type: "Succeed" } } } });
    expect(found(def, ["SCHEMA_ENUM"])).toEqual([
      ["SCHEMA_ENUM", "/States/S/ItemProcessor/ProcessorConfig/Mode"],
      ["SCHEMA_ENUM", "/States/S/ItemProcessor/ProcessorConfig/ExecutionType"],
    ]);
  });
});
