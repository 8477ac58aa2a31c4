import { describe, expect, it } from "vitest";
import { flow, hostile, nested } from "./testFixtures";
import { setNextState } from "./setNextState";
import { frozen } from "./testSupport";
import { END } from "./types";

describe("setNextState", () => {
  it("switches End to Next at the same key position", () => {
    const input = frozen({ StartAt: "C", States: { C: { Type: "Pass", End: true, Comment: "c" }, D: { Type: "Pass", End: true } } });
    const { definition } = setNextState(input, "/States/C", "D");
    expect(Object.entries(definition.States.C as object)).toEqual([["Type", "Pass"], ["Next", "D"], ["Comment", "c"]]);
    expect(definition.States.D).toBe(input.States.D);
  });

  it("switches Next to End, and changes Next to another state", () => {
    const input = flow();
    expect(setNextState(input, "/States/D", END).definition.States.D).toEqual({ Type: "Wait", Seconds: 5, End: true });
    expect(setNextState(input, "/States/D", "A").definition.States.D).toEqual({ Type: "Wait", Seconds: 5, Next: "A" });
    expect(input.States.D).toEqual({ Type: "Wait", Seconds: 5, Next: "C" });
  });

  it("cleans a state that had both Next and End, or neither", () => {
    const input = frozen({ StartAt: "A", States: { A: { Type: "Pass", Next: "B", End: true }, B: { Type: "Pass" } } });
    expect(setNextState(input, "/States/A", "B").definition.States.A).toEqual({ Type: "Pass", Next: "B" });
    expect(setNextState(input, "/States/A", END).definition.States.A).toEqual({ Type: "Pass", End: true });
    expect(setNextState(input, "/States/B", "A").definition.States.B).toEqual({ Type: "Pass", Next: "A" });
  });

  it("works in nested scopes and with hostile names", () => {
    const inner = setNextState(nested(), "/States/P/Branches/0/States/M", END).definition;
    expect((inner.States.P as { Branches: { States: Record<string, unknown> }[] }).Branches[0]?.States.M).toMatchObject({ End: true });
    const odd = setNextState(hostile(), "/States/__proto__", "<img src=x onerror=alert(1)>").definition;
    expect(odd.States.__proto__).toEqual({ Type: "Pass", Next: "<img src=x onerror=alert(1)>" });
    expect(Object.getPrototypeOf(odd.States)).toBe(Object.prototype);
  });

  it("leaves Choice, Succeed, Fail and unknown states unchanged", () => {
    const input = flow();
    for (const pointer of ["/States/B", "/States/F", "/States/Nope"]) expect(setNextState(input, pointer, "C").definition).toBe(input);
    expect(setNextState(nested(), "/States/Done", END).definition).toEqual(nested());
  });
});
