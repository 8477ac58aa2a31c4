import { describe, expect, it } from "vitest";
import { countCalls, IntrinsicSyntaxError, looksLikeIntrinsic, parseIntrinsic, splitFormatTemplate } from "./parseIntrinsic";

describe("parseIntrinsic", () => {
  it("parses States.Format with a literal template and paths (seed L3136–L3160)", () => {
    const call = parseIntrinsic("States.Format('Hello, my name is {}.', $.name)");
    expect(call.name).toBe("States.Format");
    expect(call.args).toEqual([
      { kind: "string", value: "Hello, my name is {}.", raw: "Hello, my name is {}.", offset: 14 },
      { kind: "path", path: "$.name", offset: 39 },
    ]);
  });

  it("parses numbers, booleans, null, context paths and nested calls (seed L2703–L2793, L7643)", () => {
    expect(parseIntrinsic("States.ArrayRange(1, 9, 2)").args.map((a) => a.kind === "number" && a.value)).toEqual([1, 9, 2]);
    expect(parseIntrinsic("States.JsonMerge($.json1, $.json2, false)").args[2]).toMatchObject({ kind: "boolean", value: false });
    expect(parseIntrinsic("States.Array(null, -1.5e2)").args).toMatchObject([{ kind: "null" }, { kind: "number", value: -150 }]);
    const nested = parseIntrinsic("States.StringToJson($$.Map.Item.Value.MyNumbers)");
    expect(nested.args[0]).toMatchObject({ kind: "path", path: "$$.Map.Item.Value.MyNumbers" });
    expect(parseIntrinsic("States.UUID()").args).toEqual([]);
  });

  it("counts nested calls as the guide does: its myArn example has nine (seed L2622–L2630)", () => {
    const call = parseIntrinsic(
      "States.Format('{}.{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))",
    );
    expect(countCalls(call)).toBe(9);
  });

  it("reads paths with brackets, filters and quotes as one argument", () => {
    const call = parseIntrinsic("States.Array($.a[?(@.b == 'x,y')], $['c d'])");
    expect(call.args).toMatchObject([{ kind: "path", path: "$.a[?(@.b == 'x,y')]" }, { kind: "path", path: "$['c d']" }]);
  });

  it("unescapes \\' \\{ \\} \\\\ in strings and keeps the raw text (seed L3162–L3190)", () => {
    const [arg] = parseIntrinsic("States.Format('It\\'s \\{not a placeholder\\} \\\\ {}', $.x)").args;
    expect(arg).toMatchObject({ kind: "string", value: "It's {not a placeholder} \\ {}" });
    expect(splitFormatTemplate(arg?.kind === "string" ? arg.raw : "")).toEqual({ parts: ["It's {not a placeholder} \\ ", ""], placeholders: 1 });
  });

  it("rejects unfinished escapes, unclosed strings and stray text", () => {
    for (const text of ["States.Format('a\\n')", "States.Format('abc)", "States.Format('a')x", "States.Format('a' 'b')", "Format('a')", "States.Array(", "States.Array(foo)"]) {
      expect(() => parseIntrinsic(text), text).toThrow(IntrinsicSyntaxError);
    }
  });

  it("tells intrinsic calls from paths", () => {
    expect(looksLikeIntrinsic("States.UUID()")).toBe(true);
    expect(looksLikeIntrinsic("$.States.x")).toBe(false);
  });
});
