import { describe, expect, it } from "vitest";
import { parseText } from "./cursorContext";
import { hover } from "./hover";
import { corpusText, cursor, toYaml } from "./testing";
import type { Hover, TextFormat } from "./types";

const HELLO = corpusText("0025_12620.asl.json");
const HELLO_YAML = toYaml(HELLO);

function hoverAt(format: TextFormat, text: string, search: string, delta = 1): { hover: Hover | undefined; text: string } {
  const at = text.indexOf(search);
  if (at < 0) throw new Error(`no "${search}"`);
  return { hover: hover(parseText(text, format), at + delta), text };
}

function hoverIn(format: TextFormat, marked: string): { hover: Hover | undefined; text: string } {
  const { text, offset } = cursor(marked);
  return { hover: hover(parseText(text, format), offset), text };
}

describe("hover on fields", () => {
  it("explains ResultPath, with its values, default and the guide's lines", () => {
    const { hover: h, text } = hoverIn("json", '{"States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Result|Path": "$.result", "End": true}}}');
    expect(h?.contents).toMatch(/^\*\*ResultPath\*\* · Task state/);
    expect(h?.contents).toMatch(/null discards the result/);
    expect(h?.contents).toMatch(/Default: "\$"/);
    expect(h?.contents).toMatch(/seed L6095/);
    expect(text.slice(h!.range.startOffset, h!.range.endOffset)).toBe('"ResultPath"');
  });

  it("uses the text for where the field is written: a catcher's ResultPath, a Map's Parameters, the top-level TimeoutSeconds", () => {
    expect(hoverIn("json", '{"States": {"T": {"Type": "Task", "Catch": [{"ErrorEquals": ["States.ALL"], "Result|Path": "$.error", "Next": "T"}]}}}').hover?.contents).toMatch(/error output/);
    expect(hoverIn("json", '{"States": {"M": {"Type": "Map", "Param|eters": {}}}}').hover?.contents).toMatch(/Deprecated name of ItemSelector/);
    expect(hoverIn("json", '{"Timeout|Seconds": 60, "StartAt": "A", "States": {}}').hover?.contents).toMatch(/longest an execution may run/);
    expect(hoverIn("json", '{"States": {"T": {"Type": "Task", "Timeout|Seconds": 60}}}').hover?.contents).toMatch(/How long the Task may run/);
  });

  it("explains every kind of key: retrier fields, Choice operators, ProcessorConfig.Mode, ReaderConfig", () => {
    expect(hoverIn("json", '{"States": {"T": {"Type": "Task", "Retry": [{"ErrorEquals": ["X"], "Jitter|Strategy": "FULL"}]}}}').hover?.contents).toMatch(/FULL waits a random time/);
    expect(hoverIn("json", '{"States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreater|ThanEqualsPath": "$.m", "Next": "C"}]}}}').hover?.contents).toMatch(/greater than or equal to the value at this reference path/);
    expect(hoverIn("json", '{"States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "Is|Present": true, "Next": "C"}]}}}').hover?.contents).toMatch(/exists in the input/);
    expect(hoverIn("json", '{"States": {"M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mo|de": "DISTRIBUTED"}}}}}').hover?.contents).toMatch(/DISTRIBUTED runs each as a child workflow/);
    expect(hoverIn("json", '{"States": {"M": {"Type": "Map", "ItemReader": {"ReaderConfig": {"CSVHeader|Location": "GIVEN"}}}}}').hover?.contents).toMatch(/column names/);
  });

  it("explains a .$ key in a payload template", () => {
    const h = hoverIn("json", '{"States": {"P": {"Type": "Pass", "Parameters": {"gree|ting.$": "$.name"}}}}').hover;
    expect(h?.contents).toMatch(/becomes \*\*greeting\*\*/);
  });

  it("works in YAML", () => {
    const { hover: h, text } = hoverAt("yaml", HELLO_YAML, "Seconds: 3", 2);
    expect(h?.contents).toMatch(/^\*\*Seconds\*\* · Wait state/);
    expect(text.slice(h!.range.startOffset, h!.range.endOffset)).toBe("Seconds");
  });
});

