/**
 * One test per intrinsic, from the guide's table (WE-30, seed L2687–L3160), plus arity/type
 * errors (States.IntrinsicFailure, seed L10731–L10732) and every States.Hash algorithm.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { JsonValue } from "../json";
import { run } from "../interpret/testSupport";
import { evaluateIntrinsic } from "./evaluateIntrinsic";
import { IntrinsicError } from "./IntrinsicError";
import { createSeededRandom } from "./random";

/** Runs `expression` as a Parameters `.$` value of a Pass state, like the guide's examples. */
async function viaState(expression: string, input: JsonValue): Promise<{ status: string; value?: JsonValue; error?: string }> {
  const result = await run({ StartAt: "P", States: { P: { Type: "Pass", Parameters: { "value.$": expression }, End: true } } }, input);
  return result.status === "SUCCEEDED" ? { status: result.status, value: (result.output as { value: JsonValue }).value } : { status: result.status, ...(result.error !== undefined ? { error: result.error } : {}) };
}

const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("WE-30 intrinsic table (seed L2687–L3160)", () => {
  it.each([
    ["a States.Array (L2687)", { Id: 123456 }, "States.Array($.Id)", [123456]],
    ["b States.ArrayPartition (L2703)", { inputArray: nine }, "States.ArrayPartition($.inputArray,4)", [[1, 2, 3, 4], [5, 6, 7, 8], [9]]],
    ["c States.ArrayContains (L2737)", { inputArray: nine, lookingFor: 5 }, "States.ArrayContains($.inputArray, $.lookingFor)", true],
    ["d States.ArrayRange (L2767)", {}, "States.ArrayRange(1, 9, 2)", [1, 3, 5, 7, 9]],
    ["e States.ArrayGetItem (L2793)", { inputArray: nine, index: 5 }, "States.ArrayGetItem($.inputArray, $.index)", 6],
    ["f States.ArrayLength (L2813)", { inputArray: nine }, "States.ArrayLength($.inputArray)", 9],
    ["g States.ArrayUnique (L2830)", { inputArray: [1, 2, 3, 3, 3, 3, 3, 3, 4] }, "States.ArrayUnique($.inputArray)", [1, 2, 3, 4]],
    ["h States.Base64Encode (L2851)", { input: "Data to encode" }, "States.Base64Encode($.input)", "RGF0YSB0byBlbmNvZGU="],
    ["i States.Base64Decode (L2869; erratum 1)", { base64: "RGF0YSB0byBlbmNvZGU=" }, "States.Base64Decode($.base64)", "Data to encode"],
    ["j States.Hash SHA-1 (L2890; erratum 2)", { Data: "input data", Algorithm: "SHA-1" }, "States.Hash($.Data, $.Algorithm)", "aaff4a450a104cd177d28d18d74485e8cae074b7"],
    ["k States.JsonMerge (L2928)", { json1: { a: { a1: 1, a2: 2 }, b: 2 }, json2: { a: { a3: 1, a4: 2 }, c: 3 } }, "States.JsonMerge($.json1, $.json2, false)", { a: { a3: 1, a4: 2 }, b: 2, c: 3 }],
    ["l States.StringToJson (L2960)", { escapedJsonString: '{"foo": "bar"}' }, "States.StringToJson($.escapedJsonString)", { foo: "bar" }],
    ["m States.JsonToString (L2980)", { unescapedJson: { foo: "bar" } }, "States.JsonToString($.unescapedJson)", '{"foo":"bar"}'],
    ["o States.MathAdd (L3041)", { value1: 111, step: -1 }, "States.MathAdd($.value1, $.step)", 110],
    ["p States.StringSplit (L3070)", { inputString: "1,2,3,4,5", splitter: "," }, "States.StringSplit($.inputString, $.splitter)", ["1", "2", "3", "4", "5"]],
    ["q States.StringSplit, several delimiters (L3090)", { inputString: "This.is+a,test=string", splitter: ".+,=" }, "States.StringSplit($.inputString, $.splitter)", ["This", "is", "a", "test", "string"]],
    ["s States.Format literal template (L3136)", { name: "Arnav" }, "States.Format('Hello, my name is {}.', $.name)", "Hello, my name is Arnav."],
    ["s States.Format template from a path (L3150)", { name: "Arnav", template: "Hello, my name is {}." }, "States.Format($.template, $.name)", "Hello, my name is Arnav."],
  ])("%s", async (_label, input, expression, expected) => {
    expect(await viaState(expression, input)).toEqual({ status: "SUCCEEDED", value: expected });
  });

  it("n States.MathRandom: an integer in [start, end); a seed gives the same number (L3005–L3040)", async () => {
    for (let seed = 0; seed < 20; seed++) {
      const result = await run({ StartAt: "P", States: { P: { Type: "Pass", Parameters: { "v.$": "States.MathRandom($.start, $.end)" }, End: true } } }, { start: 1, end: 999 }, { random: seed });
      const v = (result.output as { v: number }).v;
      expect(Number.isInteger(v) && v >= 1 && v < 999).toBe(true);
    }
    const env = { resolvePath: () => null, random: createSeededRandom(1) };
    expect(evaluateIntrinsic("States.MathRandom(1, 1000, 42)", env)).toBe(evaluateIntrinsic("States.MathRandom(1, 1000, 42)", { ...env, random: createSeededRandom(2) }));
  });

  it("r States.UUID: a v4 UUID, replayed by the run's seed (L3121–L3132)", async () => {
    const a = await viaState("States.UUID()", {});
    expect(a.value).toMatch(UUID);
    expect((await viaState("States.UUID()", {})).value).toBe(a.value);
  });

  it("t the guide's nine-call example: three {} but two values → States.IntrinsicFailure (erratum 13); corrected → '1.2'", async () => {
    const input = { ImageRecipe: { Arn: "arn:aws:imagebuilder:us-east-1:123:image-recipe/my-recipe/1.2.3" } };
    const inner = "States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), {})";
    const call = (template: string) => `States.Format('${template}', ${inner.replace("{}", "0")}, ${inner.replace("{}", "1")})`;
    expect(await viaState(call("{}.{}.{}"), input)).toEqual({ status: "FAILED", error: "States.IntrinsicFailure" });
    expect(await viaState(call("{}.{}"), input)).toEqual({ status: "SUCCEEDED", value: "1.2" });
  });
});

