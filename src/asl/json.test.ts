import { describe, expect, it } from "vitest";
import { deepClone, deepEqual, getAtPointer, parsePointer, setOwn, toPointer, type JsonObject } from "./json";
import { toJson, toYaml } from "./serialize";
import { parseDefinition } from "./parse/parseDefinition";

describe("json helpers", () => {
  it("round-trips RFC 6901 pointers", () => {
    const segments = ["States", "a/b~c", "0"];
    expect(toPointer(segments)).toBe("/States/a~1b~0c/0");
    expect(parsePointer(toPointer(segments))).toEqual(segments);
    expect(getAtPointer({ States: { "a/b~c": ["x"] } }, "/States/a~1b~0c/0")).toBe("x");
    expect(getAtPointer({ a: 1 }, "/constructor")).toBeUndefined();
  });

  it("stores __proto__ as data without touching the prototype", () => {
    const target: JsonObject = {};
    setOwn(target, "__proto__", { polluted: true });
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(JSON.stringify(target)).toBe('{"__proto__":{"polluted":true}}');
    expect(deepClone(target)).toEqual(target);
    expect(Object.keys(deepClone(target))).toEqual(["__proto__"]);
  });

  it("compares deeply", () => {
    expect(deepEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
  });
});

describe("serialize", () => {
  const machine = { Comment: "x", StartAt: "A", States: { A: { Type: "Pass", Result: { "k y": "v: w" }, End: true } } };

  it("writes 2-space JSON keeping key order", () => {
    expect(toJson(machine).split("\n")[1]).toBe('  "Comment": "x",');
  });

  it("writes YAML that reads back to the same document", () => {
    const yaml = toYaml(machine);
    expect(parseDefinition(yaml, "yaml").value).toEqual(machine);
    const long = { Comment: "word ".repeat(60) };
    expect(parseDefinition(toYaml(long), "yaml").value).toEqual(long);
  });
});
