import { describe, expect, it } from "vitest";
import { cursorContext, parseText, type CursorContext } from "./cursorContext";
import { corpusText, cursor, edit, toYaml } from "./testing";
import type { TextFormat } from "./types";

const HELLO = corpusText("0025_12620.asl.json");
const HELLO_YAML = toYaml(HELLO);

function at(format: TextFormat, marked: { text: string; offset: number }): CursorContext {
  return cursorContext(parseText(marked.text, format), marked.offset);
}

function json(marked: string): CursorContext {
  const { text, offset } = cursor(marked);
  return cursorContext(parseText(text, "json"), offset);
}

function yaml(marked: string): CursorContext {
  const { text, offset } = cursor(marked);
  return cursorContext(parseText(text, "yaml"), offset);
}

describe("cursor context in JSON", () => {
  it("finds a value inside a nested branch state, its state type and its scope", () => {
    const ctx = at("json", edit(HELLO, '"Hello": {\n              "Type": "Pass",\n              "End": true', '"Hello": {\n              "Type": "Pass",\n              "Next": "H|"'));
    expect(ctx.kind).toBe("value");
    expect(ctx.pointer).toBe("/States/Parallel/Branches/0/States/Hello/Next");
    expect(ctx.containerRole).toBe("state");
    expect(ctx.field).toBe("Next");
    expect(ctx.prefix).toBe("H");
    expect(ctx.state).toMatchObject({ name: "Hello", type: "Pass" });
    expect(ctx.scope?.names).toEqual(["Hello"]);
    expect(ctx.range.endOffset - ctx.range.startOffset).toBe(3); // "H" with its quotes
  });

  it("finds a property key being typed, with the keys already present", () => {
    const ctx = at("json", edit(HELLO, '"Seconds": 3,', '"Seconds": 3,\n      "Ti|",'));
    expect(ctx).toMatchObject({ kind: "key", containerRole: "state", field: "Ti", prefix: "Ti", place: "Wait" });
    expect(ctx.state?.type).toBe("Wait");
    expect(ctx.existingKeys).toEqual(["Type", "Seconds", "Next"]);
  });

  it("reads text that does not parse (an unterminated string at the end)", () => {
    const ctx = json('{"StartAt": "A", "States": {"A": {"Type": "Task", "Re|');
    expect(ctx).toMatchObject({ kind: "key", field: "Re", containerRole: "state" });
    expect(ctx.state?.type).toBe("Task");
    expect(ctx.range).toEqual({ startOffset: 50, endOffset: 53 });
  });

  it("treats the position after a complete state as a new key of States, with the comma it needs", () => {
    const ctx = at("json", edit(HELLO, '"No": {\n      "Type": "Fail"\n    }', '"No": {\n      "Type": "Fail"\n    }\n    |'));
    expect(ctx).toMatchObject({ kind: "key", containerRole: "states", field: "" });
    expect(ctx.commaBefore).toBe(HELLO.indexOf('"Type": "Fail"') + '"Type": "Fail"\n    }'.length);
    expect(ctx.machinePath).toEqual([]);
  });

  it("knows Retry's ErrorEquals, catchers, Choice rules and their nesting", () => {
    const retry = json('{"States": {"T": {"Type": "Task", "Retry": [{"ErrorEquals": ["States.T|"]}]}}}');
    expect(retry).toMatchObject({ kind: "value", containerRole: "errorList", index: 0, pointer: "/States/T/Retry/0/ErrorEquals/0" });
    const catcher = json('{"States": {"T": {"Type": "Task", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "|"}]}}}');
    expect(catcher).toMatchObject({ containerRole: "catcher", field: "Next" });
    const nested = json('{"States": {"C": {"Type": "Choice", "Choices": [{"Not": {"Variable": "$.x", "|": 1}, "Next": "A"}]}}}');
    expect(nested).toMatchObject({ kind: "key", containerRole: "choiceRule", choiceRuleDepth: 1 });
    const top = json('{"States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "|"}]}}}');
    expect(top).toMatchObject({ kind: "key", containerRole: "choiceRule", choiceRuleDepth: 0 });
  });

  it("knows a payload template's .$ value and the machine of a StartAt", () => {
    const template = json('{"States": {"T": {"Type": "Task", "Parameters": {"Payload": {"name.$": "States.F|"}}}}}');
    expect(template).toMatchObject({ kind: "value", containerRole: "template", field: "name.$", prefix: "States.F" });
    const startAt = json('{"StartAt": "|", "States": {"A": {"Type": "Succeed"}}}');
    expect(startAt).toMatchObject({ kind: "value", containerRole: "machine", field: "StartAt", machinePath: [] });
  });

  it("finds an empty value after a colon and an array item position", () => {
    expect(json('{"States": {"A": {"Type": "Pass", "Next": |}}}')).toMatchObject({ kind: "value", field: "Next", token: undefined });
    expect(json('{"States": {"A": {"Type": "Task", "Retry": [|]}}}')).toMatchObject({ kind: "value", valueRole: "retrier", index: 0 });
    const after = json('{"States": {"A": {"Type": "Task", "Retry": [{"ErrorEquals": ["X"]} |]}}}');
    expect(after).toMatchObject({ kind: "value", valueRole: "retrier", index: 1 });
    expect(after.commaBefore).toBeGreaterThan(0);
  });

  it("reads the query language in force", () => {
    expect(json('{"QueryLanguage": "JSONata", "States": {"A": {"Type": "Pass", "|"}}}').language).toBe("JSONata");
    expect(json('{"States": {"A": {"Type": "Pass", "|"}}}').language).toBe("JSONPath");
  });
});

