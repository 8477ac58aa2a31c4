import { describe, expect, it } from "vitest";
import { found, machine } from "../testing/helpers";

describe("uniqueStateNames", () => {
  it("refuses a name used in a branch and at the top level: unique in the whole machine (seed L2376–L2377)", () => {
    const def = machine({
      Work: { Type: "Parallel", Branches: [{ StartAt: "Done", States: { Done: { Type: "Succeed" } } }], Next: "Done" },
      Done: { Type: "Succeed" },
    });
    const diagnostics = found(def, ["DUPLICATE_STATE_NAME"]);
    expect(diagnostics).toEqual([["DUPLICATE_STATE_NAME", "/States/Done"]]);
  });

  it("refuses the same name in two Map processors", () => {
    const map = (next: Record<string, unknown>) => ({ Type: "Map", ItemProcessor: { StartAt: "Item", States: { Item: { Type: "Pass", End: true } } }, ...next });
    const def = machine({ M1: map({ Next: "M2" }), M2: map({ End: true }) });
    expect(found(def, ["DUPLICATE_STATE_NAME"])).toEqual([["DUPLICATE_STATE_NAME", "/States/M2/ItemProcessor/States/Item"]]);
  });

  it("accepts distinct names, however similar", () => {
    expect(found(machine({ a: { Type: "Pass", Next: "A" }, A: { Type: "Succeed" } }), ["DUPLICATE_STATE_NAME"])).toEqual([]);
  });
});
