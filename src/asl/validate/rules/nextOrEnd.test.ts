import { describe, expect, it } from "vitest";
import { found, machine, one } from "../testing/helpers";

describe("nextOrEnd", () => {
  it("requires Next or End on Pass, Task, Wait, Parallel and Map (seed L2409–L2410, L3530–L3531)", () => {
    const def = machine({
      P: { Type: "Pass" },
      T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke" },
      W: { Type: "Wait", Seconds: 1 },
      Par: { Type: "Parallel", Branches: [{ StartAt: "B", States: { B: { Type: "Succeed" } } }] },
      M: { Type: "Map", ItemProcessor: { StartAt: "I", States: { I: { Type: "Succeed" } } } },
    });
    expect(found(def, ["MISSING_NEXT_OR_END"])).toEqual([
      ["MISSING_NEXT_OR_END", "/States/P"],
      ["MISSING_NEXT_OR_END", "/States/T"],
      ["MISSING_NEXT_OR_END", "/States/W"],
      ["MISSING_NEXT_OR_END", "/States/Par"],
      ["MISSING_NEXT_OR_END", "/States/M"],
    ]);
  });

  it("explains the fix", () => {
    expect(one(machine({ Lonely: { Type: "Pass" } }), "MISSING_NEXT_OR_END").message).toBe(
      'State "Lonely" (Pass) has neither Next nor End: add "Next": "<state name>" to continue, or "End": true to finish here (seed L2409–L2410).',
    );
  });

  it("refuses Next together with End: a state may use only one (seed L3206–L3207)", () => {
    const def = machine({ A: { Type: "Pass", Next: "B", End: true }, B: { Type: "Succeed" } });
    expect(found(def, ["NEXT_AND_END"])).toEqual([["NEXT_AND_END", "/States/A/End"]]);
  });

  it("refuses End: false (asl-semantics.md §12.1 item 5)", () => {
    expect(found(machine({ A: { Type: "Pass", End: false } }), ["END_NOT_TRUE", "MISSING_NEXT_OR_END"])).toEqual([["END_NOT_TRUE", "/States/A/End"]]);
  });

  it("does not ask terminal or Choice states for Next/End (seed L2414–L2415, L4452, L4505)", () => {
    const def = machine({
      C: { Type: "Choice", Choices: [{ Variable: "$.x", IsPresent: true, Next: "S" }], Default: "F" },
      S: { Type: "Succeed" },
      F: { Type: "Fail" },
    });
    expect(found(def, ["MISSING_NEXT_OR_END"])).toEqual([]);
  });
});
