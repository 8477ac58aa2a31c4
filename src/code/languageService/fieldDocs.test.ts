import { describe, expect, it } from "vitest";
import { QUERY_EVALUATION_ERROR, STATES_ERRORS } from "../../asl/interpret/errors/statesErrors";
import { INTRINSICS } from "../../asl/intrinsics/catalog";
import { CHOICE_OPERATORS, STATE_TYPES } from "../../asl/types";
import { NESTED, STATE_FIELDS, type NestedName } from "../../asl/validate/fields";
import { errorNameDoc, STATES_ERROR_DOCS } from "./errorNames";
import { fieldDoc, renderFieldDoc, STATE_TYPE_DOCS } from "../../asl/docs/fieldDocs";
import { intrinsicDoc, intrinsicSnippet } from "./intrinsicDocs";
import { expandSnippet } from "./testing";

describe("documentation data", () => {
  it("documents every field of the validator's table, for every state type that takes it", () => {
    for (const [field, spec] of Object.entries(STATE_FIELDS)) {
      for (const type of spec.states) expect(fieldDoc(field, type), `${type}.${field}`).toBeDefined();
    }
    for (const [name, spec] of Object.entries(NESTED)) {
      for (const field of Object.keys(spec.fields)) expect(fieldDoc(field, name as NestedName), `${name}.${field}`).toBeDefined();
    }
  });

  it("documents every Choice rule field and operator", () => {
    for (const field of ["Variable", "Next", "And", "Or", "Not", "Comment", "Condition", ...CHOICE_OPERATORS]) {
      expect(fieldDoc(field, "ChoiceRule"), field).toBeDefined();
    }
  });

  it("keeps each text short and cited", () => {
    const docs = [...Object.keys(STATE_FIELDS).map((f) => fieldDoc(f)), ...CHOICE_OPERATORS.map((op) => fieldDoc(op, "ChoiceRule"))];
    for (const doc of docs) {
      expect(doc?.text.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(3);
      expect(doc?.cite).toMatch(/seed L\d+|not in the guide/);
    }
    expect(renderFieldDoc("ResultPath", fieldDoc("ResultPath", "Task")!, "Task state")).toMatch(/^\*\*ResultPath\*\* · Task state\n\n/);
  });

  it("documents every state type and every predefined error name", () => {
    for (const type of STATE_TYPES) expect(STATE_TYPE_DOCS[type].text.length).toBeGreaterThan(20);
    for (const name of [...Object.values(STATES_ERRORS), QUERY_EVALUATION_ERROR]) expect(errorNameDoc(name), name).toBeDefined();
    expect(errorNameDoc("States.QueryEvaluationError")?.text).toMatch(/JSONata/);
    expect(STATES_ERROR_DOCS.filter((d) => d.uncatchable).map((d) => d.name)).toEqual(["States.DataLimitExceeded", "States.Runtime"]);
    expect(errorNameDoc("MyError")).toBeUndefined();
  });

  it("gives every intrinsic a snippet with an allowed number of arguments and a cited doc", () => {
    for (const info of INTRINSICS) {
      const call = expandSnippet(intrinsicSnippet(info));
      const inner = call.slice(info.name.length + 1, -1);
      const count = inner === "" ? 0 : inner.split(/,(?![^(]*\))(?=(?:[^']*'[^']*')*[^']*$)/).length;
      expect(count, call).toBeGreaterThanOrEqual(info.minArgs);
      expect(count, call).toBeLessThanOrEqual(info.maxArgs);
      expect(intrinsicDoc(info)).toContain(`seed L${info.seedLine}`);
    }
  });
});