describe("hover on values", () => {
  it("describes a state type", () => {
    expect(hoverAt("json", HELLO, '"Type": "Choice"', 11).hover?.contents).toMatch(/^\*\*Choice\*\*\n\nBranches/);
  });

  it("describes a state named in Next, Default, StartAt: its type and where it leads", () => {
    const next = hoverAt("json", HELLO, '"Next": "Parallel"', 12).hover;
    expect(next?.contents).toMatch(/^\*\*Parallel\*\* · Parallel state/);
    expect(next?.contents).toMatch(/Next → PassState/);
    const choice = hoverAt("json", HELLO, '"Next": "IsHelloWorldExample"', 12).hover;
    expect(choice?.contents).toMatch(/Choices → Yes, No · Default → Yes/);
    const fail = hoverAt("yaml", HELLO_YAML, "Next: No", 7).hover;
    expect(fail?.contents).toMatch(/\*\*No\*\* · Fail state[\s\S]*terminal/);
    const start = hoverAt("json", HELLO, '"StartAt": "Hello"', 13).hover;
    expect(start?.contents).toMatch(/\*\*Hello\*\* · Pass state/);
  });

  it("warns when a Next names no state of its scope", () => {
    const h = hoverIn("json", '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowh|ere"}}}').hover;
    expect(h?.contents).toMatch(/No state of this scope/);
  });

  it("describes a state by its name key", () => {
    expect(hoverAt("json", HELLO, '"Wait 3 seconds": {', 3).hover?.contents).toMatch(/\*\*Wait 3 seconds\*\* · Wait state[\s\S]*Next → Parallel/);
  });

  it("describes a Resource: the integration and its patterns", () => {
    const h = hoverIn("json", '{"States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJob|Run.sync"}}}').hover;
    expect(h?.contents).toMatch(/AWS Glue StartJobRun\*\* · Run a Job \(\.sync\)/);
    expect(h?.contents).toMatch(/waits for it to finish/);
    expect(hoverIn("json", '{"States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:list|Buckets"}}}').hover?.contents).toMatch(/Amazon Simple Storage Service[\s\S]*S3\.<ExceptionName>[\s\S]*listBuckets/);
    expect(hoverIn("json", '{"States": {"T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:He|llo"}}}').hover?.contents).toMatch(/Lambda function\*\* `Hello`/);
    expect(hoverIn("json", '{"States": {"M": {"Type": "Map", "ItemReader": {"Resource": "arn:aws:states:::s3:list|ObjectsV2"}}}}').hover?.contents).toMatch(/Lists the objects/);
  });

  it("describes error names", () => {
    expect(hoverIn("json", '{"States": {"T": {"Type": "Task", "Retry": [{"ErrorEquals": ["States.Task|Failed"]}]}}}').hover?.contents).toMatch(/except States\.Timeout/);
    expect(hoverIn("json", '{"States": {"T": {"Type": "Task", "Catch": [{"ErrorEquals": ["States.Http.StatusCode.4|04"]}]}}}').hover?.contents).toMatch(/status code 404/);
    expect(hoverIn("yaml", "States:\n  T:\n    Type: Task\n    Retry:\n      - ErrorEquals: [Lambda.Unk|nown]\n").hover?.contents).toMatch(/unhandled error in the function/);
  });

  it("describes the intrinsic function under the cursor: signature, description, example", () => {
    const marked = '{"States": {"P": {"Type": "Pass", "Parameters": {"digest.$": "States.Format(\'{}\', States.Ha|sh($.data, \'SHA-256\'))"}}}}';
    const { hover: h, text } = hoverIn("json", marked);
    expect(h?.contents).toMatch(/^\*\*States\.Hash\(data, algorithm\)\*\*/);
    expect(h?.contents).toMatch(/MD5, SHA-1, SHA-256, SHA-384 or SHA-512/);
    expect(h?.contents).toMatch(/Example: `States\.Hash/);
    expect(text.slice(h!.range.startOffset, h!.range.endOffset)).toBe("States.Hash");
    const outer = hoverIn("json", marked.replace("States.Ha|sh", "States.Hash").replace("States.Format", "States.For|mat")).hover;
    expect(outer?.contents).toMatch(/States\.Format\(template, …values\)/);
    expect(hoverIn("json", '{"States": {"P": {"Type": "Pass", "Parameters": {"x.$": "States.Nope|()"}}}}').hover?.contents).toMatch(/Not an intrinsic function/);
    expect(hoverIn("yaml", "States:\n  F:\n    Type: Fail\n    CausePath: States.UU|ID()\n").hover?.contents).toMatch(/version 4 UUID/);
  });

  it("describes a context path", () => {
    expect(hoverIn("json", '{"States": {"T": {"Type": "Task", "Parameters": {"token.$": "$$.Task.To|ken"}}}}').hover?.contents).toMatch(/task token/);
  });

  it("has nothing to say about whitespace or free-form data", () => {
    expect(hoverIn("json", '{"States": {"P": {"Type": "Pass", "Result": {"any|thing": 1}}}}').hover).toBeUndefined();
    expect(hoverIn("json", '{"States": {  |  "P": {"Type": "Pass"}}}').hover).toBeUndefined();
  });
});
