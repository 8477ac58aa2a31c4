import { describe, expect, it } from "vitest";
import { found, machine, one, single } from "../testing/helpers";
import { validate } from "../validate";

describe("structure (JSON Schema, seed L2524–L2556, L3192–L5465)", () => {
  it("needs StartAt and States at the top level (seed L2524–L2556)", () => {
    expect(found({}, ["SCHEMA_REQUIRED"])).toEqual([
      ["SCHEMA_REQUIRED", ""],
      ["SCHEMA_REQUIRED", ""],
    ]);
    expect(one({ States: { A: { Type: "Succeed" } } }, "SCHEMA_REQUIRED").message).toBe("The state machine is missing StartAt: the name of the first state.");
  });

  it("needs at least one state (§12.1 item 1)", () => {
    expect(found({ StartAt: "A", States: {} }, ["SCHEMA_EMPTY"])).toEqual([["SCHEMA_EMPTY", "/States"]]);
  });

  it("types top-level fields: TimeoutSeconds is a positive integer, Version a string (seed L2535–L2542)", () => {
    const def = { StartAt: "A", States: { A: { Type: "Succeed" } }, TimeoutSeconds: "10", Version: 1 };
    expect(found(def, ["SCHEMA_TYPE"])).toEqual([
      ["SCHEMA_TYPE", "/TimeoutSeconds"],
      ["SCHEMA_TYPE", "/Version"],
    ]);
    expect(one({ StartAt: "A", States: { A: { Type: "Succeed" } }, TimeoutSeconds: "10" }, "SCHEMA_TYPE").message).toBe(
      'TimeoutSeconds must be a whole number, not the string "10". Write the number without quotes.',
    );
  });

  it("refuses a document that is not an object", () => {
    for (const bad of [null, [], "StartAt", 42, true, undefined]) {
      expect(found(bad)).toEqual([["SCHEMA_TYPE", ""]]);
    }
  });

  it("needs each state to be an object with a known Type (seed L3192), suggesting the closest", () => {
    expect(found(machine({ A: 5 }), ["SCHEMA_TYPE"])).toEqual([["SCHEMA_TYPE", "/States/A"]]);
    expect(found(machine({ A: { End: true } }), ["INVALID_STATE_TYPE"])).toEqual([["INVALID_STATE_TYPE", "/States/A"]]);
    const d = one(single({ Type: "task", Resource: "arn:aws:states:::lambda:invoke" }), "INVALID_STATE_TYPE");
    expect(d.path).toBe("/States/S/Type");
    expect(d.message).toBe('State "S": Type "task" is not a state type. Did you mean "Task"? The types are Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map (case-sensitive).');
  });

  it("needs Resource on a Task (seed L3447–L3449), Choices on a Choice and Branches on a Parallel", () => {
    const def = machine({ T: { Type: "Task", End: true }, C: { Type: "Choice" }, P: { Type: "Parallel", End: true } });
    expect(found(def, ["SCHEMA_REQUIRED"])).toEqual([
      ["SCHEMA_REQUIRED", "/States/T"],
      ["SCHEMA_REQUIRED", "/States/C"],
      ["SCHEMA_REQUIRED", "/States/P"],
    ]);
    expect(one(machine({ T: { Type: "Task", End: true } }), "SCHEMA_REQUIRED").message).toBe(
      'State "T" is missing Resource: the ARN of the work to run, e.g. arn:aws:states:::lambda:invoke.',
    );
  });

  it("needs non-empty Branches, each with StartAt and States (seed L4540–L4543)", () => {
    expect(found(single({ Type: "Parallel", Branches: [] }), ["SCHEMA_EMPTY"])).toEqual([["SCHEMA_EMPTY", "/States/S/Branches"]]);
    expect(found(single({ Type: "Parallel", Branches: [{ States: { B: { Type: "Succeed" } } }] }), ["SCHEMA_REQUIRED"])).toEqual([["SCHEMA_REQUIRED", "/States/S/Branches/0"]]);
  });

  it("types the fields of each state: strings, paths or null, objects", () => {
    const def = single({ Type: "Pass", Comment: 1, InputPath: 5, Parameters: "x", Next: undefined });
    expect(found(def, ["SCHEMA_TYPE"]).map(([, p]) => p)).toEqual(["/States/S/Comment", "/States/S/InputPath", "/States/S/Parameters"]);
  });

  it("applies the JSONata schema to JSONata states: an expression wherever the field takes one (\"Transforming data with JSONata\")", () => {
    expect(found({ QueryLanguage: "JSONata", StartAt: "W", States: { W: { Type: "Wait", Seconds: "{% $states.input.delay %}", End: true } } })).toEqual([]);
    const wrong = one({ QueryLanguage: "JSONata", StartAt: "W", States: { W: { Type: "Wait", Seconds: " {% $states.input.delay %}", End: true } } }, "SCHEMA_TYPE");
    expect(wrong.message).toContain('must be a whole number or a JSONata expression written "{% … %}"');
    expect(wrong.message).toContain("nothing around them");
    expect(found({ QueryLanguage: "JSONata", StartAt: "W", States: { W: { Type: "Wait", Seconds: -1, End: true } } }, ["SCHEMA_RANGE"])).toEqual([["SCHEMA_RANGE", "/States/W/Seconds"]]);
    expect(found({ QueryLanguage: "JSONata", StartAt: "M", States: { M: { Type: "Map", Items: 5, ItemProcessor: { StartAt: "P", States: { P: { Type: "Succeed" } } }, End: true } } }, ["SCHEMA_TYPE"])).toEqual([
      ["SCHEMA_TYPE", "/States/M/Items"],
    ]);
  });

  it("gives every finding its state and a message without Ajv's wording", () => {
    for (const d of validate(single({ Type: "Task", Resource: 5, Retry: [{ ErrorEquals: "E" }] }))) {
      expect(d.statePointer).toBe("/States/S");
      expect(d.message).not.toMatch(/must NOT|should be|#\//);
    }
  });
});