describe("States.Hash algorithms (seed L2890–L2922), synchronous and pure", () => {
  const env = { resolvePath: () => null, random: createSeededRandom(0) };
  const samples = ["", "input data", "The quick brown fox jumps over the lazy dog", "é中文🙂", "x".repeat(1000), "y".repeat(10_000)];
  it.each([
    ["MD5", "md5"],
    ["SHA-1", "sha1"],
    ["SHA-256", "sha256"],
    ["SHA-384", "sha384"],
    ["SHA-512", "sha512"],
  ])("%s matches the reference digest", (algorithm, nodeName) => {
    for (const text of samples) {
      const ours = evaluateIntrinsic(`States.Hash($.t, '${algorithm}')`, { ...env, resolvePath: () => text });
      expect(ours).toBe(createHash(nodeName).update(text, "utf8").digest("hex"));
    }
  });
  it("recorded AWS digests of 'input data' (corpus 0686 SHA-256, 0687 SHA-384)", () => {
    const hash = (alg: string) => evaluateIntrinsic(`States.Hash('input data', '${alg}')`, env);
    expect(hash("SHA-256")).toBe("b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3");
    expect(hash("SHA-384")).toBe("d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562");
  });
  it("rejects other algorithms and inputs over 10,000 characters", () => {
    expect(() => evaluateIntrinsic("States.Hash('a', 'SHA-3')", env)).toThrow(IntrinsicError);
    expect(() => evaluateIntrinsic("States.Hash($.t, 'MD5')", { ...env, resolvePath: () => "z".repeat(10_001) })).toThrow(IntrinsicError);
  });
});

