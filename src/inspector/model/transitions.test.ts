import { describe, expect, it } from "vitest";
import type { StateMachine } from "../../asl/types";
import { END_OPTION, hasNextField, nextStateOptions, readNext, setNext } from "./transitions";

const machine = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", End: true }, END: { Type: "Succeed" } } } as StateMachine;

describe("Next state", () => {
  it("exists on the flowing state types only", () => {
    expect(["Pass", "Task", "Wait", "Parallel", "Map"].every((t) => hasNextField(t as never))).toBe(true);
    expect(["Choice", "Succeed", "Fail"].some((t) => hasNextField(t as never))).toBe(false);
  });
  it("reads Next, End or nothing", () => {
    expect(readNext({ Next: "B" })).toBe("B");
    expect(readNext({ End: true })).toBe(END_OPTION);
    expect(readNext({})).toBeUndefined();
  });
  it("offers the scope's states, keeping a missing target visible", () => {
    expect(nextStateOptions(machine, "/States/A", "B")).toEqual(["A", "B", "END"]);
    expect(nextStateOptions(machine, "/States/A", "Gone")).toEqual(["A", "B", "END", "Gone"]);
  });
  it("sets Next, End, and a state literally named END", () => {
    expect(setNext("/States/A", END_OPTION)(machine).definition.States.A).toEqual({ Type: "Pass", End: true });
    expect(setNext("/States/B", "A")(machine).definition.States.B).toEqual({ Type: "Pass", Next: "A" });
    expect(setNext("/States/B", "END")(machine).definition.States.B).toEqual({ Type: "Pass", Next: "END" });
  });
});
