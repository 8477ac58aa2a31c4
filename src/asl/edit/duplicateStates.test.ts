import { describe, expect, it } from "vitest";
import { duplicateStates } from "./duplicateStates";
import { flow, hostile, nested } from "./testFixtures";
import { frozen, structuralProblems } from "./testSupport";

describe("duplicateStates", () => {
  it("inserts the copy right after its original in the flow, named like Workflow Studio's 'Pass (1)' (seed L12467)", () => {
    const input = flow();
    const { definition, selection } = duplicateStates(input, ["/States/D"]);
    expect(definition.States.D).toEqual({ Type: "Wait", Seconds: 5, Next: "D (1)" });
    expect(definition.States["D (1)"]).toEqual({ Type: "Wait", Seconds: 5, Next: "C" });
    expect(Object.keys(definition.States)).toEqual(["A", "B", "C", "D", "D (1)", "F"]);
    expect(selection).toEqual(["/States/D (1)"]);
    expect(input.States.D).toEqual({ Type: "Wait", Seconds: 5, Next: "C" });
  });

  it("numbers further copies (2), (3) and does not stack suffixes", () => {
    const once = duplicateStates(flow(), ["/States/C"]).definition;
    expect(once.States.C).toEqual({ Type: "Pass", Next: "C (1)" });
    expect(once.States["C (1)"]).toEqual({ Type: "Pass", End: true });
    const twice = duplicateStates(once, ["/States/C (1)"]).definition;
    expect(twice.States["C (1)"]).toEqual({ Type: "Pass", Next: "C (2)" });
    expect(twice.States["C (2)"]).toEqual({ Type: "Pass", End: true });
  });

  it("keeps a Task's Catch and copies Choice, Succeed and Fail beside the original, unconnected", () => {
    const { definition, selection } = duplicateStates(flow(), ["/States/A", "/States/B", "/States/F"]);
    expect(definition.States.A).toMatchObject({ Next: "A (1)" });
    expect(definition.States["A (1)"]).toEqual({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "B", Catch: [{ ErrorEquals: ["States.ALL"], Next: "F" }] });
    expect(definition.States["B (1)"]).toEqual(definition.States.B);
    expect(definition.States["F (1)"]).toEqual({ Type: "Fail" });
    expect(Object.keys(definition.States)).toEqual(["A", "A (1)", "B", "B (1)", "C", "D", "F", "F (1)"]);
    expect(selection).toEqual(["/States/A (1)", "/States/B (1)", "/States/F (1)"]);
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("duplicates a container with its contents, nested names made unique", () => {
    const input = nested();
    const { definition } = duplicateStates(input, ["/States/P/Branches/0/States/M"]);
    const branch = (definition.States.P as { Branches: { States: Record<string, unknown> }[] }).Branches[0];
    expect(Object.keys(branch?.States ?? {})).toEqual(["M", "M (1)", "After map"]);
    expect(branch?.States["M (1)"]).toEqual({
      Type: "Map",
      ItemsPath: "$.items",
      ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "Inner (1)", States: { "Inner (1)": { Type: "Pass", End: true } } },
      Next: "After map",
    });
    expect(branch?.States.M).toMatchObject({ Next: "M (1)" });
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("handles hostile names", () => {
    const { definition } = duplicateStates(hostile(), ["/States/__proto__", "/States/a~1b~0c"]);
    expect(definition.States.__proto__).toEqual({ Type: "Pass", Next: "__proto__ (1)" });
    expect(definition.States["a/b~c (1)"]).toEqual({ Type: "Pass", Next: '"quoted"' });
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("keeps names within 80 characters", () => {
    const long = "n".repeat(80);
    const { definition } = duplicateStates(frozen({ StartAt: long, States: { [long]: { Type: "Pass", End: true } } }), [`/States/${long}`]);
    expect(Object.keys(definition.States)).toEqual([long, `${"n".repeat(76)} (1)`]);
  });

  it("skips unknown pointers and tolerates states without transitions", () => {
    const input = frozen({ StartAt: "A", States: { A: { Type: "Pass" } } });
    expect(duplicateStates(input, ["/States/Nope"]).definition).toBe(input);
    expect(duplicateStates(input, ["/States/A"]).definition.States).toEqual({ A: { Type: "Pass" }, "A (1)": { Type: "Pass" } });
  });
});
