import { describe, expect, it } from "vitest";
import { intrinsicProblems } from "./intrinsicCheck";

const codes = (text: string, context: "template" | "fail" = "template") => intrinsicProblems(text, context).map((p) => p.code);

describe("intrinsicProblems (seed L2593–L3190)", () => {
  it("accepts each example call of the guide", () => {
    for (const ok of [
      "States.Array($.Id)",
      "States.ArrayPartition($.inputArray,4)",
      "States.ArrayContains($.inputArray, $.lookingFor)",
      "States.ArrayRange(1, 9, 2)",
      "States.ArrayGetItem($.inputArray, $.index)",
      "States.ArrayLength($.inputArray)",
      "States.ArrayUnique($.inputArray)",
      "States.Base64Encode($.input)",
      "States.Base64Decode($.base64)",
      "States.Hash($.Data, $.Algorithm)",
      "States.JsonMerge($.json1, $.json2, false)",
      "States.StringToJson($.escapedJsonString)",
      "States.JsonToString($.unescapedJson)",
      "States.MathRandom($.start, $.end)",
      "States.MathAdd($.value1, $.step)",
      "States.StringSplit($.inputString, $.splitter)",
      "States.UUID()",
      "States.Format('Hello, my name is {}.', $.name)",
      "States.Format($.template, $.name)",
      "States.Format('{}. {}, {} - {}', $.street, $.city, $.state, $.zip)",
    ]) {
      expect(codes(ok), ok).toEqual([]);
    }
  });

  it("reports syntax errors such as an unfinished escape (seed L3188–L3190)", () => {
    expect(codes("States.Format('a\\x')")).toEqual(["INVALID_INTRINSIC"]);
    expect(codes("States.Format('a\\\\{}', $.a)")).toEqual([]);
    expect(codes("States.Format('a'")).toEqual(["INVALID_INTRINSIC"]);
  });

  it("checks literal arguments the guide says a function rejects", () => {
    expect(codes("States.JsonMerge($.a, $.b, true)")).toEqual(["INTRINSIC_ARGUMENT"]);
    expect(codes("States.Hash($.a, 'SHA-2')")).toEqual(["INTRINSIC_ARGUMENT"]);
    expect(codes("States.ArrayPartition($.a, 0)")).toEqual(["INTRINSIC_ARGUMENT"]);
    expect(codes("States.ArrayRange(1, 5000, 1)")).toEqual(["INTRINSIC_ARGUMENT"]);
    expect(codes("States.ArrayRange(1, 9, 0)")).toEqual(["INTRINSIC_ARGUMENT"]);
    expect(codes("States.ArrayLength('abc')")).toEqual(["INTRINSIC_ARGUMENT"]);
  });

  it("checks the paths given as arguments", () => {
    expect(codes("States.ArrayLength($.a[)")).toEqual(["INVALID_INTRINSIC"]);
    expect(codes("States.ArrayLength($.a..)")).toEqual(["INVALID_PATH"]);
  });

  it("allows only the seven string functions in a Fail state (seed L4474–L4476)", () => {
    expect(codes("States.Format('{}', States.ArrayLength($.a))", "fail")).toEqual(["INTRINSIC_NOT_ALLOWED"]);
    expect(codes("States.Format('{}', States.ArrayLength($.a))")).toEqual([]);
  });
});