describe("cursor context in YAML", () => {
  it("finds a plain value in a nested branch state", () => {
    const ctx = at("yaml", edit(HELLO_YAML, "          Hello:\n            Type: Pass\n            End: true", "          Hello:\n            Type: Pass\n            Next: H|"));
    expect(ctx).toMatchObject({ kind: "value", field: "Next", prefix: "H", containerRole: "state" });
    expect(ctx.pointer).toBe("/States/Parallel/Branches/0/States/Hello/Next");
    expect(ctx.scope?.names).toEqual(["Hello"]);
  });

  it("finds a half-typed key (no colon yet) and the keys around it", () => {
    const ctx = at("yaml", edit(HELLO_YAML, "    Seconds: 3\n", "    Seconds: 3\n    Ti|\n"));
    expect(ctx).toMatchObject({ kind: "key", field: "Ti", containerRole: "state" });
    expect(ctx.state?.type).toBe("Wait");
    expect(ctx.existingKeys).toContain("Seconds");
  });

  it("uses indentation on a blank line", () => {
    const inState = at("yaml", edit(HELLO_YAML, "    Seconds: 3\n", "    Seconds: 3\n    |\n"));
    expect(inState).toMatchObject({ kind: "key", containerRole: "state", field: "" });
    const inStates = at("yaml", edit(HELLO_YAML, "  No:\n    Type: Fail\n", "  No:\n    Type: Fail\n  |\n"));
    expect(inStates).toMatchObject({ kind: "key", containerRole: "states", machinePath: [] });
    const top = at("yaml", edit(HELLO_YAML, "  No:\n    Type: Fail\n", "  No:\n    Type: Fail\n|\n"));
    expect(top).toMatchObject({ kind: "key", containerRole: "machine" });
  });

  it("finds an empty value after the colon", () => {
    const ctx = yaml("States:\n  A:\n    Type: Pass\n    Next: |\n  B:\n    Type: Succeed\n");
    expect(ctx).toMatchObject({ kind: "value", field: "Next", token: undefined });
    expect(ctx.scope?.names).toEqual(["A", "B"]);
  });

  it("closes an unterminated quote on the cursor line so the lines below still count", () => {
    const ctx = yaml('States:\n  A:\n    Type: Pass\n    Next: "B|\n  B:\n    Type: Succeed\n  C:\n    Type: Succeed\n');
    expect(ctx).toMatchObject({ kind: "value", field: "Next", prefix: "B" });
    expect(ctx.scope?.names).toEqual(["A", "B", "C"]);
  });

  it("handles sequences: ErrorEquals items, a new retrier, a half-typed retrier key", () => {
    const base = "States:\n  T:\n    Type: Task\n    Retry:\n      - ErrorEquals: [States.ALL]\n        MaxAttempts: 2\n";
    expect(yaml(base.replace("[States.ALL]", "[States.T|]"))).toMatchObject({ kind: "value", containerRole: "errorList", prefix: "States.T" });
    const block = yaml(base.replace("[States.ALL]", "\n          - States.T|"));
    expect(block).toMatchObject({ kind: "value", containerRole: "errorList", index: 0 });
    expect(yaml(base + "      - |")).toMatchObject({ kind: "key", containerRole: "retrier", path: ["States", "T", "Retry", 1, ""], extraIndent: 2 });
    expect(yaml(base + "      - Int|")).toMatchObject({ kind: "key", containerRole: "retrier", field: "Int" });
    expect(yaml(base + "        |")).toMatchObject({ kind: "key", containerRole: "retrier", existingKeys: ["ErrorEquals", "MaxAttempts"] });
  });

  it("treats a bare word under an object field as its first key", () => {
    const ctx = yaml("StartAt: A\nStates:\n  A|\n");
    expect(ctx).toMatchObject({ kind: "key", containerRole: "states", field: "A" });
  });

  it("turns a key under a list field into a new item that needs its dash", () => {
    const ctx = yaml("States:\n  T:\n    Type: Task\n    Catch:\n      |\n");
    expect(ctx).toMatchObject({ kind: "key", containerRole: "catcher", needsDash: true });
  });

  it("reads flow collections written on one line", () => {
    expect(yaml("States:\n  A: {Type: Pass, |}\n")).toMatchObject({ kind: "key", containerRole: "state" });
    expect(yaml("States:\n  A: {Type: Pass, Next: B|}\n")).toMatchObject({ kind: "value", field: "Next", prefix: "B" });
  });
});
