import { describe, expect, it } from "vitest";
import { numberTextMatches, parseNumberText } from "./numberText";

describe("parseNumberText", () => {
  it("accepts numbers and whole numbers", () => {
    expect(parseNumberText("2.5")).toEqual({ ok: true, value: 2.5 });
    expect(parseNumberText(" 300 ", { integer: true })).toEqual({ ok: true, value: 300 });
  });
  it("explains what is wrong", () => {
    expect(parseNumberText("abc", { integer: true })).toEqual({ ok: false, message: "Enter a whole number." });
    expect(parseNumberText("1.5", { integer: true })).toEqual({ ok: false, message: "Enter a whole number, without decimals." });
    expect(parseNumberText("0", { integer: true, min: 1 })).toEqual({ ok: false, message: "Enter 1 or more." });
    expect(parseNumberText("0", { min: 0, minExclusive: true })).toEqual({ ok: false, message: "Enter a number greater than 0." });
    expect(parseNumberText("100000000", { max: 99999999 })).toEqual({ ok: false, message: "Enter 99,999,999 or less." });
  });
  it("matches text that already says the value", () => {
    expect(numberTextMatches("1.0", 1)).toBe(true);
    expect(numberTextMatches("1.", 1)).toBe(true);
    expect(numberTextMatches("2", 1)).toBe(false);
    expect(numberTextMatches("", undefined)).toBe(true);
  });
});
