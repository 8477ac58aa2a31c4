import { describe, expect, it } from "vitest";
import { addBranch } from "./addBranch";
import { branchStarts, nested, parallel } from "./testFixtures";
import { frozen } from "./testSupport";

describe("addBranch", () => {
  it("appends an empty branch (States: {}, no StartAt) and keeps the others shared", () => {
    const input = parallel();
    const { definition, selection } = addBranch(input, "/States/P");
    const branches = (definition.States.P as { Branches: unknown[] }).Branches;
    expect(branches[3]).toEqual({ States: {} });
    expect(branches[0]).toBe((input.States.P as { Branches: unknown[] }).Branches[0]);
    expect(Object.keys(definition.States.P as object)).toEqual(["Type", "Branches", "End"]);
    expect(selection).toEqual(["/States/P"]);
  });

  it("works on a nested Parallel", () => {
    const input = frozen({ StartAt: "Q", States: { Q: { Type: "Parallel", Branches: [{ StartAt: "P", States: parallel().States }], End: true } } });
    const { definition } = addBranch(input, "/States/Q/Branches/0/States/P");
    const inner = ((definition.States.Q as { Branches: { States: Record<string, unknown> }[] }).Branches[0]?.States ?? {}) as Record<string, unknown>;
    expect(branchStarts({ States: inner })).toEqual(["A", "B", "C", "(empty)"]);
  });

  it("changes nothing for bad indexes, non-Parallel states and unknown pointers", () => {
    const input = parallel();
    expect(addBranch(input, "/States/Nope").definition).toBe(input);
    const map = nested();
    expect(addBranch(map, "/States/Done").definition).toBe(map);
  });

  it("creates Branches on a Parallel that has none (an invalid document)", () => {
    const { definition } = addBranch(frozen({ StartAt: "P", States: { P: { Type: "Parallel", End: true } } }), "/States/P");
    expect(definition.States.P).toEqual({ Type: "Parallel", End: true, Branches: [{ States: {} }] });
  });
});
