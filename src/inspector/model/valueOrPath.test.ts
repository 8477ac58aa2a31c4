import { describe, expect, it } from "vitest";
import { readValueOrPath, setValueOrPath, setValueSource } from "./valueOrPath";

const INITIAL = { value: 60, path: "$.timeout" };

/** Every constant/…Path pair the inspector edits, with a container that holds it. */
const PAIRS: [field: string, node: Record<string, never> | { Type: string }][] = [
  ["TimeoutSeconds", { Type: "Task" }],
  ["HeartbeatSeconds", { Type: "Task" }],
  ["MaxConcurrency", { Type: "Map" }],
  ["ToleratedFailurePercentage", { Type: "Map" }],
  ["ToleratedFailureCount", { Type: "Map" }],
  ["MaxItems", {}],
  ["MaxItemsPerBatch", {}],
  ["MaxInputBytesPerBatch", {}],
  ["Error", { Type: "Fail" }],
  ["Cause", { Type: "Fail" }],
];

describe("value-or-path fields", () => {
  it.each(PAIRS)("%s: set the constant, switch to the path twin, set it, clear it", (field, node) => {
    const withValue = setValueSource(node, field, "value", INITIAL);
    expect(withValue).toEqual({ ...node, [field]: 60 });
    expect(readValueOrPath(withValue, field)).toEqual({ source: "value", key: field, value: 60 });

    const changed = setValueOrPath(withValue, field, "value", 90);
    expect(changed[field]).toBe(90);

    const withPath = setValueSource(changed, field, "path", INITIAL);
    expect(withPath).toEqual({ ...node, [`${field}Path`]: "$.timeout" });
    expect(readValueOrPath(withPath, field)).toEqual({ source: "path", key: `${field}Path`, value: "$.timeout" });

    const newPath = setValueOrPath(withPath, field, "path", "$.other");
    expect(newPath[`${field}Path`]).toBe("$.other");

    const cleared = setValueSource(newPath, field, "none", INITIAL);
    expect(cleared).toEqual(node);
    expect(readValueOrPath(cleared, field)).toEqual({ source: "none" });
  });

  it("keeps the field's position when switching", () => {
    const state = { Type: "Task", TimeoutSeconds: 5, Next: "B" };
    expect(Object.keys(setValueSource(state, "TimeoutSeconds", "path", INITIAL))).toEqual(["Type", "TimeoutSecondsPath", "Next"]);
  });

  it("choosing the current source changes nothing; undefined clears", () => {
    const state = { TimeoutSeconds: 5 };
    expect(setValueSource(state, "TimeoutSeconds", "value", INITIAL)).toBe(state);
    expect(setValueOrPath(state, "TimeoutSeconds", "value", undefined)).toEqual({});
  });
});
