import { describe, expect, it } from "vitest";
import { parseDefinition } from "./parseDefinition";

const spanText = (text: string, span: { offset: number; length: number } | undefined) => (span ? text.slice(span.offset, span.offset + span.length) : undefined);

describe("the JSON source map", () => {
  const text = '{"a": [10, {"b": true}, []], "c": {}, "d": 1, "d": 2, "": "empty key", "x/y~z": 0}';
  const { sourceMap } = parseDefinition(text, "json");

  it("finds members, array items by position, and nested containers", () => {
    expect(spanText(text, sourceMap.get("")?.value)).toBe(text);
    expect(spanText(text, sourceMap.get("/a")?.value)).toBe('[10, {"b": true}, []]');
    expect(spanText(text, sourceMap.get("/a")?.key)).toBe('"a"');
    expect(spanText(text, sourceMap.get("/a/0")?.value)).toBe("10");
    expect(sourceMap.get("/a/0")?.key).toBeUndefined();
    expect(spanText(text, sourceMap.get("/a/1/b")?.value)).toBe("true");
    expect(spanText(text, sourceMap.get("/a/2")?.value)).toBe("[]");
    expect(spanText(text, sourceMap.get("/c")?.value)).toBe("{}");
    expect(spanText(text, sourceMap.get("/")?.value)).toBe('"empty key"');
    expect(spanText(text, sourceMap.get("/x~1y~0z")?.value)).toBe("0");
  });

  it("points a repeated key at its last value, as the parsed document holds it", () => {
    expect(spanText(text, sourceMap.get("/d")?.value)).toBe("2");
  });

  it("answers undefined for anything not in the text", () => {
    for (const pointer of ["/nope", "/a/3", "/a/01", "/a/-1", "/a/x", "/c/k", "/d/0", "/a/0/deeper"]) expect(sourceMap.has(pointer), pointer).toBe(false);
  });
});
