import { describe, expect, it } from "vitest";
import { JSONATA_BUILTIN_FUNCTIONS } from "../../asl/jsonata/analyze";
import { STEP_FUNCTIONS_FUNCTIONS } from "../../asl/jsonata/functions";
import { complete } from "./complete";
import { parseText } from "./cursorContext";
import { hover } from "./hover";
import { JSONATA_FUNCTION_DOCS, jsonataFunctionDoc } from "./jsonataDocs";
import { applyCompletion, cursor } from "./testing";
import type { CompletionItem, TextFormat } from "./types";
import { variablesInScope } from "./variableScope";

function itemsIn(format: TextFormat, marked: string): CompletionItem[] {
  const { text, offset } = cursor(marked);
  return complete(parseText(text, format), offset).items;
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);
function hoverIn(format: TextFormat, marked: string) {
  const { text, offset } = cursor(marked);
  const h = hover(parseText(text, format), offset);
  return h ? { contents: h.contents, text: text.slice(h.range.startOffset, h.range.endOffset) } : undefined;
}

/** A JSONata machine: Start assigns total, Check (Choice) assigns on its rule, Work reads; Later runs after Work; Parallel P has a branch. */
const machine = (work: string, extra = "") => `{
  "QueryLanguage": "JSONata",
  "StartAt": "Start",
  "States": {
    "Start": {"Type": "Pass", "Assign": {"total": "{% $states.input.total %}", "customer": "Ann"}, "Next": "Check"},
    "Check": {"Type": "Choice", "Choices": [{"Condition": "{% $total > 10 %}", "Assign": {"big": true}, "Next": "Work"}], "Default": "Work"},
    "Work": ${work},
    "Later": {"Type": "Pass", "Assign": {"late": 1}, "End": true}${extra}
  }
}`;
const task = (output: string) => `{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"}, "Output": ${output}, "Next": "Later"}`;

describe("completion inside {% %}", () => {
  it("offers $states, the variables assigned before the state, and functions with signatures", () => {
    const items = itemsIn("json", machine(task('"{% $| %}"')));
    const names = labels(items);
    expect(names[0]).toBe("$states");
    expect(names).toEqual(expect.arrayContaining(["$total", "$customer", "$big", "$sum", "$partition", "$uuid", "$parse"]));
    expect(names).not.toContain("$late"); // assigned by a later state
    expect(names).not.toContain("$eval"); // not available in Step Functions
    const total = items.find((i) => i.label === "$total")!;
    expect(total.detail).toBe("variable · assigned by Start");
    expect(total.documentation).toMatch(/`total`/);
    const sum = items.find((i) => i.label === "$sum")!;
    expect(sum.detail).toBe("$sum(array)");
    expect(sum.insertTextIsSnippet).toBe(true);
  });

  it("inserts a variable in place of the word typed", () => {
    const { text, offset } = cursor(machine(task('"{% $tot| %}"')));
    const item = complete(parseText(text, "json"), offset).items.find((i) => i.label === "$total")!;
    expect(JSON.parse(applyCompletion(text, item)).States.Work.Output).toBe("{% $total %}");
  });

  it("offers $states members that exist where the expression is: result in a Task's Output, errorOutput in a catcher, neither in Arguments", () => {
    expect(labels(itemsIn("json", machine(task('"{% $states.| %}"'))))).toEqual(["input", "result", "context"]);
    const args = machine(`{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"x": "{% $states.| %}"}, "Next": "Later"}`);
    expect(labels(itemsIn("json", args))).toEqual(["input", "context"]);
    const catcher = machine(`{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{"ErrorEquals": ["States.ALL"], "Output": "{% $states.| %}", "Next": "Later"}], "Next": "Later"}`);
    expect(labels(itemsIn("json", catcher))).toEqual(["input", "errorOutput", "context"]);
    const pass = machine(`{"Type": "Pass", "Output": "{% $states.| %}", "Next": "Later"}`);
    expect(labels(itemsIn("json", pass))).toEqual(["input", "context"]);
  });

  it("offers the context object's fields, Map.Item only in a Map's ItemSelector", () => {
    expect(labels(itemsIn("json", machine(task('"{% $states.context.| %}"'))))).toEqual(["Execution", "State", "StateMachine", "Task"]);
    expect(labels(itemsIn("json", machine(task('"{% $states.context.Execution.| %}"'))))).toEqual(["Id", "Input", "Name", "RoleArn", "StartTime", "RedriveCount"]);
    const map = machine(`{"Type": "Map", "ItemSelector": {"v": "{% $states.context.Map.Item.| %}"}, "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}, "Next": "Later"}`);
    expect(labels(itemsIn("json", map))).toEqual(["Index", "Value"]);
  });

  it("works in YAML, and offers nothing outside the delimiters or in JSONPath states", () => {
    const yaml = "QueryLanguage: JSONata\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    Assign:\n      n: 1\n    Next: B\n  B:\n    Type: Pass\n    Output: '{% $| %}'\n    End: true\n";
    expect(labels(itemsIn("yaml", yaml))).toEqual(expect.arrayContaining(["$states", "$n"]));
    expect(labels(itemsIn("json", machine(task('"|{% $x %}"'))))).not.toContain("$states");
    const jsonPath = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "{% $| %}", "End": true}}}';
    expect(labels(itemsIn("json", jsonPath))).not.toContain("$states");
  });
});