describe("intrinsic parsing and errors → States.IntrinsicFailure", () => {
  const env = { resolvePath: (p: string): JsonValue => (p === "$.s" ? "text" : p === "$.n" ? 3 : p === "$.a" ? [1, 2] : null), random: createSeededRandom(0) };
  it.each([
    ["States.Format('{} and {}', 'one')", "placeholder count"],
    ["States.ArrayLength($.s)", "not an array"],
    ["States.ArrayGetItem($.a, 5)", "index out of bounds"],
    ["States.ArrayPartition($.a, 0)", "chunk size 0"],
    ["States.ArrayRange(1, 2000, 1)", "more than 1000 elements"],
    ["States.ArrayRange(1, 5, 0)", "step 0"],
    ["States.MathAdd(2147483648, 1)", "outside int32"],
    ["States.MathAdd(2147483647, 1)", "sum outside int32 (seed L3051)"],
    ["States.MathAdd(-2147483648, -1)", "sum outside int32 (seed L3051)"],
    ["States.MathAdd($.s, 1)", "not a number"],
    ["States.JsonMerge($.a, $.a, false)", "not objects"],
    ["States.JsonMerge(States.StringToJson('{}'), States.StringToJson('{}'), true)", "deep merge"],
    ["States.StringToJson('{bad')", "not JSON"],
    ["States.Base64Decode('%%%')", "not Base64"],
    ["States.UUID(1)", "arity"],
    ["States.Nope(1)", "unknown function"],
    ["States.Format('unfinished \\x')", "bad escape"],
    ["States.Array(", "syntax"],
    ["States.Array(1, 2,)", "trailing comma"],
    ["States.Format('unclosed)", "unclosed quote"],
  ])("%s (%s)", (expression) => {
    expect(() => evaluateIntrinsic(expression, env)).toThrow(IntrinsicError);
  });

  it("escapes in string literals: \\' \\{ \\} \\\\ (seed L3162–L3190)", () => {
    expect(evaluateIntrinsic("States.Format('It\\'s \\{literal\\} {} \\\\', $.n)", env)).toBe("It's {literal} 3 \\");
  });

  it("recorded AWS behaviour (corpus 0671, 0689, 0692, 0719, 0731, 0738): null in Format, blank StringToJson, -0, half-up rounding, empty split pieces", () => {
    const e = (x: string, v: JsonValue = null) => evaluateIntrinsic(x, { ...env, resolvePath: () => v });
    expect(e("States.Format('Formatting argument {}.', $.x)")).toBe("Formatting argument null.");
    expect(e("States.StringToJson($.x)", " ")).toBe(null);
    expect(Object.is(e("States.StringToJson($.x)", "-0"), 0)).toBe(true);
    expect(e("States.MathAdd(-1.49, -1.5)")).toBe(-2);
    expect(e("States.MathAdd(-0.5, 0.5)")).toBe(1);
    // The ends of the range stay in it (seed L3051).
    expect(e("States.MathAdd(2147483646, 1)")).toBe(2147483647);
    expect(e("States.MathAdd(-2147483647, -1)")).toBe(-2147483648);
    expect(e("States.StringSplit($.x, ',')", ", , ,")).toEqual([" ", " "]);
  });

  it("a failing intrinsic in a state fails the execution with States.IntrinsicFailure, catchable by States.ALL", async () => {
    const def = {
      StartAt: "P",
      States: {
        P: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { "x.$": "States.ArrayLength($.s)" }, Catch: [{ ErrorEquals: ["States.ALL"], Next: "C" }], End: true },
        C: { Type: "Pass", End: true },
      },
    };
    const result = await run(def, { s: "text" });
    expect((result.output as { Error: string }).Error).toBe("States.IntrinsicFailure");
  });
});
