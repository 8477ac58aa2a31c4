import { describe, expect, it } from "vitest";
import { tokenizeJson } from "./highlightJson";

describe("tokenizeJson", () => {
  it("tells keys from string values and keeps every character", () => {
    const text = JSON.stringify({ "a\"b": "x", n: -1.5e3, t: true, z: null, l: [1] }, null, 2);
    const tokens = tokenizeJson(text);
    expect(tokens.map((t) => t.text).join("")).toBe(text);
    expect(tokens.filter((t) => t.kind === "key").map((t) => t.text)).toEqual(['"a\\"b"', '"n"', '"t"', '"z"', '"l"']);
    expect(tokens.filter((t) => t.kind === "string").map((t) => t.text)).toEqual(['"x"']);
    expect(tokens.filter((t) => t.kind === "number").map((t) => t.text)).toEqual(["-1500", "1"]);
    expect(tokens.filter((t) => t.kind === "literal").map((t) => t.text)).toEqual(["true", "null"]);
  });
});
