import { describe, expect, it } from "vitest";
import { flow, hostile, nested } from "./testFixtures";
import { getStateNamesInScope } from "./getStateNamesInScope";
import { frozen } from "./testSupport";

describe("getStateNamesInScope", () => {
  it("lists the states of the scope holding a state, in document order", () => {
    expect(getStateNamesInScope(flow(), "/States/D")).toEqual(["A", "B", "C", "D", "F"]);
    expect(getStateNamesInScope(nested(), "/States/P/Branches/0/States/After map")).toEqual(["M", "After map"]);
    expect(getStateNamesInScope(nested(), "/States/P/Branches/0/States/M/ItemProcessor/States/Inner")).toEqual(["Inner"]);
  });

  it("lists the states of a scope given by its pointer", () => {
    expect(getStateNamesInScope(nested(), "")).toEqual(["P", "Done"]);
    expect(getStateNamesInScope(nested(), "/States/P/Branches/1")).toEqual([]);
    expect(getStateNamesInScope(nested(), "/States/P/Branches/0/States/M/ItemProcessor")).toEqual(["Inner"]);
  });

  it("handles hostile names, invalid documents and unknown pointers", () => {
    expect(getStateNamesInScope(hostile(), "/States/__proto__")).toEqual(["__proto__", "constructor", "a/b~c", '"quoted"', "<img src=x onerror=alert(1)>"]);
    expect(getStateNamesInScope(frozen({ States: { A: 1, B: { Type: "Pass" } } }), "")).toEqual(["B"]);
    expect(getStateNamesInScope(frozen({}), "")).toEqual([]);
    expect(getStateNamesInScope(flow(), "/States/Nope/Branches/0")).toEqual([]);
  });
});
