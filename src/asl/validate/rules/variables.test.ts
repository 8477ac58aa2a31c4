/** Workflow variables ("Passing data between states with variables"). */
import { describe, expect, it } from "vitest";
import { found, machine, one } from "../testing/helpers";

describe("variables", () => {
  it("accepts Assign in both languages, on Choice rules and catchers, and reads of assigned variables (corpus 0005–0032, 0011, 0969)", () => {
    const def = machine({
      A: { Type: "Pass", Assign: { "total.$": "$.amount", currency: "EUR", "label.$": "States.Format('{}', $.amount)" }, Next: "C" },
      C: { Type: "Choice", Choices: [{ Variable: "$total", NumericGreaterThan: 10, Assign: { big: true }, Next: "T" }], Default: "T", Assign: { big: false } },
      T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { "t.$": "$total", "b.$": "$big" }, Catch: [{ ErrorEquals: ["States.ALL"], Assign: { "why.$": "$.Cause" }, Next: "J" }], Next: "J" },
      J: { Type: "Pass", QueryLanguage: "JSONata", Output: { c: "{% $currency %}", w: "{% $why %}" }, End: true },
    });
    expect(found(def)).toEqual([]);
  });

  it("names are identifiers of at most 80 characters, not states (\"Variable name syntax\")", () => {
    expect(found(machine({ A: { Type: "Pass", Assign: { ok_1: 1, "año": 2, "1st": 3, "a b": 4, [`v${"x".repeat(80)}`]: 5, states: 6 }, End: true } }), ["INVALID_VARIABLE_NAME"])).toEqual([
      ["INVALID_VARIABLE_NAME", "/States/A/Assign/1st"],
      ["INVALID_VARIABLE_NAME", "/States/A/Assign/a b"],
      ["INVALID_VARIABLE_NAME", `/States/A/Assign/v${"x".repeat(80)}`],
      ["INVALID_VARIABLE_NAME", "/States/A/Assign/states"],
    ]);
    expect(one(machine({ A: { Type: "Pass", QueryLanguage: "JSONata", Assign: { "x.$": "$.a" }, End: true } }), "INVALID_VARIABLE_NAME").message).toContain("drop .$");
  });

  it("checks JSONPath Assign values as templates: paths and intrinsics", () => {
    expect(found(machine({ A: { Type: "Pass", Assign: { "a.$": "$.x[", "b.$": "States.Nope(1)" }, End: true } }), ["INVALID_PATH", "UNKNOWN_INTRINSIC"])).toEqual([
      ["INVALID_PATH", "/States/A/Assign/a.$"],
      ["UNKNOWN_INTRINSIC", "/States/A/Assign/b.$"],
    ]);
  });

  it("warns about a variable no state assigns, in JSONPath paths, intrinsics and JSONata (corpus 0037, 0975 ran and failed)", () => {
    const def = machine({
      A: { Type: "Pass", Parameters: { "a.$": "$nope", "b.$": "States.Format('{}', $also)" }, Next: "B" },
      B: { Type: "Pass", QueryLanguage: "JSONata", Output: "{% $missing %}", End: true },
    });
    expect(found(def, ["VARIABLE_NOT_ASSIGNED"])).toEqual([
      ["VARIABLE_NOT_ASSIGNED", "/States/A/Parameters/a.$"],
      ["VARIABLE_NOT_ASSIGNED", "/States/A/Parameters/b.$"],
      ["VARIABLE_NOT_ASSIGNED", "/States/B/Output"],
    ]);
    expect(found(machine({ A: { Type: "Pass", QueryLanguage: "JSONata", Output: "{% ($x := 1; $x) %}", End: true } }), ["VARIABLE_NOT_ASSIGNED"])).toEqual([]);
  });

  it("inner scopes read outer variables; a distributed Map's children cannot", () => {
    const inline = machine({ A: { Type: "Pass", Assign: { k: 1 }, Next: "M" }, M: { Type: "Map", ItemProcessor: { StartAt: "I", States: { I: { Type: "Pass", Parameters: { "k.$": "$k" }, End: true } } }, End: true } });
    expect(found(inline)).toEqual([]);
    const distributed = machine({
      A: { Type: "Pass", Assign: { k: 1 }, Next: "M" },
      M: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "I", States: { I: { Type: "Pass", Parameters: { "k.$": "$k" }, End: true } } }, End: true },
    });
    expect(found(distributed, ["VARIABLE_NOT_AVAILABLE"])).toEqual([["VARIABLE_NOT_AVAILABLE", "/States/M/ItemProcessor/States/I/Parameters/k.$"]]);
  });

  it("warns when a branch assigns a variable of an outer scope (it fails at run time)", () => {
    const def = machine({
      A: { Type: "Pass", Assign: { n: 0 }, Next: "P" },
      P: { Type: "Parallel", Branches: [{ StartAt: "B", States: { B: { Type: "Pass", Assign: { n: 1, m: 2 }, End: true } } }], End: true },
    });
    expect(found(def, ["VARIABLE_OUTER_SCOPE"])).toEqual([["VARIABLE_OUTER_SCOPE", "/States/P/Branches/0/States/B/Assign/n"]]);
  });

  it("Assign is not a field of Succeed and Fail states", () => {
    expect(found(machine({ S: { Type: "Succeed", Assign: { a: 1 } } }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/S/Assign"]]);
  });
});
