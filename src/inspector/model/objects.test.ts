import { describe, expect, it } from "vitest";
import { arrayAt, moveItem, objectAt, removeItem, setKey, swapKey } from "./objects";

describe("setKey", () => {
  it("sets a new key last and keeps an existing key's position", () => {
    expect(Object.keys(setKey({ a: 1, b: 2 }, "c", 3))).toEqual(["a", "b", "c"]);
    expect(setKey({ a: 1, b: 2 }, "a", 9)).toEqual({ a: 9, b: 2 });
    expect(Object.keys(setKey({ a: 1, b: 2 }, "a", 9))).toEqual(["a", "b"]);
  });
  it("removes the key for undefined and never mutates", () => {
    const source = { a: 1, b: 2 };
    expect(setKey(source, "a", undefined)).toEqual({ b: 2 });
    expect(source).toEqual({ a: 1, b: 2 });
  });
});

describe("swapKey", () => {
  it("replaces whichever twin is present at its position", () => {
    const state = { Type: "Task", TimeoutSeconds: 5, Next: "B" };
    expect(Object.keys(swapKey(state, ["TimeoutSeconds", "TimeoutSecondsPath"], "TimeoutSecondsPath", "$.t"))).toEqual(["Type", "TimeoutSecondsPath", "Next"]);
  });
  it("appends when none is present, removes with undefined, drops the other twin", () => {
    expect(swapKey({ a: 1 }, ["x", "y"], "y", 2)).toEqual({ a: 1, y: 2 });
    expect(swapKey({ a: 1, x: 1, y: 2 }, ["x", "y"], "x", undefined)).toEqual({ a: 1 });
    expect(swapKey({ x: 1, y: 2 }, ["x", "y"], "y", 3)).toEqual({ y: 3 });
  });
});

describe("array helpers", () => {
  it("moves and removes items without touching the input", () => {
    const items = ["a", "b", "c"];
    expect(moveItem(items, 0, 2)).toEqual(["b", "c", "a"]);
    expect(moveItem(items, 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(items, 0, 5)).toEqual(items);
    expect(removeItem(items, 1)).toEqual(["a", "c"]);
    expect(items).toEqual(["a", "b", "c"]);
  });
  it("reads nested objects and arrays defensively", () => {
    expect(objectAt({ a: 1 }, "a")).toEqual({});
    expect(objectAt({ a: { b: 1 } }, "a")).toEqual({ b: 1 });
    expect(arrayAt({ a: "x" }, "a")).toEqual([]);
    expect(arrayAt({ a: [1] }, "a")).toEqual([1]);
  });
});
