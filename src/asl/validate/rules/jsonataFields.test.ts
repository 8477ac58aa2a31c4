/**
 * JSONata values ("Transforming data with JSONata in Step Functions"): syntax, `$states`,
 * functions, context; and `{% … %}` text in JSONPath states.
 */
import { describe, expect, it } from "vitest";
import { validateText } from "../validateText";
import { found, machine, one } from "../testing/helpers";

const jsonata = (state: Record<string, unknown>) => machine({ S: { End: true, ...state } }, { QueryLanguage: "JSONata" });
const task = (fields: Record<string, unknown>) => jsonata({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", ...fields });

describe("jsonataFields", () => {
  it("accepts the documentation's examples (\"Transforming data with JSONata\", corpus 0846)", () => {
    expect(found(task({ Arguments: { static: "Hello", title: "{% $states.input.title %}", name: "{% $customerName %}" } }), ["JSONATA_SYNTAX_ERROR", "STATES_VARIABLE_MISUSE"])).toEqual([]);
    expect(found(jsonata({ Type: "Pass", Output: "{% $sum($states.input.values) + 1 %}" }))).toEqual([]);
  });

  it("reports a syntax error and underlines it inside the string, escapes included", () => {
    const text = JSON.stringify(jsonata({ Type: "Pass", Output: { q: '{% "a\\"b" & $states.input.x = %}' } }), null, 2);
    const diagnostic = validateText(text, "json").diagnostics.find((d) => d.code === "JSONATA_SYNTAX_ERROR");
    expect(diagnostic?.path).toBe("/States/S/Output/q");
    expect(diagnostic?.message).toContain("does not parse");
    expect(text.slice(diagnostic?.range?.offset, (diagnostic?.range?.offset ?? 0) + (diagnostic?.range?.length ?? 0))).toBe("=");
  });

  it("$states.result only in Output/Assign of Task, Parallel, Map; $states.errorOutput only in catchers (\"Reserved variable: $states\")", () => {
    expect(found(task({ Output: "{% $states.result %}", Assign: { r: "{% $states.result.Payload %}" } }), ["STATES_VARIABLE_MISUSE"])).toEqual([]);
    expect(found(task({ Arguments: "{% $states.result %}" }), ["STATES_VARIABLE_MISUSE"])).toEqual([["STATES_VARIABLE_MISUSE", "/States/S/Arguments"]]);
    expect(found(jsonata({ Type: "Pass", Output: "{% $states.result %}" }), ["STATES_VARIABLE_MISUSE"])).toEqual([["STATES_VARIABLE_MISUSE", "/States/S/Output"]]);
    const caught = task({ Catch: [{ ErrorEquals: ["States.ALL"], Output: "{% $states.errorOutput.Cause %}", Assign: { e: "{% $states.errorOutput %}" }, Next: "S" }] });
    expect(found(caught, ["STATES_VARIABLE_MISUSE"])).toEqual([]);
    expect(found(task({ Output: "{% $states.errorOutput %}" }), ["STATES_VARIABLE_MISUSE"])).toEqual([["STATES_VARIABLE_MISUSE", "/States/S/Output"]]);
    expect(one(task({ Output: "{% $states.inputs %}" }), "STATES_VARIABLE_MISUSE").message).toContain("$states.inputs does not exist");
  });

  it("$eval is an error, an unknown function a warning (corpus 0735 ran and failed at run time)", () => {
    expect(found(jsonata({ Type: "Pass", Output: "{% $eval('1') %}" }), ["JSONATA_FUNCTION_UNAVAILABLE"])).toEqual([["JSONATA_FUNCTION_UNAVAILABLE", "/States/S/Output"]]);
    expect(one(jsonata({ Type: "Pass", Output: "{% $randomSeeded(1) %}" }), "JSONATA_UNKNOWN_FUNCTION").severity).toBe("warning");
    expect(found(jsonata({ Type: "Pass", Output: "{% ($f := function($x) { $x }; $f(1)) & $partition([1], 1) %}" }), ["JSONATA_UNKNOWN_FUNCTION"])).toEqual([]);
  });

  it("warns about $, $$ and bare field names at the top (no context document), not inside filters and lambdas", () => {
    expect(found(jsonata({ Type: "Pass", Output: "{% $.a %}" }), ["JSONATA_NO_CONTEXT"])).toHaveLength(1);
    expect(found(jsonata({ Type: "Pass", Output: "{% order.total %}" }), ["JSONATA_NO_CONTEXT"])).toHaveLength(1);
    expect(found(jsonata({ Type: "Pass", Output: "{% $states.input.items[$ > 1].name %}" }), ["JSONATA_NO_CONTEXT"])).toEqual([]);
  });

  it("checks every field that takes expressions: Map's Items, ItemSelector, MaxConcurrency; Choice Conditions; catchers", () => {
    const map = jsonata({ Type: "Map", Items: "{% $states.input.xs[ %}", ItemSelector: { v: "{% $states.context.Map.Item.Value %}" }, MaxConcurrency: "{% 1 + %}", ItemProcessor: { StartAt: "P", States: { P: { Type: "Succeed" } } } });
    expect(found(map, ["JSONATA_SYNTAX_ERROR"])).toEqual([
      ["JSONATA_SYNTAX_ERROR", "/States/S/Items"],
      ["JSONATA_SYNTAX_ERROR", "/States/S/MaxConcurrency"],
    ]);
    const choice = machine({ C: { Type: "Choice", Choices: [{ Condition: "{% $states.input.a = %}", Next: "D" }], Default: "D" }, D: { Type: "Succeed" } }, { QueryLanguage: "JSONata" });
    expect(found(choice, ["JSONATA_SYNTAX_ERROR"])).toEqual([["JSONATA_SYNTAX_ERROR", "/States/C/Choices/0/Condition"]]);
  });

  it("a {% %} string that is not the whole value is text: a warning (corpus 0002)", () => {
    expect(found(jsonata({ Type: "Pass", Output: { a: " {% $states.input %} " } }), ["JSONATA_NOT_AN_EXPRESSION"])).toEqual([["JSONATA_NOT_AN_EXPRESSION", "/States/S/Output/a"]]);
  });

  it("in a JSONPath state, {% %} strings are passed as text: a warning (corpus 0006)", () => {
    const d = one(machine({ S: { Type: "Pass", Parameters: { a: "{% $states.input %}" }, End: true } }), "JSONATA_IN_JSONPATH_STATE");
    expect(d.severity).toBe("warning");
    expect(d.message).toContain('"QueryLanguage": "JSONata"');
  });
});
