import { describe, expect, it } from "vitest";
import { flow, hostile } from "./testFixtures";
import { frozen } from "./testSupport";
import { updateAtPointer } from "./updateAtPointer";

describe("updateAtPointer", () => {
  it("sets a value in place, keeping key order and sharing untouched subtrees", () => {
    const input = flow();
    const { definition } = updateAtPointer(input, "/States/D/Seconds", 10);
    expect(Object.entries(definition.States.D as object)).toEqual([["Type", "Wait"], ["Seconds", 10], ["Next", "C"]]);
    expect(definition.States.A).toBe(input.States.A);
    expect(input.States.D).toMatchObject({ Seconds: 5 });
  });

  it("removes a key, keeping the others' order", () => {
    const { definition } = updateAtPointer(flow(), "/States/B/Default", undefined);
    expect(Object.keys(definition.States.B as object)).toEqual(["Type", "Choices"]);
    const top = updateAtPointer(flow(), "/Comment", undefined).definition;
    expect(Object.keys(top)).toEqual(["StartAt", "States"]);
  });

  it("creates missing parents as objects and appends with -", () => {
    const { definition } = updateAtPointer(flow(), "/States/A/Parameters/Payload.$", "$");
    expect(definition.States.A).toMatchObject({ Parameters: { "Payload.$": "$" } });
    const appended = updateAtPointer(flow(), "/States/A/Catch/-", { ErrorEquals: ["X"], Next: "C" }).definition;
    expect((appended.States.A as { Catch: unknown[] }).Catch).toHaveLength(2);
  });

  it("splices array elements out", () => {
    const input = frozen({ StartAt: "A", States: { A: { Type: "Task", Resource: "r", End: true, Retry: [{ ErrorEquals: ["a"] }, { ErrorEquals: ["b"] }] } } });
    const { definition } = updateAtPointer(input, "/States/A/Retry/0", undefined);
    expect((definition.States.A as { Retry: unknown[] }).Retry).toEqual([{ ErrorEquals: ["b"] }]);
  });

  it("removing something that is not there returns the same document", () => {
    const input = flow();
    expect(updateAtPointer(input, "/States/A/Nope", undefined).definition).toBe(input);
    expect(updateAtPointer(input, "/States/Nope/Next", undefined).definition).toBe(input);
    expect(updateAtPointer(input, "/States/A/Catch/5", undefined).definition).toBe(input);
  });

  it("handles hostile keys as data", () => {
    const { definition } = updateAtPointer(hostile(), "/States/__proto__/Comment", "<img src=x onerror=alert(1)>");
    expect(definition.States.__proto__).toEqual({ Type: "Pass", Next: "constructor", Comment: "<img src=x onerror=alert(1)>" });
    const proto = updateAtPointer(flow(), "/States/A/__proto__", { polluted: true }).definition;
    expect(Object.getPrototypeOf(proto.States.A)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(proto.States.A as object)).toContain("__proto__");
    const escaped = updateAtPointer(hostile(), "/States/a~1b~0c/Comment", "x").definition;
    expect(escaped.States["a/b~c"]).toMatchObject({ Comment: "x" });
  });

  it("replaces the whole document only with an object", () => {
    const input = flow();
    expect(updateAtPointer(input, "", { StartAt: "X", States: {} }).definition).toEqual({ StartAt: "X", States: {} });
    expect(updateAtPointer(input, "", 3).definition).toBe(input);
  });
});
