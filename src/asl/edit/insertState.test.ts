import { describe, expect, it } from "vitest";
import { flow } from "./testFixtures";
import { insertState } from "./insertState";
import { edge } from "./testSupport";

describe("insertState", () => {
  it("inserts one state on an edge with a unique name", () => {
    const { definition, selection } = insertState(flow(), edge("/States/A/Next"), "B", { Type: "Pass" });
    expect(definition.States.A).toMatchObject({ Next: "B (1)" });
    expect(definition.States["B (1)"]).toEqual({ Type: "Pass", Next: "B" });
    expect(selection).toEqual(["/States/B (1)"]);
  });
});
