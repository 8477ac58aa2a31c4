import { describe, expect, it } from "vitest";
import { flow, hostile, nested } from "./testFixtures";
import { removeStates } from "./removeStates";
import { frozen, structuralProblems } from "./testSupport";

describe("removeStates", () => {
  it("rewires a Next predecessor to the deleted state's successor and keeps the others' order", () => {
    const input = flow();
    const { definition, selection } = removeStates(input, ["/States/D"]);
    expect(Object.keys(definition.States)).toEqual(["A", "B", "C", "F"]);
    expect(definition.States.B).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", NumericGreaterThan: 1, Next: "C" }], Default: "C" });
    expect(definition.States.A).toBe(input.States.A);
    expect(selection).toEqual([]);
    expect(input.States.D).toBeDefined();
  });

  it("moves StartAt to the successor", () => {
    const { definition } = removeStates(flow(), ["/States/A"]);
    expect(definition.StartAt).toBe("B");
    expect(Object.keys(definition)).toEqual(["Comment", "StartAt", "States"]);
  });

  it("makes Next predecessors End when an End state is deleted; rules and Default keep the name", () => {
    const input = frozen({
      StartAt: "A",
      States: {
        A: { Type: "Pass", Next: "Z", Comment: "keeps its place" },
        B: { Type: "Choice", Choices: [{ Variable: "$.x", IsPresent: true, Next: "Z" }], Default: "Z" },
        Z: { Type: "Pass", End: true },
      },
    });
    const { definition } = removeStates(input, ["/States/Z"]);
    expect(Object.entries(definition.States.A as object)).toEqual([["Type", "Pass"], ["End", true], ["Comment", "keeps its place"]]);
    expect(definition.States.B).toEqual(input.States.B);
    expect(structuralProblems(definition)).toEqual(["/States/B/Choices/0/Next: Z", "/States/B/Default: Z"]);
  });

  it("treats a deleted Succeed or Fail like an End state; a Catch to it stays dangling", () => {
    const { definition } = removeStates(flow(), ["/States/F"]);
    expect(definition.States.A).toMatchObject({ Next: "B", Catch: [{ ErrorEquals: ["States.ALL"], Next: "F" }] });
  });

  it("rewires Catch, Choice rule and Default edges to the successor", () => {
    const input = frozen({
      StartAt: "A",
      States: {
        A: { Type: "Task", Resource: "r", Next: "B", Catch: [{ ErrorEquals: ["States.ALL"], Next: "H" }] },
        B: { Type: "Choice", Choices: [{ Variable: "$.x", IsNull: true, Next: "H" }], Default: "H" },
        H: { Type: "Pass", Next: "Z" },
        Z: { Type: "Succeed" },
      },
    });
    const { definition } = removeStates(input, ["/States/H"]);
    expect(definition.States.A).toMatchObject({ Catch: [{ ErrorEquals: ["States.ALL"], Next: "Z" }] });
    expect(definition.States.B).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", IsNull: true, Next: "Z" }], Default: "Z" });
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("continues at a deleted Choice's Default, else its first rule", () => {
    const withDefault = removeStates(flow(), ["/States/B"]).definition;
    expect(withDefault.States.A).toMatchObject({ Next: "D" });
    const input = frozen({
      StartAt: "A",
      States: {
        A: { Type: "Pass", Next: "B" },
        B: { Type: "Choice", Choices: [{ Variable: "$.x", IsNull: true, Next: "C" }, { Variable: "$.y", IsNull: true, Next: "D" }] },
        C: { Type: "Succeed" },
        D: { Type: "Succeed" },
      },
    });
    expect(removeStates(input, ["/States/B"]).definition.States.A).toEqual({ Type: "Pass", Next: "C" });
  });

  it("deletes several states in one call, chaining the rewiring", () => {
    const { definition } = removeStates(flow(), ["/States/A", "/States/B"]);
    expect(definition.StartAt).toBe("D");
    expect(Object.keys(definition.States)).toEqual(["C", "D", "F"]);
  });

  it("deletes a container with its contents and skips pointers that went with it", () => {
    const { definition } = removeStates(nested(), ["/States/P", "/States/P/Branches/0/States/M"]);
    expect(definition).toEqual({ StartAt: "Done", States: { Done: { Type: "Succeed" } } });
  });

  it("deletes inside a Map inside a Parallel, leaving an empty scope without StartAt", () => {
    const input = nested();
    const { definition } = removeStates(input, ["/States/P/Branches/0/States/M/ItemProcessor/States/Inner"]);
    const branch = (definition.States.P as { Branches: { States: Record<string, { ItemProcessor: unknown }> }[] }).Branches[0];
    expect(branch?.States.M?.ItemProcessor).toEqual({ ProcessorConfig: { Mode: "INLINE" }, States: {} });
    expect(definition.States.Done).toBe(input.States.Done);
  });

  it("rewires inside a branch only", () => {
    const { definition } = removeStates(nested(), ["/States/P/Branches/0/States/M"]);
    const branch = (definition.States.P as { Branches: unknown[] }).Branches[0];
    expect(branch).toEqual({ StartAt: "After map", States: { "After map": { Type: "Pass", End: true } } });
  });

  it("handles hostile names", () => {
    const { definition } = removeStates(hostile(), ["/States/a~1b~0c", "/States/__proto__"]);
    expect(definition.StartAt).toBe("constructor");
    expect(definition.States.constructor).toEqual({ Type: "Pass", Next: '"quoted"' });
    expect(Object.keys(definition.States)).toEqual(["constructor", '"quoted"', "<img src=x onerror=alert(1)>"]);
  });

  it("tolerates invalid documents: missing pointers, self-loops, states without transitions", () => {
    const input = flow();
    expect(removeStates(input, ["/States/Nope", ""]).definition).toBe(input);
    const odd = frozen({ StartAt: "L", States: { L: { Type: "Pass", Next: "L" }, N: { Type: "Pass", Next: "X" }, X: { Type: "Task" } } });
    const { definition } = removeStates(odd, ["/States/L", "/States/X"]);
    expect(definition).toEqual({ StartAt: "L", States: { N: { Type: "Pass", End: true } } });
    expect(removeStates(frozen({ States: 3 }), ["/States/A"]).definition).toEqual({ States: 3 });
  });
});
