import { describe, expect, it } from "vitest";
import type { JsonValue } from "../json";
import { exceedsPayloadLimit, jsonByteSize, MAX_PAYLOAD_BYTES, numberBytes } from "./payloadSize";

const bytes = (value: JsonValue) => Buffer.byteLength(JSON.stringify(value), "utf8");

describe("payload size (256 KB as UTF-8, seed L40845–L40852)", () => {
  it.each<JsonValue>([
    null,
    true,
    false,
    0,
    -1.5e-7,
    1e21,
    "",
    'quote " and \\ backslash',
    "control \u0001\u001f \n\t\r\b\f",
    "é中文🙂",
    "lone \ud800 surrogate \udc00",
    [],
    {},
    [1, "a", null, { b: [true] }],
    { a: { b: { c: [1, 2, { "ké y": "välue" }] } }, d: "" },
    JSON.parse('{"__proto__": {"x": 1}}') as JsonValue,
  ])("equals Buffer.byteLength(JSON.stringify(%j))", (value) => {
    expect(jsonByteSize(value)).toBe(bytes(value));
  });

  it("counts numbers as JSON writes them (integers digit by digit, the rest as String does)", () => {
    const numbers = [0, -0, 7, -7, 9, 10, 99, 100, -100, 123456789, 2 ** 31, 2 ** 53 - 1, -(2 ** 53), 1e15, 1e20, 99999999999999990000, 1e21, -1e21, 1.5, -0.001, 1e-7, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity];
    for (let digits = 1; digits <= 21; digits++) numbers.push(10 ** digits - 1, 10 ** digits, -(10 ** digits));
    for (const n of numbers) expect(numberBytes(n)).toBe(JSON.stringify(n).length);
  });

  it("memoised sizes of shared large nodes stay right when a small wrapper changes", () => {
    const big = { data: "x".repeat(5000), list: Array.from({ length: 100 }, (_, i) => ({ i })) };
    expect(jsonByteSize(big)).toBe(bytes(big));
    const wrapper = { big, extra: "é" };
    expect(jsonByteSize(wrapper)).toBe(bytes(wrapper));
  });

  it("the limit is 262,144 bytes", () => {
    expect(MAX_PAYLOAD_BYTES).toBe(262_144);
    const exact = "x".repeat(262_142); // plus two quotes
    expect(exceedsPayloadLimit(exact)).toBe(false);
    expect(exceedsPayloadLimit(exact + "x")).toBe(true);
    expect(exceedsPayloadLimit({ s: "é".repeat(131_070) })).toBe(true);
  });
});
