import { describe, expect, it } from "vitest";
import { closest, editDistance } from "./suggest";

describe("suggest", () => {
  it("measures edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
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
