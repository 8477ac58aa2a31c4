import { describe, expect, it } from "vitest";
import { flow, hostile, nested } from "./testFixtures";
import { frozen } from "./testSupport";
import { uniqueNameAmong, uniqueStateName } from "./uniqueStateName";

describe("uniqueStateName", () => {
  it("keeps a free name and numbers a taken one like Workflow Studio's 'Pass (1)' (seed L12467)", () => {
    expect(uniqueStateName(flow(), "Pass")).toBe("Pass");
    expect(uniqueStateName(flow(), "A")).toBe("A (1)");
    expect(uniqueNameAmong(new Set(["Pass", "Pass (1)"]), "Pass")).toBe("Pass (2)");
  });

  it("counts nested states as taken", () => {
    expect(uniqueStateName(nested(), "Inner")).toBe("Inner (1)");
    expect(uniqueStateName(nested(), "After map")).toBe("After map (1)");
  });

  it("replaces a trailing number instead of stacking it", () => {
    expect(uniqueNameAmong(new Set(["Pass", "Pass (1)"]), "Pass (1)")).toBe("Pass (2)");
    expect(uniqueNameAmong(new Set(["Step (7)"]), "Step (7)")).toBe("Step (1)");
  });

  it("stays within 80 characters", () => {
    const long = "x".repeat(80);
    const name = uniqueNameAmong(new Set([long]), long);
    expect(name).toBe(`${"x".repeat(76)} (1)`);
    expect([...uniqueNameAmong(new Set(["😀".repeat(80)]), "😀".repeat(80))].length).toBe(80);
  });

  it("handles hostile names and documents without states", () => {
    expect(uniqueStateName(hostile(), "__proto__")).toBe("__proto__ (1)");
    expect(uniqueStateName(hostile(), "constructor")).toBe("constructor (1)");
    expect(uniqueStateName(hostile(), "toString")).toBe("toString");
    expect(uniqueStateName(frozen({}), "A")).toBe("A");
  });
});
