import { describe, expect, it } from "vitest";
import { flow, hostile, nested } from "./testFixtures";
import { setStateField } from "./setStateField";

describe("setStateField", () => {
  it("sets and removes fields of a state, keeping key order", () => {
    const input = flow();
    const set = setStateField(input, "/States/D", "Comment", "pause").definition;
    expect(Object.keys(set.States.D as object)).toEqual(["Type", "Seconds", "Next", "Comment"]);
    const replaced = setStateField(input, "/States/D", "Seconds", 1).definition;
    expect(Object.entries(replaced.States.D as object)).toEqual([["Type", "Wait"], ["Seconds", 1], ["Next", "C"]]);
    const removed = setStateField(input, "/States/A", "Catch", undefined).definition;
    expect(removed.States.A).toEqual({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "B" });
    expect(input.States.A).toHaveProperty("Catch");
  });

  it("works in nested scopes and with hostile names", () => {
    const inner = setStateField(nested(), "/States/P/Branches/0/States/M", "MaxConcurrency", 2).definition;
    expect((inner.States.P as { Branches: { States: Record<string, unknown> }[] }).Branches[0]?.States.M).toMatchObject({ MaxConcurrency: 2 });
    const odd = setStateField(hostile(), "/States/constructor", "Comment", '"quoted"').definition;
    expect(odd.States.constructor).toEqual({ Type: "Pass", Next: "a/b~c", Comment: '"quoted"' });
  });

  it("does nothing when there is no state object at the pointer", () => {
    const input = flow();
    expect(setStateField(input, "/States/Nope", "Comment", "x").definition).toBe(input);
    expect(setStateField(input, "/States/A/Resource", "Comment", "x").definition).toBe(input);
  });
});
