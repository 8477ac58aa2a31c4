/**
 * The JSONata-era form ↔ ASL mappings (issue 9): expression text, Assign rows, the query-language
 * switch, the tabs' fields set through the same pure edits the components use, validated.
 */
import { describe, expect, it } from "vitest";
import { getAtPointer, type JsonObject, type JsonValue } from "../../asl/json";
import type { StateMachine } from "../../asl/types";
import { validate } from "../../asl/validate/validate";
import { addAssignEntry, formatAssignValue, nameProblem, parseAssignValue, readAssign, removeAssignEntry, setAssignEntry, setEntryDynamic } from "./assignEntries";
import { editObjectAt, setAt } from "./editAt";
import { expressionTextMatches, formatExpressionValue, lineColumn, parseExpressionText, parseScalarOrExpression } from "./expressionText";
import { tokenizeExpressionField, tokenizeJsonata } from "./highlightJsonata";
import { jsonataContent, languageAt, planMachineToJsonata, planMachineToJsonPath, planStateToJsonata, planStateToJsonPath } from "./queryLanguage";
import { setIntegrationAction, templateAsArguments } from "./taskIntegration";

const machine = (states: Record<string, JsonObject>, extra: JsonObject = {}): StateMachine => ({ ...extra, StartAt: Object.keys(states)[0], States: states }) as unknown as StateMachine;
const errors = (d: StateMachine) => validate(d).filter((x) => x.severity === "error");

