import { describe, expect, it } from "vitest";
import { statePointerAtOffset, stateSpan } from "./locate";
import { parseDefinition } from "./parseDefinition";

const text = `{
  "StartAt": "P",
  "States": {
    "P": {
      "Type": "Parallel",
      "Branches": [{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }],
      "End": true
    }
  }
}`;

describe("statePointerAtOffset", () => {
  const parse = parseDefinition(text, "json");
  it("finds the innermost state around the cursor", () => {
    expect(statePointerAtOffset(parse.value, parse.sourceMap, text.indexOf('"Pass"'))).toBe("/States/P/Branches/0/States/A");
    expect(statePointerAtOffset(parse.value, parse.sourceMap, text.indexOf('"Parallel"'))).toBe("/States/P");
    expect(statePointerAtOffset(parse.value, parse.sourceMap, text.indexOf('"StartAt"'))).toBeUndefined();
  });

  it("spans a state from its key to its closing brace", () => {
    const span = stateSpan(parse.sourceMap, "/States/P/Branches/0/States/A");
    expect(span && text.slice(span.offset, span.offset + span.length)).toBe('"A": { "Type": "Pass", "End": true }');
  });
});
