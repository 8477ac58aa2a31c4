import { describe, expect, it } from "vitest";
import { closest, editDistance } from "./suggest";

describe("suggest", () => {
  it("measures edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("fial", "fail")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("abcdef", "badcfe")).toBe(3);
  });

  it("suggests nothing for one-letter names that share no letter (the audit's \"Y\" → \"X\")", () => {
    expect(closest("Y", ["X"])).toBeUndefined();
    expect(closest("A", ["AB", "B"])).toBeUndefined();
    expect(closest("y", ["Y"])).toBe("Y");
    expect(closest("AB", ["AC"])).toBe("AC");
  });

  it("needs similarity, not a fixed two edits: at most one edit per three letters", () => {
    expect(closest("Fial", ["Fail"])).toBe("Fail");
    expect(closest("Wiat", ["Wait", "Pass"])).toBe("Wait");
    expect(closest("abcd", ["abxy"])).toBeUndefined();
    expect(closest("TimeoutSecnods", ["TimeoutSeconds"])).toBe("TimeoutSeconds");
  });

  it("suggests close names, names that contain the typed one, and other-case names", () => {
    expect(closest("Ship", ["Ship order", "Charge card"])).toBe("Ship order");
    expect(closest("TimeoutSecond", ["TimeoutSeconds", "HeartbeatSeconds"])).toBe("TimeoutSeconds");
    expect(closest("done", ["Done", "Gone"])).toBe("Done");
    expect(closest("xyz", ["Charge card"])).toBeUndefined();
  });

  it("does not compare hostile long names", () => {
    expect(closest("a".repeat(100_000), ["a"])).toBeUndefined();
  });
});
