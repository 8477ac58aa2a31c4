import { describe, expect, it } from "vitest";
import { formatJson, jsonTextMatches, parseJsonText } from "./jsonText";

describe("parseJsonText", () => {
  it("parses JSON values and objects", () => {
    expect(parseJsonText('{"a": 1}', "object")).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText("[1, 2]")).toEqual({ ok: true, value: [1, 2] });
    expect(parseJsonText('"x"')).toEqual({ ok: true, value: "x" });
  });
  it("locates a syntax error by line and column", () => {
    const result = parseJsonText('{\n  "a": 1\n  "b": 2\n}', "object");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Line 3, column 3: Expected ','/);
  });
  it("refuses a non-object where an object is needed, and empty text", () => {
    const result = parseJsonText("[1]", "object");
    expect(result).toEqual({ ok: false, message: "This field needs a JSON object ({ … }), not an array." });
    expect(parseJsonText("  ", "object").ok).toBe(false);
  });
  it("warns about a duplicate key but accepts the value", () => {
    const result = parseJsonText('{"a": 1, "a": 2}', "object");
    expect(result.ok && result.value).toEqual({ a: 2 });
    expect(result.ok && result.warning).toMatch(/Duplicate key "a"/);
  });
});

describe("formatJson / jsonTextMatches", () => {
  it("formats with two spaces and recognises equal text written differently", () => {
    expect(formatJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(formatJson(undefined)).toBe("");
    expect(jsonTextMatches('{"a":[1]}', { a: [1] })).toBe(true);
    expect(jsonTextMatches('{"a":[2]}', { a: [1] })).toBe(false);
    expect(jsonTextMatches("{", { a: 1 })).toBe(false);
    expect(jsonTextMatches("", undefined)).toBe(true);
  });
});
