import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../asl/json";
import { defaultTimestamp, readWaitForm, setWaitForm, setWaitValue, WAIT_FIELDS } from "./waitForm";

const NOW = new Date("2024-03-14T01:59:00.250Z");

describe("Wait forms", () => {
  it("reads the form in use", () => {
    expect(readWaitForm({ Type: "Wait", Seconds: 3 })).toEqual({ field: "Seconds", value: 3 });
    expect(readWaitForm({ Type: "Wait", TimestampPath: "$.t" })).toEqual({ field: "TimestampPath", value: "$.t" });
    expect(readWaitForm({ Type: "Wait" })).toEqual({ field: undefined, value: undefined });
  });

  it.each(WAIT_FIELDS)("switches to %s in place, with a default, and sets and clears its value", (field) => {
    const start: JsonObject = field === "Seconds" ? { Type: "Wait", Timestamp: "2024-01-01T00:00:00Z", Next: "B" } : { Type: "Wait", Seconds: 5, Next: "B" };
    const switched = setWaitForm(start, field, NOW);
    expect(Object.keys(switched)).toEqual(["Type", field, "Next"]);
    const value = field === "Seconds" ? 42 : field === "Timestamp" ? "2025-01-01T00:00:00Z" : "$.when";
    const set = setWaitValue(switched, field, value);
    expect(set[field]).toBe(value);
    expect(setWaitValue(set, field, undefined)).toEqual({ Type: "Wait", Next: "B" });
  });

  it("uses sensible defaults: 5 s, one hour from now in whole seconds, example paths", () => {
    expect(setWaitForm({ Type: "Wait", TimestampPath: "$.x" }, "Seconds", NOW)).toEqual({ Type: "Wait", Seconds: 5 });
    expect(defaultTimestamp(NOW)).toBe("2024-03-14T02:59:00Z");
    expect(setWaitForm({ Type: "Wait" }, "SecondsPath", NOW)).toEqual({ Type: "Wait", SecondsPath: "$.waitSeconds" });
    expect(setWaitForm({ Type: "Wait" }, "TimestampPath", NOW)).toEqual({ Type: "Wait", TimestampPath: "$.expirydate" });
  });

  it("choosing the current form keeps the value", () => {
    const state = { Type: "Wait", Seconds: 30 };
    expect(setWaitForm(state, "Seconds", NOW)).toBe(state);
  });
});
