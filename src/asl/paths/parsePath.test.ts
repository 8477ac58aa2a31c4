import { describe, expect, it } from "vitest";
import { parsePath, PathSyntaxError, tryParsePath } from "./parsePath";

describe("parsePath", () => {
  it("parses the guide's reference paths (seed L5838–L5855)", () => {
    expect(parsePath("$.foo")).toMatchObject({ root: { kind: "input" }, segments: [{ kind: "member", name: "foo" }], definite: true });
    expect(parsePath("$.car.cdr").segments).toHaveLength(2);
    expect(parsePath("$.jar[?(@.a >= 5)]")).toMatchObject({ segments: [{ kind: "member", name: "jar" }, { kind: "filter", expression: "@.a >= 5" }], definite: false });
  });

  it("accepts bracket notation for names with punctuation, also after a dot (seed L5821–L5824)", () => {
    expect(parsePath("$.abc.['def ghi']").segments).toEqual([
      { kind: "member", name: "abc" },
      { kind: "member", name: "def ghi" },
    ]);
    expect(parsePath("$['x y'][0]").definite).toBe(true);
  });

  it("accepts hyphenated names in dot notation, as the guide's Map example does (seed L5068)", () => {
    expect(parsePath("$.delivery-partner").segments).toEqual([{ kind: "member", name: "delivery-partner" }]);
  });

  it("tells indefinite paths: slices, wildcards, descendants, unions (seed L5867, L8040)", () => {
    expect(parsePath("$.a[0:2]")).toMatchObject({ segments: [{ kind: "member" }, { kind: "slice", start: 0, end: 2 }], definite: false });
    expect(parsePath("$[*][*]").definite).toBe(false);
    expect(parsePath("$..comment").segments).toEqual([{ kind: "descendant" }, { kind: "member", name: "comment" }]);
    expect(parsePath("$..multiplied[*]").definite).toBe(false);
    expect(parsePath("$['a','b']").segments).toEqual([{ kind: "union", items: ["a", "b"] }]);
  });

  it("knows context paths and variable roots", () => {
    expect(parsePath("$$.Map.Item.Value").root).toEqual({ kind: "context" });
    expect(parsePath("$$").segments).toEqual([]);
    expect(parsePath("$total.amount").root).toEqual({ kind: "variable", name: "total" });
    expect(parsePath("$").segments).toEqual([]);
  });

  it("rejects malformed paths with an offset", () => {
    for (const [text, offset] of [
      ["foo", 0],
      ["$.", 2],
      ["$[", 2],
      ["$['a", 2],
      ["$.a b", 3],
      ["$.a.length()", 10],
      ["$[1:2:0]", 7],
    ] as const) {
      const result = tryParsePath(text);
      expect(result, text).toBeInstanceOf(PathSyntaxError);
      expect((result as PathSyntaxError).offset, text).toBe(offset);
    }
  });
});
