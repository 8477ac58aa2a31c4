import { describe, expect, it } from "vitest";
import { copyStates } from "./copyStates";
import { flow, hostile, nested } from "./testFixtures";
import { frozen } from "./testSupport";
import { CLIPBOARD_FORMAT } from "./types";

describe("copyStates", () => {
  it("copies one state as a JSON-serializable clipboard whose exit is the state itself", () => {
    const input = flow();
    const clipboard = copyStates(input, ["/States/D"]);
    expect(clipboard).toEqual({ format: CLIPBOARD_FORMAT, states: { D: { Type: "Wait", Seconds: 5, Next: "C" } }, startAt: "D", exits: ["D"] });
    expect(JSON.parse(JSON.stringify(clipboard))).toEqual(clipboard);
    expect(clipboard.states.D).not.toBe(input.States.D);
  });

  it("keeps references between copied states and starts at the one nothing copied enters", () => {
    const clipboard = copyStates(flow(), ["/States/D", "/States/B"]);
    expect(Object.keys(clipboard.states)).toEqual(["B", "D"]);
    expect(clipboard.startAt).toBe("B");
    expect(clipboard.states.B).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", NumericGreaterThan: 1, Next: "C" }], Default: "D" });
    expect(clipboard.exits).toEqual(["D"]);
  });

  it("chains unconnected copied states in document order", () => {
    const input = frozen({
      StartAt: "A",
      States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Next: "C" }, C: { Type: "Pass", End: true } },
    });
    const clipboard = copyStates(input, ["/States/C", "/States/A"]);
    expect(clipboard.startAt).toBe("A");
    expect(clipboard.states).toEqual({ A: { Type: "Pass", Next: "C" }, C: { Type: "Pass", End: true } });
    expect(clipboard.exits).toEqual(["C"]);
  });

  it("includes nested containers and drops states already inside a copied container", () => {
    const clipboard = copyStates(nested(), ["/States/P/Branches/0/States/M/ItemProcessor/States/Inner", "/States/P"]);
    expect(Object.keys(clipboard.states)).toEqual(["P"]);
    expect(clipboard.states.P).toEqual(nested().States.P);
    expect(clipboard.exits).toEqual(["P"]);
  });

  it("copies states from a nested scope", () => {
    const clipboard = copyStates(nested(), ["/States/P/Branches/0/States/After map"]);
    expect(clipboard).toMatchObject({ startAt: "After map", exits: ["After map"], states: { "After map": { Type: "Pass", End: true } } });
  });

  it("handles hostile names and keeps them as own data keys", () => {
    const clipboard = copyStates(hostile(), ["/States/__proto__", "/States/constructor"]);
    expect(Object.keys(clipboard.states)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(clipboard.states)).toBe(Object.prototype);
    expect(clipboard.startAt).toBe("__proto__");
    expect(clipboard.exits).toEqual(["constructor"]);
    expect(JSON.parse(JSON.stringify(clipboard))).toEqual(clipboard);
  });

  it("gives an empty clipboard for no or unknown pointers, and survives cycles", () => {
    expect(copyStates(flow(), ["/States/Nope"])).toEqual({ format: CLIPBOARD_FORMAT, states: {}, startAt: "", exits: [] });
    const loop = frozen({ StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Next: "A" } } });
    const clipboard = copyStates(loop, ["/States/A", "/States/B"]);
    expect(clipboard.startAt).toBe("A");
    expect(clipboard.exits).toEqual([]);
  });
});
