import { describe, expect, it } from "vitest";
import type { JsonValue } from "../json";
import { compilePath, evaluatePath, PathEvaluationError } from "./evaluatePath";

// WE-05 (seed L5838–L5855).
const input: JsonValue = { foo: 123, bar: ["a", "b", "c"], car: { cdr: true }, jar: [{ a: 1 }, { a: 5 }, { a: 2 }, { a: 7 }, { a: 3 }], "x y": { z: 1 } };

describe("evaluatePath", () => {
  it.each<[string, JsonValue | undefined]>([
    ["$", input],
    ["$.foo", 123],
    ["$.bar", ["a", "b", "c"]],
    ["$.car.cdr", true],
    ["$.bar[1]", "b"],
    ["$['x y'].z", 1],
    ["$.abc.['def ghi']", undefined],
    ["$.bar[9]", undefined],
    ["$.bar.length", undefined],
    ["$.foo.bar", undefined],
    ["$.jar[?(@.a >= 5)]", [{ a: 5 }, { a: 7 }]],
    ["$.bar[0:2]", ["a", "b"]],
    ["$.jar[*].a", [1, 5, 2, 7, 3]],
    ["$..cdr", [true]],
    ["$.nothing[*]", []],
  ])("%s", (path, expected) => {
    expect(evaluatePath(path, input)).toEqual(expected);
  });

  it("definite paths use the native walker; indefinite ones always give arrays (seed L8022–L8055)", () => {
    expect(compilePath("$.a.b[0]").definite).toBe(true);
    expect(compilePath("$..a").definite).toBe(false);
    expect(evaluatePath("$..comment", { items: [{ comment: "nice shoe" }, {}] })).toEqual(["nice shoe"]);
  });

  it("reads $$ from the context source and never evaluates script code", () => {
    expect(evaluatePath("$$.Execution.Name", {}, { context: () => ({ Execution: { Name: "n" } }) })).toBe("n");
    const g = globalThis as { pwned?: boolean };
    expect(() => evaluatePath("$[?(@.constructor.constructor('globalThis.pwned = true')())]", [{ a: 1 }])).toThrow(PathEvaluationError);
    expect(g.pwned).toBeUndefined();
  });

  it("own properties only: prototype members are not data", () => {
    expect(evaluatePath("$.constructor", {})).toBeUndefined();
    expect(evaluatePath("$.toString", {})).toBeUndefined();
  });

  it("syntax errors are PathEvaluationError; normalised text matches AWS's messages", () => {
    expect(() => compilePath("foo")).toThrow(PathEvaluationError);
    expect(compilePath("$.NoSuchOutputPath").normalized).toBe("$['NoSuchOutputPath']");
  });
});
