import { describe, expect, it } from "vitest";
import { parseDefinition } from "../../asl/parse/parseDefinition";
import { validateText } from "../../asl/validate/validateText";
import { complete } from "./complete";
import { parseText } from "./cursorContext";
import { applyCompletion, corpusText, cursor, edit, largeDefinition, toYaml } from "./testing";
import type { CompleteOptions, CompletionItem, TextFormat } from "./types";

const HELLO = corpusText("0025_12620.asl.json");
const HELLO_YAML = toYaml(HELLO);

function itemsAt(format: TextFormat, marked: { text: string; offset: number }, options: CompleteOptions = {}): CompletionItem[] {
  return complete(parseText(marked.text, format), marked.offset, options).items;
}

function labels(items: CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

function itemsIn(format: TextFormat, marked: string, options: CompleteOptions = {}): CompletionItem[] {
  return itemsAt(format, cursor(marked), options);
}

function pick(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no item "${label}" in ${labels(items).join(", ")}`);
  return item;
}

/** Accepts `label` at the cursor and returns the new text, which must parse. */
function accept(format: TextFormat, marked: { text: string; offset: number }, label: string): string {
  const result = applyCompletion(marked.text, pick(itemsAt(format, marked), label));
  const parsed = parseDefinition(result, format);
  expect(parsed.problems.filter((p) => p.fatal), result).toEqual([]);
  return result;
}

describe("state names", () => {
  it('after "Next": " offers the names of the state\'s own scope, not of other branches', () => {
    const inBranch = edit(HELLO, '"Hello": {\n              "Type": "Pass",\n              "End": true', '"Hello": {\n              "Type": "Pass",\n              "Next": "|"');
    expect(labels(itemsAt("json", inBranch))).toEqual(["Hello"]);
    const top = itemsAt("json", edit(HELLO, '"Next": "Parallel"', '"Next": "|"'));
    expect(labels(top)).toEqual(["Pass", "IsHelloWorldExample", "Yes", "Wait 3 seconds", "Parallel", "PassState", "No"]);
    expect(labels(top)).not.toContain("World");
    expect(pick(top, "Parallel")).toMatchObject({ kind: "state", detail: "Parallel state", insertText: '"Parallel"', filterText: '"Parallel"' });
    // The state itself is offered last (a loop back to itself is legal but rare).
    expect(pick(top, "Wait 3 seconds").sortText! > pick(top, "Parallel").sortText!).toBe(true);
  });

  it("offers names for Default, a Choice rule's Next, a catcher's Next and StartAt of a branch", () => {
    expect(labels(itemsIn("json", '{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "|"}], "Default": "D"}, "D": {"Type": "Succeed"}}}'))).toEqual(["C", "D"]);
    expect(labels(itemsIn("json", '{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [], "Default": "|"}, "D": {"Type": "Succeed"}}}'))).toEqual(["C", "D"]);
    expect(labels(itemsIn("json", '{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "x", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "|"}], "End": true}, "F": {"Type": "Fail"}}}'))).toEqual(["T", "F"]);
    const branch = edit(HELLO, '"StartAt": "World"', '"StartAt": "W|"');
    expect(labels(itemsAt("json", branch))).toEqual(["World"]);
    expect(labels(itemsAt("json", edit(HELLO, '"StartAt": "Pass"', '"StartAt": "|"')))).toContain("PassState");
  });

  it("offers no names inside a nested rule (nested rules have no Next)", () => {
    expect(itemsIn("json", '{"States": {"C": {"Type": "Choice", "Choices": [{"Not": {"Variable": "$.x", "IsNull": true, "Next": "|"}, "Next": "C"}]}}}')).toEqual([]);
  });

  it("works in YAML, quoting names YAML would read otherwise", () => {
    const inBranch = edit(HELLO_YAML, "          Hello:\n            Type: Pass\n            End: true", "          Hello:\n            Type: Pass\n            Next: |");
    expect(labels(itemsAt("yaml", inBranch))).toEqual(["Hello"]);
    const top = itemsAt("yaml", edit(HELLO_YAML, "Next: Parallel", "Next: Pa|"));
    expect(labels(top)).toContain("Wait 3 seconds");
    expect(pick(top, "Wait 3 seconds").insertText).toBe("Wait 3 seconds");
    expect(pick(top, "Yes").insertText).toBe('"Yes"');
    const quoted = itemsAt("yaml", edit(HELLO_YAML, "Next: Parallel", 'Next: "Pa|'));
    expect(pick(quoted, "Parallel")).toMatchObject({ insertText: '"Parallel"', filterText: '"Parallel"' });
  });

  it("inserts a name that makes the document valid again", () => {
    const text = accept("json", edit(HELLO, '"Next": "Parallel"', '"Next": "Par|"'), "Parallel");
    expect(text).toBe(HELLO);
    expect(accept("yaml", edit(HELLO_YAML, "Next: Parallel", "Next: |"), "Parallel")).toBe(HELLO_YAML);
  });
});

it("offers every state of the top-level scope, and only those, in a 500-state document", () => {
  const definition = largeDefinition(500) as { States: Record<string, unknown> };
  const text = JSON.stringify(definition, null, 2);
  const offset = text.indexOf('"Next": "Step 250"') + '"Next": "'.length;
  const offered = labels(itemsAt("json", { text, offset }));
  expect(new Set(offered)).toEqual(new Set(Object.keys(definition.States)));
});

describe("field names", () => {
  it("inside a Task offers Task fields (Resource, Retry, TimeoutSeconds) but not Choices, nor keys already there", () => {
    const task = '{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "|", "End": true}}}';
    const found = labels(itemsIn("json", task));
    expect(found).toEqual(expect.arrayContaining(["Retry", "Catch", "TimeoutSeconds", "HeartbeatSeconds", "Parameters", "ResultSelector", "ResultPath", "Credentials", "Comment"]));
    expect(found).not.toContain("Choices");
    expect(found).not.toContain("Resource");
    expect(found).not.toContain("Type");
    expect(found).not.toContain("Next"); // End is set
    expect(found).not.toContain("Seconds");
    expect(found).not.toContain("Arguments"); // JSONata only
  });

  it("offers the same fields in YAML", () => {
    const found = labels(itemsIn("yaml", "StartAt: T\nStates:\n  T:\n    Type: Task\n    Resource: arn:aws:states:::lambda:invoke\n    |\n    End: true\n"));
    expect(found).toEqual(expect.arrayContaining(["Retry", "TimeoutSeconds"]));
    expect(found).not.toContain("Choices");
    expect(found).not.toContain("Resource");
  });

  it("leaves out a field's exclusive twin and Wait's other durations", () => {
    const task = labels(itemsIn("json", '{"States": {"T": {"Type": "Task", "TimeoutSeconds": 5, "|"}}}'));
    expect(task).not.toContain("TimeoutSecondsPath");
    expect(task).toContain("HeartbeatSecondsPath");
    const wait = labels(itemsIn("json", '{"States": {"W": {"Type": "Wait", "Seconds": 5, "|"}}}'));
    expect(wait).not.toContain("Timestamp");
    expect(wait).not.toContain("SecondsPath");
  });

  it("offers distributed-Map fields only on a distributed Map, never the deprecated names", () => {
    const inline = labels(itemsIn("json", '{"States": {"M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "A", "States": {}}, "|"}}}'));
    expect(inline).toEqual(expect.arrayContaining(["ItemsPath", "ItemSelector", "MaxConcurrency"]));
    expect(inline).not.toContain("ItemReader");
    expect(inline).not.toContain("Iterator");
    expect(inline).not.toContain("Parameters");
    const distributed = labels(itemsIn("json", '{"States": {"M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"}, "StartAt": "A", "States": {}}, "|"}}}'));
    expect(distributed).toEqual(expect.arrayContaining(["ItemReader", "ItemBatcher", "ResultWriter", "ToleratedFailurePercentage", "Label"]));
  });

  it("offers Type first when a state has none, and the nested objects' own fields", () => {
    const bare = itemsIn("json", '{"States": {"New": {"|"}}}');
    expect(labels(bare)).toEqual(["Type", "Comment"]);
    expect(pick(bare, "Type").insertText).toBe('"Type": "${1|Task,Pass,Choice,Wait,Succeed,Fail,Parallel,Map|}"');
    expect(labels(itemsIn("json", '{"States": {"T": {"Type": "Task", "Retry": [{"ErrorEquals": ["X"], "|"}]}}}'))).toEqual(["IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment"]);
    expect(labels(itemsIn("json", '{"States": {"T": {"Type": "Task", "Catch": [{"|"}]}}}'))).toEqual(["ErrorEquals", "Next", "ResultPath", "Comment", "Assign"]);
    expect(labels(itemsIn("json", '{"|"}'))).toEqual(["StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage"]);
    expect(labels(itemsIn("json", '{"States": {"M": {"Type": "Map", "ItemProcessor": {"|"}}}}'))).toEqual(["StartAt", "States", "Comment", "ProcessorConfig"]);
  });

  it("offers Choice operators inside a rule, and no second operator", () => {
    const rule = labels(itemsIn("json", '{"States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "|"}]}}}'));
    expect(rule).toEqual(expect.arrayContaining(["StringEquals", "NumericGreaterThanEqualsPath", "IsPresent", "TimestampLessThan", "Next", "Comment"]));
    expect(rule).not.toContain("Variable");
    expect(rule).not.toContain("And"); // a rule with a Variable is a comparison
    const withOperator = labels(itemsIn("json", '{"States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "|"}]}}}'));
    expect(withOperator).not.toContain("StringEquals");
    const empty = labels(itemsIn("json", '{"States": {"C": {"Type": "Choice", "Choices": [{"Not": {"|"}, "Next": "C"}]}}}'));
    expect(empty).toEqual(expect.arrayContaining(["Variable", "And", "Or", "Not"]));
    expect(empty).not.toContain("Next");
  });

  it("inserts a key with a value shape and the commas JSON needs", () => {
    const marked = edit(HELLO, '"Type": "Pass",\n      "Next": "Wait 3 seconds"', '"Type": "Pass",\n      "Next": "Wait 3 seconds"\n      |');
    const resultPath = pick(itemsAt("json", marked), "ResultPath");
    expect(resultPath.additionalTextEdits).toEqual([{ offset: HELLO.indexOf('"Wait 3 seconds"') + '"Wait 3 seconds"'.length, length: 0, text: "," }]);
    const text = accept("json", marked, "ResultPath");
    expect(text).toContain('"Next": "Wait 3 seconds",\n      "ResultPath": "$.result"');
    const before = accept("json", edit(HELLO, '"Type": "Wait",', '"Type": "Wait",\n      "|'), "Comment");
    expect(before).toContain('"Comment": "",\n      "Seconds": 3');
    const retry = accept("json", cursor('{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true, "|"}}}'), "Retry");
    expect(JSON.parse(retry).States.T.Retry).toEqual([{ ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }]);
  });

  it("gives a Lambda task Workflow Studio's retrier", () => {
    const retry = accept("json", cursor('{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, "|"}}}'), "Retry");
    expect(JSON.parse(retry).States.T.Retry[0].ErrorEquals).toContain("Lambda.TooManyRequestsException");
  });

  it("replaces only the key when a colon already follows it", () => {
    const item = pick(itemsIn("json", '{"States": {"T": {"Type": "Task", "Time|": 5}}}'), "TimeoutSeconds");
    expect(item.insertText).toBe('"TimeoutSeconds"');
    expect(item.insertTextIsSnippet).toBeUndefined();
  });

  it("inserts YAML keys with block values indented under them", () => {
    const marked = edit(HELLO_YAML, "    Seconds: 3\n", "    Seconds: 3\n    Com|\n");
    expect(accept("yaml", marked, "Comment")).toContain("    Seconds: 3\n    Comment: \n");
    const task = cursor("StartAt: T\nStates:\n  T:\n    Type: Task\n    Resource: arn:aws:states:::sns:publish\n    End: true\n    |\n");
    const text = accept("yaml", task, "Catch");
    expect(text).toContain("    Catch:\n      - ErrorEquals: [States.ALL]\n        ResultPath: $.error\n        Next: T\n");
  });

  it("writes the dash of a new YAML item when the list has none yet", () => {
    const marked = cursor("StartAt: T\nStates:\n  T:\n    Type: Task\n    Resource: arn:aws:states:::sns:publish\n    End: true\n    Retry:\n      |\n");
    const text = accept("yaml", marked, "ErrorEquals");
    expect(text).toContain("    Retry:\n      - ErrorEquals: [States.ALL]\n");
    const after = cursor("StartAt: T\nStates:\n  T:\n    Type: Task\n    Resource: arn:aws:states:::sns:publish\n    End: true\n    Retry:\n      - ErrorEquals: [States.ALL]\n      - |\n");
    expect(accept("yaml", after, "MaxAttempts")).toContain("      - MaxAttempts: 3\n");
  });
});

describe("values", () => {
  it("offers the eight state types for Type", () => {
    const items = itemsIn("json", '{"States": {"A": {"Type": "|"}}}');
    expect(labels(items)).toEqual(["Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"]);
    expect(items[0]?.documentation).toMatch(/unit of work/);
  });

  it("offers enum values: JitterStrategy, Mode, ExecutionType, InputType, CSVHeaderLocation, QueryLanguage", () => {
    expect(labels(itemsIn("json", '{"States": {"T": {"Type": "Task", "Retry": [{"JitterStrategy": "|"}]}}}'))).toEqual(["FULL", "NONE"]);
    expect(labels(itemsIn("json", '{"States": {"M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "|"}}}}}'))).toEqual(["INLINE", "DISTRIBUTED"]);
    expect(labels(itemsIn("json", '{"States": {"M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"ExecutionType": "|"}}}}}'))).toEqual(["STANDARD", "EXPRESS"]);
    expect(labels(itemsIn("json", '{"States": {"M": {"Type": "Map", "ItemReader": {"ReaderConfig": {"InputType": "|"}}}}}'))).toEqual(["CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"]);
    expect(labels(itemsIn("yaml", "States:\n  M:\n    Type: Map\n    ItemReader:\n      ReaderConfig:\n        CSVHeaderLocation: |\n"))).toEqual(["FIRST_ROW", "GIVEN"]);
    expect(labels(itemsIn("json", '{"QueryLanguage": "|"}'))).toEqual(["JSONPath", "JSONata"]);
    expect(labels(itemsIn("json", '{"States": {"A": {"Type": "Pass", "QueryLanguage": "|"}}}'))).toEqual(["JSONPath", "JSONata"]);
  });

  it("offers Resource ARNs from the integration catalog with their patterns", () => {
    const items = itemsIn("json", '{"States": {"T": {"Type": "Task", "Resource": "|"}}}');
    const found = labels(items);
    expect(found).toEqual(expect.arrayContaining(["arn:aws:states:::lambda:invoke", "arn:aws:states:::lambda:invoke.waitForTaskToken", "arn:aws:states:::glue:startJobRun.sync", "arn:aws:states:::states:startExecution.sync:2", "arn:aws:states:::http:invoke", "arn:aws:states:::aws-sdk:s3:"]));
    expect(pick(items, "arn:aws:states:::lambda:invoke")).toMatchObject({ kind: "resource", detail: "AWS Lambda Invoke · Request Response" });
    expect(pick(items, "arn:aws:states:::lambda:invoke").documentation).toMatch(/\.waitForTaskToken/);
    const express = labels(itemsIn("json", '{"States": {"T": {"Type": "Task", "Resource": "|"}}}', { workflowType: "EXPRESS" }));
    expect(express).toContain("arn:aws:states:::lambda:invoke");
    expect(express.some((l) => l.endsWith(".sync") || l.endsWith(".waitForTaskToken"))).toBe(false);
    expect(express.some((l) => l.includes(":activity:"))).toBe(false);
  });

  it("offers S3 resources in ItemReader and ResultWriter", () => {
    expect(labels(itemsIn("json", '{"States": {"M": {"Type": "Map", "ItemReader": {"Resource": "|"}}}}'))).toEqual(["arn:aws:states:::s3:getObject", "arn:aws:states:::s3:listObjectsV2"]);
    expect(labels(itemsIn("yaml", "States:\n  M:\n    Type: Map\n    ResultWriter:\n      Resource: |\n"))).toEqual(["arn:aws:states:::s3:putObject"]);
  });

  it("offers intrinsic functions with their signatures inside a .$ value", () => {
    const marked = cursor('{"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"greeting.$": "States.Fo|"}, "End": true}}}');
    const items = itemsAt("json", marked);
    const format = pick(items, "States.Format");
    expect(format).toMatchObject({ kind: "function", detail: "States.Format(template, …values)", insertTextIsSnippet: true });
    expect(format.insertText).toBe("States.Format(${1:'Hello, {\\}'}, ${2:\\$.name})");
    expect(labels(items)).toHaveLength(18 + 1 + 12); // every function, "$" and the context paths outside a Map
    const applied = applyCompletion(marked.text, format);
    expect(JSON.parse(applied).States.P.Parameters["greeting.$"]).toBe("States.Format('Hello, {}', $.name)");
    expect(validateText(applied, "json").diagnostics).toEqual([]);
  });

  it("replaces only the word under the cursor inside an expression, and wraps a bare JSON value in quotes", () => {
    const nested = itemsIn("json", '{"States": {"P": {"Type": "Pass", "Parameters": {"x.$": "States.ArrayLength(States.Arr|)"}}}}');
    const item = pick(nested, "States.Array");
    const { text } = cursor('{"States": {"P": {"Type": "Pass", "Parameters": {"x.$": "States.ArrayLength(States.Arr|)"}}}}');
    expect(text.slice(item.range.startOffset, item.range.endOffset)).toBe("States.Arr");
    const bare = pick(itemsIn("json", '{"States": {"P": {"Type": "Pass", "Parameters": {"x.$": |}}}}'), "States.UUID");
    expect(bare.insertText).toBe('"States.UUID()"');
  });

  it("offers only the string intrinsics in a Fail state's ErrorPath, and context paths after $", () => {
    const fail = labels(itemsIn("json", '{"States": {"F": {"Type": "Fail", "CausePath": "|"}}}'));
    expect(fail).toEqual(expect.arrayContaining(["States.Format", "States.JsonToString", "States.ArrayGetItem", "States.Base64Encode", "States.Base64Decode", "States.Hash", "States.UUID"]));
    expect(fail).not.toContain("States.Array");
    const paths = labels(itemsIn("json", '{"States": {"T": {"Type": "Task", "Parameters": {"token.$": "$$.T|"}}}}'));
    expect(paths).toContain("$$.Task.Token");
    expect(paths).not.toContain("States.Format");
    expect(paths).not.toContain("$$.Map.Item.Value");
    const map = labels(itemsIn("json", '{"States": {"M": {"Type": "Map", "ItemSelector": {"value.$": "$$.|"}}}}'));
    expect(map).toContain("$$.Map.Item.Value");
  });

  it("offers intrinsics in YAML plain values", () => {
    const items = itemsIn("yaml", "States:\n  P:\n    Type: Pass\n    Parameters:\n      id.$: States.U|\n    End: true\n");
    expect(pick(items, "States.UUID").range.endOffset - pick(items, "States.UUID").range.startOffset).toBe("States.U".length);
    expect(labels(items)).toContain("States.Hash");
  });

  it("offers States.* error names in ErrorEquals, the service's and the definition's own errors", () => {
    const items = itemsIn("json", '{"States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [{"ErrorEquals": ["States.Timeout", "|"]}], "Next": "F"}, "F": {"Type": "Fail", "Error": "OrderNotFound"}}}');
    const found = labels(items);
    expect(found).toEqual(expect.arrayContaining(["States.ALL", "States.TaskFailed", "States.HeartbeatTimeout", "States.Permissions", "States.ResultPathMatchFailure", "States.ParameterPathFailure", "States.IntrinsicFailure", "States.NoChoiceMatched", "States.ItemReaderFailed", "States.ResultWriterFailed", "States.ExceedToleratedFailureThreshold", "States.DataLimitExceeded", "States.Runtime"]));
    expect(found).toEqual(expect.arrayContaining(["Lambda.ServiceException", "Lambda.Unknown", "OrderNotFound", "States.Http.StatusCode.<code>"]));
    expect(found).not.toContain("States.Timeout"); // already listed
    expect(pick(items, "States.Runtime").detail).toMatch(/never/);
    expect(pick(items, "Lambda.ServiceException").sortText! < pick(items, "States.ALL").sortText!).toBe(true);
    const yaml = labels(itemsIn("yaml", "States:\n  T:\n    Type: Task\n    Catch:\n      - ErrorEquals: [States.T|]\n"));
    expect(yaml).toContain("States.TaskFailed");
  });

  it("offers the exception prefix of an AWS SDK task", () => {
    const found = labels(itemsIn("json", '{"States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:listBuckets", "Catch": [{"ErrorEquals": ["|"]}]}}}'));
    expect(found).toContain("S3.<Exception>");
  });

  it("offers a retrier, a catcher, a rule and a branch as new list items", () => {
    expect(labels(itemsIn("json", '{"States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [|]}}}'))).toEqual(["Retrier", "Retrier (Lambda service errors)"]);
    const catcher = accept("json", cursor('{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Catch": [{"ErrorEquals": ["X"], "Next": "F"} |], "End": true}, "F": {"Type": "Fail"}}}'), "Catcher");
    expect(JSON.parse(catcher).States.T.Catch).toHaveLength(2);
    const rule = accept("json", cursor('{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [|]}, "D": {"Type": "Succeed"}}}'), "Choice rule");
    expect(JSON.parse(rule).States.C.Choices[0]).toEqual({ Variable: "$.variable", StringEquals: "value", Next: "C" });
    const branch = accept("json", edit(HELLO, '"Branches": [', '"Branches": [|'), "Branch");
    expect(validateText(branch, "json").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("state snippets", () => {
  const STATE_SNIPPETS = ["Task", "Task (any service)", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map", "Map (distributed)"];

  it("are offered at a key position inside States, after a state (Ctrl+Space after a state)", () => {
    const after = edit(HELLO, '"No": {\n      "Type": "Fail"\n    }', '"No": {\n      "Type": "Fail"\n    }\n    |');
    expect(labels(itemsAt("json", after))).toEqual(STATE_SNIPPETS);
    expect(labels(itemsAt("yaml", edit(HELLO_YAML, "  No:\n    Type: Fail\n", "  No:\n    Type: Fail\n  |\n")))).toEqual(STATE_SNIPPETS);
  });

  it("are offered right after a state's closing brace too", () => {
    const marked = edit(HELLO, '"No": {\n      "Type": "Fail"\n    }', '"No": {\n      "Type": "Fail"\n    }|');
    const items = itemsAt("json", marked);
    expect(labels(items)).toEqual(STATE_SNIPPETS);
    expect(validateText(applyCompletion(marked.text, pick(items, "Succeed")), "json").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  for (const label of STATE_SNIPPETS) {
    it(`${label}: inserts a uniquely named state that leaves no validation error (JSON and YAML)`, () => {
      const json = accept("json", edit(HELLO, '"No": {\n      "Type": "Fail"\n    }', '"No": {\n      "Type": "Fail"\n    }\n    |'), label);
      const yaml = accept("yaml", edit(HELLO_YAML, "  No:\n    Type: Fail\n", "  No:\n    Type: Fail\n  |\n"), label);
      for (const [format, text] of [["json", json], ["yaml", yaml]] as const) {
        const { parse, diagnostics } = validateText(text, format);
        // "Task (any service)" leaves the Resource for the user to pick from the completion list.
        const errors = diagnostics.filter((d) => d.severity === "error" && !(label === "Task (any service)" && d.code === "INVALID_RESOURCE_ARN"));
        expect(errors, text).toEqual([]);
        const value = parse.value as { States: Record<string, unknown> };
        expect(Object.keys(value.States)).toHaveLength(8);
      }
      expect(parseDefinition(json, "json").value).toEqual(parseDefinition(yaml, "yaml").value);
    });
  }

  it("names a new state uniquely across the whole machine", () => {
    const text = accept("json", edit(HELLO, '"No": {\n      "Type": "Fail"\n    }', '"No": {\n      "Type": "Fail"\n    }\n    |'), "Pass");
    expect(Object.keys(JSON.parse(text).States)).toContain("Pass 1");
  });

  it("are offered inside the States of a branch, with that branch's names as targets", () => {
    const marked = edit(HELLO, '"Hello": {\n              "Type": "Pass",\n              "End": true\n            }', '"Hello": {\n              "Type": "Pass",\n              "End": true\n            },\n            |');
    const wait = pick(itemsAt("json", marked), "Wait");
    expect(wait.insertText).toContain('"Next": "${3|Hello|}"');
  });
});

describe("typing in broken or empty text", () => {
  it("completes a JSON key or value typed without quotes, replacing the bare word", () => {
    const marked = cursor('{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true, Time|}}}');
    const item = pick(itemsAt("json", marked), "TimeoutSeconds");
    expect(marked.text.slice(item.range.startOffset, item.range.endOffset)).toBe("Time");
    expect(JSON.parse(applyCompletion(marked.text, item)).States.T.TimeoutSeconds).toBe(300);
    const value = cursor('{"StartAt": "T", "States": {"T": {"Type": Su|}}}');
    expect(JSON.parse(applyCompletion(value.text, pick(itemsAt("json", value), "Succeed"))).States.T.Type).toBe("Succeed");
  });

  it("offers a whole state machine in an empty document", () => {
    for (const format of ["json", "yaml"] as const) {
      const items = itemsIn(format, "|");
      expect(items[0]?.label).toBe("State machine");
      const text = applyCompletion("", items[0] as CompletionItem);
      expect(validateText(text, format).diagnostics).toEqual([]);
    }
  });
});

describe("nothing to offer", () => {
  it("returns an empty list in a literal Result, after a complete value or in a comment position", () => {
    expect(itemsIn("json", '{"States": {"P": {"Type": "Pass", "Result": {"|"}}}}')).toEqual([]);
    expect(itemsIn("json", '{"States": {"P": {"Type": "Pass", "Next": "B" |}}}')).toEqual([]);
    expect(itemsIn("yaml", "States:\n  P:\n    Type: Pass # |\n")).toEqual([]);
  });
});
