import { describe, expect, it } from "vitest";
import { readExecutionType, readProcessingMode, setExecutionType, setProcessingMode, upgradeIterator, upgradeMapParameters } from "./mapProcessing";

const inline = { Type: "Map", ItemsPath: "$.items", ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "P", States: { P: { Type: "Pass", End: true } } }, End: true };

describe("Map processing mode", () => {
  it("reads inline (also when ProcessorConfig is absent) and distributed", () => {
    expect(readProcessingMode(inline)).toBe("INLINE");
    expect(readProcessingMode({ Type: "Map", Iterator: { StartAt: "P", States: {} } })).toBe("INLINE");
  });
  it("switches to distributed with a STANDARD child execution type", () => {
    const distributed = setProcessingMode(inline, "DISTRIBUTED");
    expect(distributed.ItemProcessor).toMatchObject({ ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "P" });
    expect(readProcessingMode(distributed)).toBe("DISTRIBUTED");
    expect(readExecutionType(distributed)).toBe("STANDARD");
    expect(readExecutionType(setExecutionType(distributed, "EXPRESS"))).toBe("EXPRESS");
  });
  it("going back to inline drops the distributed-only fields and the execution type", () => {
    const distributed = { ...setProcessingMode(inline, "DISTRIBUTED"), Label: "L", ToleratedFailureCount: 3, ItemBatcher: { MaxItemsPerBatch: 2 } };
    const back = setProcessingMode(distributed, "INLINE");
    expect(back).toEqual(inline);
  });
  it("moves off the deprecated Iterator and Parameters in place", () => {
    const old = { Type: "Map", Parameters: { "x.$": "$$.Map.Item.Value" }, Iterator: { StartAt: "P", States: {} }, End: true };
    expect(Object.keys(upgradeIterator(old))).toEqual(["Type", "Parameters", "ItemProcessor", "End"]);
    expect(Object.keys(upgradeMapParameters(old))).toEqual(["Type", "ItemSelector", "Iterator", "End"]);
    expect(setProcessingMode(old, "DISTRIBUTED")).toMatchObject({ ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED" }, StartAt: "P" } });
    expect(setProcessingMode(old, "DISTRIBUTED")).not.toHaveProperty("Iterator");
  });
});
