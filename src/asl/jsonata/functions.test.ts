/**
 * Step Functions' JSONata functions ("Transforming data with JSONata in Step Functions", section
 * "JSONata functions provided by Step Functions"), with expected values from the recordings
 * (test/corpus/aws-recorded, cited by number) or published test vectors.
 */
import { describe, expect, it } from "vitest";
import { createSeededRandom } from "../intrinsics/random";
import { compileJsonata, evaluateJsonata, JsonataEvaluationError, JsonataSyntaxError, jsonataSyntaxProblem, toJsonValue } from "./engine";
import { isJsonataExpression, jsonataQuoted } from "./expression";

const evaluate = (text: string, bindings: Record<string, unknown> = {}, seed = 0) =>
  toJsonValue(evaluateJsonata(compileJsonata(text), { ...bindings }, { random: createSeededRandom(seed), now: Date.UTC(2024, 0, 1) }));
const failure = (text: string): JsonataEvaluationError => {
  try {
    evaluate(text);
  } catch (error) {
    if (error instanceof JsonataEvaluationError) return error;
    throw error;
  }
  throw new Error(`${text} did not fail`);
};

describe("$partition (corpus 0641–0659)", () => {
  it.each([
    [[0], 2, [[0]]],
    [[0, 1], 1, [[0], [1]]],
    [[0, 1], 2, [[0, 1]]],
    [[0, 1], 4, [[0, 1]]],
    [[0, 1, 2], 2, [[0, 1], [2]]],
    [[0, 1, 2], 3, [[0, 1, 2]]],
    [[0, 1, 2, 3], 5, [[0, 1, 2, 3]]],
  ])("$partition(%j, %j) = %j", (array, size, expected) => {
    expect(evaluate("$partition($a, $n)", { a: array, n: size })).toEqual(expected);
  });
  it("refuses a chunk size below 1", () => {
    expect(failure("$partition([1], 0)").message).toContain("at least 1");
  });
});

describe("$range (corpus 0660–0663)", () => {
  it.each([
    [0, 9, 3, [0, 3, 6, 9]],
    [0, 10, 3, [0, 3, 6, 9]],
    [1, 9, 9, 1],
    [1, 9, 2, [1, 3, 5, 7, 9]],
  ])("$range(%j, %j, %j) = %j", (start, end, step, expected) => {
    expect(evaluate(`$range(${start}, ${end}, ${step})`)).toEqual(expected);
  });
  it("counts down with a negative step and is empty (nothing) the wrong way round", () => {
    expect(evaluate("$range(3, 1, -1)")).toEqual([3, 2, 1]);
    expect(evaluate("$range(3, 1, 1)")).toBeUndefined();
  });
  it("refuses a zero step and a huge result instead of allocating it", () => {
    expect(failure("$range(0, 5, 0)").message).toContain("must not be 0");
    expect(failure("$range(0, 1000000000, 1)").message).toContain("at most 100000");
  });
  it("checks its signature like jsonata: T0410", () => {
    expect(failure("$range('a', 2, 1)").code).toBe("T0410");
  });
});

describe("$parse (corpus 0710, 0711), $hash, $random, $uuid", () => {
  it("parses JSON text", () => {
    expect(evaluate("$parse('1')")).toBe(1);
    expect(evaluate("$parse('1.1')")).toBe(1.1);
    expect(evaluate(`$parse('{"a":[1,true,null]}')`)).toEqual({ a: [1, true, null] });
    expect(failure("$parse('{')").message).toContain("not valid JSON");
  });
  it("hashes with the FIPS 180-2 test vectors for \"abc\"", () => {
    expect(evaluate("$hash('abc', 'SHA-256')")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(evaluate("$hash('abc', 'SHA-1')")).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(evaluate("$hash('abc', 'MD5')")).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(failure("$hash('abc', 'SHA-3')").message).toContain("unsupported algorithm");
  });
  it("$random: in [0, 1), repeatable with a seed, from the run's source without one", () => {
    const a = evaluate("$random()", {}, 1) as number;
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(1);
    expect(evaluate("$random()", {}, 1)).toBe(a);
    expect(evaluate("$random(42)", {}, 1)).toBe(evaluate("$random(42)", {}, 2));
    expect(evaluate("$random(42)")).not.toBe(evaluate("$random(43)"));
  });
  it("$uuid: a version 4 UUID", () => {
    expect(evaluate("$uuid()")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it("$eval is not available; an unknown function is T1006 (corpus 0735)", () => {
    expect(failure("$eval('1')").detail).toBe("T1006: Attempted to invoke a non-function");
    expect(failure("$randomSeeded(1)").detail).toBe("T1006: Attempted to invoke a non-function");
  });
  it("$now() and $millis() read the caller's (virtual) time", () => {
    expect(evaluate("$now()")).toBe("2024-01-01T00:00:00.000Z");
    expect(evaluate("$millis()")).toBe(Date.UTC(2024, 0, 1));
  });
});

describe("the JSONata 2.0.6 language as Step Functions runs it (corpus 0573, 0576, 0589, 0912)", () => {
  it("regular expressions, $merge, quotes", () => {
    expect(evaluate('$contains("hello$world", /^hello\\$/)')).toBe(true);
    expect(evaluate("$contains('hello$world', /^hello\\ /)")).toBe(false);
    expect(evaluate("$merge([$states.input.part1, $states.input.part2])", { states: { input: { part1: { hello: "world" }, part2: { foo: "bar" } } } })).toEqual({ hello: "world", foo: "bar" });
    expect(evaluate(`$states.input = '"'`, { states: { input: '"' } })).toBe(true);
  });
  it("values are plain JSON: sequences become arrays, functions are refused", () => {
    expect(Array.isArray(evaluate("[1..3]"))).toBe(true);
    expect(Object.keys(evaluate("[1..3]") as object)).toEqual(["0", "1", "2"]);
    expect(() => evaluate("function($x) { $x }")).toThrow(/function/);
  });
});

describe("syntax", () => {
  it("`{% … %}` is the whole string, quoted without delimiters and blanks (corpus 0002, 0037)", () => {
    expect(isJsonataExpression("{% $x %}")).toBe(true);
    expect(isJsonataExpression(" {% $x %} ")).toBe(false);
    expect(isJsonataExpression("{%%}")).toBe(true);
    expect(jsonataQuoted("{% $doesNotExist %}")).toBe("$doesNotExist");
  });
  it("reports the offset of a syntax error", () => {
    const problem = jsonataSyntaxProblem("$states.input.a +");
    expect(problem).toBeInstanceOf(JsonataSyntaxError);
    expect(jsonataSyntaxProblem("(1")?.message).toContain('Expected ")"');
    expect(jsonataSyntaxProblem("$sum(1, ]")?.offset).toBe(8);
    expect(jsonataSyntaxProblem("  ")?.message).toContain("empty");
    expect(jsonataSyntaxProblem("$states.input")).toBeUndefined();
  });
});