describe("variables in JSONPath states", () => {
  const jsonPath = (value: string) =>
    `{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"total.$": "$.total"}, "Next": "B"}, "B": {"Type": "Pass", "Parameters": {"x.$": ${value}}, "Next": "C"}, "C": {"Type": "Pass", "InputPath": "$|", "End": true}}}`;
  it('completes $name in a ".$" value and in a path', () => {
    expect(labels(itemsIn("json", jsonPath('"|"')))).toEqual(expect.arrayContaining(["$total", "States.Format", "$$.Execution.Id"]));
    expect(labels(itemsIn("json", jsonPath('"$|"')))).toEqual(expect.arrayContaining(["$total", "$$.Execution.Id"]));
    expect(labels(itemsIn("json", jsonPath('"$.x"')))).toContain("$total");
  });

  it("completes $name in a JSONPath Assign value", () => {
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"n": 1}, "Next": "B"}, "B": {"Type": "Pass", "Assign": {"m.$": "|"}, "End": true}}}';
    expect(labels(itemsIn("json", text))).toEqual(expect.arrayContaining(["$n", "States.MathAdd"]));
  });

  it("hovers a variable in a .$ value with where it is assigned", () => {
    const h = hoverIn("json", '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"total.$": "$.total"}, "Next": "B"}, "B": {"Type": "Pass", "Parameters": {"x.$": "$to|tal"}, "End": true}}}');
    expect(h?.text).toBe("$total");
    expect(h?.contents).toMatch(/\*\*A\*\*: `total\.\$`/);
  });
});

describe("hover inside {% %}", () => {
  it("explains $states, its members and the context's fields", () => {
    expect(hoverIn("json", machine(task('"{% $sta|tes.result %}"')))?.contents).toMatch(/reserved variable/);
    const result = hoverIn("json", machine(task('"{% $states.res|ult.Payload %}"')));
    expect(result?.text).toBe("$states.result");
    expect(result?.contents).toMatch(/result of the Task/);
    const args = hoverIn("json", machine(`{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"x": "{% $states.res|ult %}"}, "Next": "Later"}`));
    expect(args?.contents).toMatch(/Not available where this expression is written/);
    expect(hoverIn("json", machine(task('"{% $states.context.Execution.I|d %}"')))?.contents).toMatch(/execution ARN/);
  });

  it("explains a variable (where it is assigned) and warns about one that is not available", () => {
    const h = hoverIn("json", machine(task('"{% $tot|al * 2 %}"')));
    expect(h?.text).toBe("$total");
    expect(h?.contents).toMatch(/\*\*Start\*\*: `total`/);
    expect(hoverIn("json", machine(task('"{% $la|te %}"')))?.contents).toMatch(/Assigned by Later, which cannot run before this state/);
    expect(hoverIn("json", machine(task('"{% $nob|ody %}"')))?.contents).toMatch(/No state assigns this variable/);
  });

  it("explains functions, Step Functions' own and jsonata's, with signatures", () => {
    expect(hoverIn("json", machine(task('"{% $part|ition([1,2,3], 2) %}"')))?.contents).toMatch(/^\*\*\$partition\(array, size\)\*\* · Step Functions function/);
    expect(hoverIn("json", machine(task('"{% $uppe|rcase($customer) %}"')))?.contents).toMatch(/^\*\*\$uppercase\(str\)\*\* · JSONata function/);
    expect(hoverIn("json", machine(task('"{% $nope|(1) %}"')))?.contents).toMatch(/Not a function/);
  });
});