describe("expression text", () => {
  it("reads a bare expression, JSON with expressions inside, and says where a syntax error is", () => {
    expect(parseExpressionText("{% $states.input.items %}")).toEqual({ ok: true, value: "{% $states.input.items %}", problems: [] });
    expect(parseExpressionText('{"total": "{% $sum($states.input.prices) %}", "n": 1}')).toMatchObject({ ok: true, value: { total: "{% $sum($states.input.prices) %}", n: 1 }, problems: [] });
    const bare = parseExpressionText("{% $states.input. %}");
    expect(bare.ok && bare.problems[0]).toMatch(/^Line 1, column \d+: JSONata syntax: /);
    const nested = parseExpressionText('{\n  "a": "{% 1 + %}"\n}');
    expect(nested.ok && nested.problems[0]).toMatch(/^Line 2, column \d+: JSONata syntax:/);
    expect(parseExpressionText("{% unclosed")).toEqual({ ok: false, message: "An expression starts with {% and ends with %}." });
    expect(parseExpressionText("hello")).toMatchObject({ ok: false, message: expect.stringMatching(/Text goes in quotes/) });
    expect(parseExpressionText("[1]", "object")).toMatchObject({ ok: false });
    expect(parseExpressionText("{% $x %}", "array")).toMatchObject({ ok: true });
    expect(parseExpressionText("true", "boolean")).toMatchObject({ ok: true, value: true });
  });

  it("locates a syntax error after JSON escapes in the same string", () => {
    const text = '{"a": "{% \\"x\\" & %}"}';
    const result = parseExpressionText(text);
    expect(result.ok).toBe(true);
    const problem = result.ok ? result.problems[0] : "";
    const column = Number(/column (\d+)/.exec(problem ?? "")?.[1]);
    expect(text.charAt(column - 1)).toMatch(/[%&} ]/);
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it("shows an expression bare, other values as JSON, and keeps the user's spacing", () => {
    expect(formatExpressionValue("{% $x %}")).toBe("{% $x %}");
    expect(formatExpressionValue({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(formatExpressionValue("text")).toBe('"text"');
    expect(expressionTextMatches('{ "a":1 }', { a: 1 })).toBe(true);
    expect(expressionTextMatches("  {% $x %}", "{% $x %}")).toBe(true);
  });

  it("reads scalars of JSONata states: a number, text, or an expression", () => {
    expect(parseScalarOrExpression("5", { kind: "number", rule: { integer: true, min: 0 } })).toEqual({ ok: true, value: 5, problems: [] });
    expect(parseScalarOrExpression("-1", { kind: "number", rule: { integer: true, min: 0 } })).toMatchObject({ ok: false, message: expect.stringMatching(/or an expression/) });
    expect(parseScalarOrExpression("{% $states.input.wait %}", { kind: "number", rule: {} })).toEqual({ ok: true, value: "{% $states.input.wait %}", problems: [] });
    expect(parseScalarOrExpression("Boom", { kind: "text" })).toEqual({ ok: true, value: "Boom", problems: [] });
  });
});

describe("highlighting", () => {
  it("splits JSONata into variables, $states, functions, strings, numbers, operators", () => {
    const tokens = tokenizeJsonata(" $sum($states.input.prices) * $rate & 'x' /* c */");
    const kinds = tokens.filter((t) => t.kind !== "space").map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual(["function:$sum", "punctuation:(", "states:$states", "punctuation:.", "name:input", "punctuation:.", "name:prices", "punctuation:)", "operator:*", "variable:$rate", "operator:&", "string:'x'", "comment:/* c */"]);
    expect(tokenizeJsonata("$match($s, /ab+/i)").map((t) => t.kind)).toContain("regex");
  });

  it("tokens always concatenate back to the text, JSON or expression, finished or not", () => {
    for (const text of ['{"a": "{% $x + 1 %}", "b": [1, true, null]}', "{% $states.input %}", '{"a": "{% $x', "  {% 1 %}\n", '{"k": "v\\"{% x %}"}', "garbage ~ here", ""]) {
      expect(tokenizeExpressionField(text).map((t) => t.text).join(""), text).toBe(text);
    }
    const kinds = tokenizeExpressionField('{"a": "{% $x %}"}').map((t) => t.kind);
    expect(kinds).toEqual(expect.arrayContaining(["key", "delimiter", "variable", "string"]));
  });
});

describe("Assign rows", () => {
  const pass = { Type: "Pass", Assign: { total: "{% $states.input.total %}", label: "x" }, Next: "B" };

  it("reads, edits in place, renames, adds and removes variables (JSONata)", () => {
    expect(readAssign(pass, "JSONata").map((e) => e.name)).toEqual(["total", "label"]);
    const renamed = setAssignEntry(pass, "JSONata", 0, { name: "sum", dynamic: false, value: "{% 1 %}" });
    expect(renamed.Assign).toEqual({ sum: "{% 1 %}", label: "x" });
    expect(Object.keys(renamed.Assign as JsonObject)).toEqual(["sum", "label"]);
    expect(setAssignEntry(pass, "JSONata", 0, { name: "label", dynamic: false, value: 1 })).toBe(pass); // would merge two variables
    const added = addAssignEntry(pass, "JSONata");
    expect(added.Assign).toEqual({ ...pass.Assign, variable3: "{% $states.input %}" });
    expect(removeAssignEntry(removeAssignEntry(pass, "JSONata", 0), "JSONata", 0)).toEqual({ Type: "Pass", Next: "B" });
  });

  it("puts a new Assign before Next/End, and JSONPath paths in name.$ keys", () => {
    const added = addAssignEntry({ Type: "Pass", Result: 1, Next: "B" }, "JSONPath");
    expect(Object.keys(added)).toEqual(["Type", "Result", "Assign", "Next"]);
    expect(added.Assign).toEqual({ "variable1.$": "$" });
    const entries = readAssign(added, "JSONPath");
    expect(entries[0]).toMatchObject({ name: "variable1", dynamic: true, key: "variable1.$" });
    const literal = setEntryDynamic(added, 0, false);
    expect(literal.Assign).toEqual({ variable1: "$" });
    expect(setEntryDynamic(literal, 0, true).Assign).toEqual({ "variable1.$": "$" });
  });

  it("checks names and values as typed", () => {
    const entries = readAssign(pass, "JSONata");
    expect(nameProblem(entries, 0, "1abc")).toMatch(/not a variable name/);
    expect(nameProblem(entries, 0, "states")).toMatch(/reserved/);
    expect(nameProblem(entries, 0, "label")).toMatch(/already named label/);
    expect(nameProblem(entries, 0, "größe")).toBeUndefined();
    expect(parseAssignValue("{% $x %}", false, "JSONata")).toEqual({ ok: true, value: "{% $x %}", problems: [] });
    expect(parseAssignValue("$.a[", true, "JSONPath")).toMatchObject({ ok: false });
    expect(parseAssignValue("$total", true, "JSONPath")).toEqual({ ok: true, value: "$total", problems: [] });
    expect(parseAssignValue("42", false, "JSONPath")).toEqual({ ok: true, value: 42, problems: [] });
    expect(formatAssignValue({ dynamic: true, value: "$.a" }, "JSONPath")).toBe("$.a");
    expect(formatAssignValue({ dynamic: false, value: "{% $x %}" }, "JSONata")).toBe("{% $x %}");
  });

  it("on a state, a Choice rule and a catcher, in both languages, validates clean", () => {
    let d = machine({
      A: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["States.ALL"], Next: "C" }], Next: "C" },
      C: { Type: "Choice", Choices: [{ Condition: "{% true %}", Next: "E" }], Default: "E" },
      E: { Type: "Succeed" },
    }, { QueryLanguage: "JSONata" });
    for (const owner of ["/States/A", "/States/A/Catch/0", "/States/C/Choices/0", "/States/C"]) d = editObjectAt(owner, (o) => addAssignEntry(o, "JSONata"))(d).definition;
    expect(errors(d)).toEqual([]);
    let p = machine({ A: { Type: "Pass", Next: "C" }, C: { Type: "Choice", Choices: [{ Variable: "$.a", IsPresent: true, Next: "E" }], Default: "E" }, E: { Type: "Succeed" } });
    for (const owner of ["/States/A", "/States/C/Choices/0"]) p = editObjectAt(owner, (o) => addAssignEntry(o, "JSONPath"))(p).definition;
    expect(errors(p)).toEqual([]);
  });
});

describe("JSONata fields set through setAt validate", () => {
  const PROCESSOR = { StartAt: "P", States: { P: { Type: "Pass", End: true } } };
  const cases: [JsonObject, string, JsonValue][] = [
    [{ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "Done" }, "/Arguments", { FunctionName: "f", Payload: "{% $states.input %}" }],
    [{ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "Done" }, "/Output", "{% $states.result.Payload %}"],
    [{ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "Done" }, "/TimeoutSeconds", "{% $states.input.timeout %}"],
    [{ Type: "Parallel", Branches: [PROCESSOR], Next: "Done" }, "/Arguments", { x: "{% $states.input.x %}" }],
    [{ Type: "Map", ItemProcessor: PROCESSOR, Next: "Done" }, "/Items", "{% $states.input.items %}"],
    [{ Type: "Map", ItemProcessor: PROCESSOR, Next: "Done" }, "/ItemSelector", { v: "{% $states.context.Map.Item.Value %}" }],
    [{ Type: "Map", ItemProcessor: PROCESSOR, Next: "Done" }, "/MaxConcurrency", "{% $states.input.n %}"],
    [{ Type: "Wait", Seconds: 1, Next: "Done" }, "/Seconds", "{% $states.input.wait %}"],
    [{ Type: "Fail" }, "/Error", "{% $states.input.code %}"],
    [{ Type: "Pass", Next: "Done" }, "/Output", { ok: true }],
    [{ Type: "Choice", Choices: [{ Condition: "{% true %}", Next: "Done" }] }, "/Choices/0/Condition", "{% $states.input.n > 1 %}"],
    [{ Type: "Choice", Choices: [{ Condition: "{% true %}", Next: "Done" }] }, "/Choices/0/Output", "{% $states.input %}"],
  ];
  it.each(cases)("%j %s", (state, field, value) => {
    const d = machine({ S: state, Done: { Type: "Succeed" } }, { QueryLanguage: "JSONata" });
    const set = setAt(`/States/S${field}`, value)(d).definition;
    expect(getAtPointer(set as unknown as JsonValue, `/States/S${field}`)).toEqual(value);
    expect(errors(set)).toEqual([]);
  });
});

describe("query-language switch", () => {
  const jsonPath = machine({
    Start: { Type: "Pass", Parameters: { "total.$": "$.price" }, Next: "Work" },
    Work: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f", "Payload.$": "$" }, ResultSelector: { "out.$": "$.Payload" }, ResultPath: "$.work", Next: "End" },
    End: { Type: "Succeed" },
  });

  it("knows the language in force: the state's, its parent's, the machine's", () => {
    const d = machine({ P: { Type: "Parallel", QueryLanguage: "JSONata", Branches: [{ StartAt: "B", States: { B: { Type: "Pass", End: true } } }], End: true } });
    expect(languageAt(d as never, "/States/P")).toEqual({ language: "JSONata", source: "state", inherited: "JSONPath" });
    expect(languageAt(d as never, "/States/P/Branches/0/States/B")).toEqual({ language: "JSONata", source: "parent", inherited: "JSONata" });
    expect(languageAt(machine({ A: { Type: "Pass", End: true } }, { QueryLanguage: "JSONata" }) as never, "/States/A")).toEqual({ language: "JSONata", source: "machine", inherited: "JSONata" });
  });

  it("converts the machine with the converter, or changes nothing and says why", () => {
    const plan = planMachineToJsonata(jsonPath);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const converted = plan.edit(jsonPath).definition as unknown as JsonObject;
    expect(converted.QueryLanguage).toBe("JSONata");
    expect(errors(converted as unknown as StateMachine)).toEqual([]);
    expect(plan.summary).toMatch(/3 states/);
    const refused = planMachineToJsonata(machine({ A: { Type: "Pass", Parameters: { "all.$": "$.items[*].id" }, End: true } }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.refusals[0]?.pointer).toMatch(/^\/States\/A\/Parameters/);
  });

  it("converts one state and marks it; takes it back to JSONPath only when nothing in it is JSONata", () => {
    const plan = planStateToJsonata(jsonPath, "/States/Work");
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const d = plan.edit(jsonPath).definition;
    const work = getAtPointer(d as unknown as JsonValue, "/States/Work") as JsonObject;
    expect(work.QueryLanguage).toBe("JSONata");
    expect(work.Arguments).toBeDefined();
    expect(errors(d)).toEqual([]);
    const back = planStateToJsonPath(d, "/States/Work");
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.refusals.map((r) => r.pointer)).toEqual(expect.arrayContaining(["/Arguments"]));
    const plain = machine({ A: { Type: "Pass", QueryLanguage: "JSONata", End: true } });
    const ok = planStateToJsonPath(plain, "/States/A");
    expect(ok.ok && (getAtPointer(ok.edit(plain).definition as unknown as JsonValue, "/States/A") as JsonObject)).toEqual({ Type: "Pass", End: true });
  });

  it("goes back to JSONPath machine-wide when nothing is JSONata, or keeps each state in JSONata", () => {
    const plain = machine({ A: { Type: "Pass", End: true } }, { QueryLanguage: "JSONata" });
    const plan = planMachineToJsonPath(plain);
    expect(plan.ok && plan.edit(plain).definition).toEqual({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
    const rich = machine({ A: { Type: "Pass", Output: "{% 1 %}", End: true } }, { QueryLanguage: "JSONata" });
    expect(planMachineToJsonPath(rich).ok).toBe(false);
    const keep = planMachineToJsonPath(rich, true);
    const kept = keep.ok ? keep.edit(rich).definition : rich;
    expect(kept).toEqual({ StartAt: "A", States: { A: { Type: "Pass", Output: "{% 1 %}", End: true, QueryLanguage: "JSONata" } } });
    expect(errors(kept)).toEqual([]);
    expect(jsonataContent({ Type: "Choice", Choices: [{ Condition: "{% true %}", Next: "A" }] })).toEqual(["/Choices/0/Condition"]);
  });
});

describe("a JSONata Task's integration", () => {
  it("pre-fills Arguments, with .$ paths as expressions", () => {
    expect(templateAsArguments({ FunctionName: "f", "Payload.$": "$", Nested: { "id.$": "$.order.id" } })).toEqual({ FunctionName: "f", Payload: "{% $states.input %}", Nested: { id: "{% $states.input.order.id %}" } });
    const state = setIntegrationAction({ Type: "Task", Resource: "arn:aws:states:::sns:publish" }, "lambda:invoke", "JSONata");
    expect(state.Parameters).toBeUndefined();
    expect(state.Arguments).toBeDefined();
  });
});
