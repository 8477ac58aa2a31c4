import { describe, expect, it } from "vitest";
import { found, machine, one } from "../testing/helpers";

describe("reachability", () => {
  it("warns about a state nothing leads to (asl-semantics.md §1.3: a warning in the designer)", () => {
    const def = machine({ A: { Type: "Pass", End: true }, Orphan: { Type: "Succeed" } });
    const d = one(def, "UNREACHABLE_STATE");
    expect(d).toMatchObject({ severity: "warning", path: "/States/Orphan", stateName: "Orphan" });
  });

  it("follows choice rules, Default and catchers (seed L2575–L2589, L10966–L10969)", () => {
    const def = machine({
      T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Caught" }], Next: "C" },
      C: { Type: "Choice", Choices: [{ Variable: "$.ok", BooleanEquals: true, Next: "Yes" }], Default: "No" },
      Yes: { Type: "Succeed" },
      No: { Type: "Fail" },
      Caught: { Type: "Fail" },
    });
    expect(found(def, ["UNREACHABLE_STATE", "NO_TERMINAL_STATE"])).toEqual([]);
  });

  it("checks each branch on its own", () => {
    const def = machine({
      P: { Type: "Parallel", Branches: [{ StartAt: "B1", States: { B1: { Type: "Succeed" }, B2: { Type: "Succeed" } } }], End: true },
    });
    expect(found(def, ["UNREACHABLE_STATE"])).toEqual([["UNREACHABLE_STATE", "/States/P/Branches/0/States/B2"]]);
  });

  it("refuses a machine whose reachable states loop forever (no Succeed, Fail or End: true)", () => {
    const def = machine({ A: { Type: "Pass", Next: "B" }, B: { Type: "Wait", Seconds: 1, Next: "A" } });
    const d = one(def, "NO_TERMINAL_STATE");
    expect(d).toMatchObject({ severity: "error", path: "/StartAt" });
  });

  it("accepts a loop with an exit, as in the guide's polling sample (seed L32349–L32406)", () => {
    const def = machine({
      Poll: { Type: "Wait", Seconds: 30, Next: "Check" },
      Check: { Type: "Choice", Choices: [{ Variable: "$.status", StringEquals: "DONE", Next: "Done" }], Default: "Poll" },
      Done: { Type: "Succeed" },
    });
    expect(found(def, ["NO_TERMINAL_STATE", "UNREACHABLE_STATE"])).toEqual([]);
  });

  it("stays quiet about terminals while a reachable state has a broken transition", () => {
    const def = machine({ A: { Type: "Pass", Next: "Missing" } });
    expect(found(def, ["NO_TERMINAL_STATE"])).toEqual([]);
  });
});
