import { describe, expect, it } from "vitest";
import { flow, hostile, nested } from "./testFixtures";
import { moveState } from "./moveState";
import { edge, frozen, scope, structuralProblems } from "./testSupport";

const line = () =>
  frozen({
    StartAt: "A",
    States: {
      A: { Type: "Pass", Next: "B" },
      B: { Type: "Pass", Next: "C" },
      C: { Type: "Pass", Next: "D" },
      D: { Type: "Pass", End: true },
    },
  });

describe("moveState", () => {
  it("moves a state further down a chain: detach, then insert on the target edge", () => {
    const input = line();
    const { definition, selection } = moveState(input, "/States/B", edge("/States/C/Next"));
    expect(definition.States).toEqual({
      A: { Type: "Pass", Next: "C" },
      C: { Type: "Pass", Next: "B" },
      B: { Type: "Pass", Next: "D" },
      D: { Type: "Pass", End: true },
    });
    expect(Object.keys(definition.States)).toEqual(["A", "C", "B", "D"]);
    expect(selection).toEqual(["/States/B"]);
    expect(input.States.A).toEqual({ Type: "Pass", Next: "B" });
  });

  it("moves the start state to the End edge, and a state to the StartAt edge", () => {
    const toEnd = moveState(line(), "/States/A", edge("/States/D/End")).definition;
    expect(toEnd.StartAt).toBe("B");
    expect(toEnd.States.D).toEqual({ Type: "Pass", Next: "A" });
    expect(toEnd.States.A).toEqual({ Type: "Pass", End: true });

    const toStart = moveState(line(), "/States/D", edge("/StartAt")).definition;
    expect(toStart.StartAt).toBe("D");
    expect(toStart.States.D).toEqual({ Type: "Pass", Next: "A" });
    expect(toStart.States.C).toEqual({ Type: "Pass", End: true });
    expect(Object.keys(toStart.States)).toEqual(["D", "A", "B", "C"]);
  });

  it("moves onto Choice rule, Default and Catch edges", () => {
    const rule = moveState(flow(), "/States/D", edge("/States/B/Choices/0/Next")).definition;
    expect(rule.States.B).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", NumericGreaterThan: 1, Next: "D" }], Default: "C" });
    expect(rule.States.D).toEqual({ Type: "Wait", Seconds: 5, Next: "C" });

    const caught = moveState(flow(), "/States/D", edge("/States/A/Catch/0/Next")).definition;
    expect(caught.States.A).toMatchObject({ Catch: [{ ErrorEquals: ["States.ALL"], Next: "D" }] });
    expect(caught.States.D).toEqual({ Type: "Wait", Seconds: 5, Next: "F" });
    expect(caught.States.B).toMatchObject({ Default: "C" });
    expect(structuralProblems(caught)).toEqual([]);
  });

  it("is a no-op on the state's own incoming or outgoing edges and inside itself", () => {
    const input = line();
    const cases: [string, string][] = [["/States/B", "/States/A/Next"], ["/States/B", "/States/B/Next"], ["/States/A", "/StartAt"], ["/States/D", "/States/D/End"]];
    for (const [moved, target] of cases) expect(moveState(input, moved, edge(target)).definition).toBe(input);
    expect(moveState(input, "/States/A", scope("")).definition).toBe(input);
    const container = nested();
    expect(moveState(container, "/States/P", scope("/States/P/Branches/1")).definition).toBe(container);
    expect(moveState(container, "/States/P", edge("/States/P/Branches/0/States/M/Next")).definition).toBe(container);
  });

  it("moves a state into an empty Parallel branch (another scope) and out of a Map", () => {
    const input = nested();
    const { definition, selection } = moveState(input, "/States/P/Branches/0/States/After map", scope("/States/P/Branches/1"));
    const branches = (definition.States.P as { Branches: unknown[] }).Branches;
    expect(branches[1]).toEqual({ StartAt: "After map", States: { "After map": { Type: "Pass", End: true } } });
    expect(branches[0]).toMatchObject({ StartAt: "M", States: { M: { End: true } } });
    expect(selection).toEqual(["/States/P/Branches/1/States/After map"]);

    const out = moveState(input, "/States/P/Branches/0/States/M/ItemProcessor/States/Inner", edge("/States/P/Next")).definition;
    expect(out.States.Inner).toEqual({ Type: "Pass", Next: "Done" });
    expect(Object.keys(out.States)).toEqual(["P", "Inner", "Done"]);
    const map = (out.States.P as { Branches: { States: Record<string, { ItemProcessor: unknown }> }[] }).Branches[0]?.States.M;
    expect(map?.ItemProcessor).toEqual({ ProcessorConfig: { Mode: "INLINE" }, States: {} });
  });

  it("moves a container with its contents", () => {
    const input = frozen({
      StartAt: "M",
      States: {
        M: { Type: "Map", ItemProcessor: { StartAt: "X", States: { X: { Type: "Pass", End: true } } }, Next: "Z" },
        Z: { Type: "Pass", End: true },
      },
    });
    const { definition } = moveState(input, "/States/M", edge("/States/Z/End"));
    expect(definition.StartAt).toBe("Z");
    expect(definition.States.M).toEqual({ Type: "Map", ItemProcessor: { StartAt: "X", States: { X: { Type: "Pass", End: true } } }, End: true });
    expect((definition.States.M as { ItemProcessor: unknown }).ItemProcessor).toBe((input.States.M as { ItemProcessor: unknown }).ItemProcessor);
  });

  it("keeps Choice and Catch targets that exist in the new scope and rewires the others to the edge target", () => {
    const input = frozen({
      StartAt: "B",
      States: {
        B: { Type: "Choice", Choices: [{ Variable: "$.x", IsPresent: true, Next: "C" }], Default: "D" },
        C: { Type: "Task", Resource: "r", Catch: [{ ErrorEquals: ["States.ALL"], Next: "D" }], End: true },
        D: { Type: "Pass", End: true },
        P: { Type: "Parallel", Branches: [{ StartAt: "X", States: { X: { Type: "Pass", End: true } } }], End: true },
      },
    });
    const task = moveState(input, "/States/C", edge("/States/P/Branches/0/StartAt")).definition;
    const branch = (task.States.P as { Branches: unknown[] }).Branches[0];
    expect(branch).toEqual({ StartAt: "C", States: { C: { Type: "Task", Resource: "r", Catch: [{ ErrorEquals: ["States.ALL"], Next: "X" }], Next: "X" }, X: { Type: "Pass", End: true } } });
    expect(task.States.B).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", IsPresent: true, Next: "C" }], Default: "D" });

    const choice = moveState(input, "/States/B", edge("/States/P/Branches/0/States/X/End")).definition;
    expect(choice.StartAt).toBe("D");
    const moved = (choice.States.P as { Branches: { States: Record<string, unknown> }[] }).Branches[0]?.States.B;
    expect(moved).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", IsPresent: true, Next: "C" }], Default: "D" });

    const sameScope = moveState(input, "/States/D", edge("/States/C/End")).definition;
    expect(sameScope.States.C).toEqual({ Type: "Task", Resource: "r", Catch: [{ ErrorEquals: ["States.ALL"], Next: "D" }], Next: "D" });
  });

  it("handles hostile names", () => {
    const { definition } = moveState(hostile(), "/States/__proto__", edge("/States/<img src=x onerror=alert(1)>/End"));
    expect(definition.StartAt).toBe("constructor");
    expect(definition.States["<img src=x onerror=alert(1)>"]).toEqual({ Type: "Pass", Next: "__proto__" });
    expect(definition.States.__proto__).toEqual({ Type: "Pass", End: true });
    expect(Object.getPrototypeOf(definition.States)).toBe(Object.prototype);
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("leaves the document unchanged for unknown states or targets", () => {
    const input = line();
    expect(moveState(input, "/States/Nope", edge("/States/A/Next")).definition).toBe(input);
    expect(moveState(input, "/States/B", edge("/States/Nope/Next")).definition).toBe(input);
    expect(moveState(input, "/States/B", scope("/States/A/Branches/0")).definition).toBe(input);
  });
});