describe("function docs", () => {
  it("documents every jsonata built-in and every Step Functions function", () => {
    for (const name of [...JSONATA_BUILTIN_FUNCTIONS, ...STEP_FUNCTIONS_FUNCTIONS.map((f) => f.name)]) {
      const doc = jsonataFunctionDoc(name);
      expect(doc, name).toBeDefined();
      expect(doc?.signature.startsWith(`$${name}(`), name).toBe(true);
      expect(doc?.doc.length, name).toBeGreaterThan(10);
    }
    expect(jsonataFunctionDoc("random")?.signature).toBe("$random([seed])");
    expect(jsonataFunctionDoc("eval")?.unavailable).toBe(true);
    expect(new Set(JSONATA_FUNCTION_DOCS.map((f) => f.name)).size).toBe(JSONATA_FUNCTION_DOCS.length);
  });
});

describe("variables in scope", () => {
  const doc = (states: object, extra: object = {}) => ({ StartAt: "A", States: states, ...extra });
  const names = (definition: object, pointer: string) => variablesInScope(definition as never, pointer).map((v) => v.name);

  it("follows the edges into the state: Next, the matched rule's Assign, Default with the state's, catchers", () => {
    const definition = doc({
      A: { Type: "Pass", Assign: { a: 1 }, Next: "C" },
      C: { Type: "Choice", Assign: { onDefault: 1 }, Choices: [{ Condition: "{% true %}", Assign: { rule: 1 }, Next: "T" }], Default: "D" },
      T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Assign: { t: 1 }, Catch: [{ ErrorEquals: ["States.ALL"], Assign: { caught: 1 }, Next: "F" }], Next: "D" },
      D: { Type: "Pass", End: true },
      F: { Type: "Pass", End: true },
    });
    expect(names(definition, "/States/T")).toEqual(["a", "rule"]);
    expect(names(definition, "/States/D")).toEqual(["a", "onDefault", "rule", "t"]);
    expect(names(definition, "/States/F")).toEqual(["a", "caught", "rule"]);
    expect(names(definition, "/States/A")).toEqual([]);
  });

  it("sees a loop's own assignments, not unreachable states'", () => {
    const definition = doc({
      A: { Type: "Pass", Assign: { i: 0 }, Next: "L" },
      L: { Type: "Pass", Assign: { i: 1, inLoop: true }, Next: "L2" },
      L2: { Type: "Choice", Choices: [{ Condition: "{% $i < 3 %}", Next: "L" }], Default: "E" },
      E: { Type: "Succeed" },
      Orphan: { Type: "Pass", Assign: { orphan: 1 }, Next: "E" },
    });
    expect(names(definition, "/States/L")).toEqual(["i", "inLoop"]);
    expect(names(definition, "/States/E")).toEqual(["i", "inLoop"]);
  });

  it("inside a branch or an inline Map: the outer variables before the Parallel/Map, not its own Assign; none in a distributed Map", () => {
    const branch = { StartAt: "B1", States: { B1: { Type: "Pass", Assign: { inner: 1 }, Next: "B2" }, B2: { Type: "Pass", End: true } } };
    const definition = doc({
      A: { Type: "Pass", Assign: { outer: 1 }, Next: "P" },
      P: { Type: "Parallel", Branches: [branch], Assign: { afterP: 1 }, Next: "M" },
      M: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "I", States: { I: { Type: "Pass", End: true } } }, End: true },
    });
    const inBranch = variablesInScope(definition as never, "/States/P/Branches/0/States/B2");
    expect(inBranch.map((v) => v.name)).toEqual(["inner", "outer"]);
    expect(inBranch.find((v) => v.name === "outer")?.sources[0]?.outer).toBe(1);
    expect(names(definition, "/States/M")).toEqual(["afterP", "outer"]);
    expect(names(definition, "/States/M/ItemProcessor/States/I")).toEqual([]);
  });
});
