import { describe, expect, it } from "vitest";
import { found, machine, one, single } from "../testing/helpers";

describe("fieldsAllowed (matrix of asl-semantics.md §1.5)", () => {
  it("refuses an unknown field and suggests the closest allowed one", () => {
    const d = one(single({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", TimeoutSecond: 5 }), "FIELD_NOT_ALLOWED");
    expect(d.path).toBe("/States/S/TimeoutSecond");
    expect(d.message).toBe('State "S": "TimeoutSecond" is not a field of a Task state. Did you mean "TimeoutSeconds"?');
  });

  it("refuses Result outside Pass (seed L3232–L3235) and ResultSelector on Pass (seed L6016–L6022)", () => {
    expect(found(single({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Result: 1 }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/S/Result"]]);
    expect(found(single({ Type: "Pass", ResultSelector: {} }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/S/ResultSelector"]]);
  });

  it("refuses ResultPath on Wait and Choice: they have no result (seed L6341–L6342)", () => {
    const def = machine({
      W: { Type: "Wait", Seconds: 1, ResultPath: "$.x", Next: "C" },
      C: { Type: "Choice", Choices: [{ Variable: "$.a", IsNull: true, Next: "E" }], ResultPath: "$.y" },
      E: { Type: "Succeed" },
    });
    expect(found(def, ["FIELD_NOT_ALLOWED"])).toEqual([
      ["FIELD_NOT_ALLOWED", "/States/W/ResultPath"],
      ["FIELD_NOT_ALLOWED", "/States/C/ResultPath"],
    ]);
  });

  it("refuses Retry and Catch outside Task, Parallel and Map (seed L10793–L10794, L10949–L10950)", () => {
    expect(found(single({ Type: "Pass", Retry: [{ ErrorEquals: ["States.ALL"] }] }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/S/Retry"]]);
  });

  it("says why Next/End do not belong on Choice, Succeed and Fail (seed L2414–L2415, L4452, L4505)", () => {
    const def = machine({
      C: { Type: "Choice", Choices: [{ Variable: "$.a", IsNull: true, Next: "S" }], End: true },
      S: { Type: "Succeed", Next: "F" },
      F: { Type: "Fail", End: true },
    });
    expect(found(def, ["FIELD_NOT_ALLOWED"])).toEqual([
      ["FIELD_NOT_ALLOWED", "/States/C/End"],
      ["FIELD_NOT_ALLOWED", "/States/S/Next"],
      ["FIELD_NOT_ALLOWED", "/States/F/End"],
    ]);
    expect(one(single({ Type: "Succeed", Next: "X" }), "FIELD_NOT_ALLOWED").message).toContain("Succeed is a terminal state");
  });

  it("allows Fail only Type, Comment, Error, ErrorPath, Cause, CausePath (seed L4462–L4463)", () => {
    expect(found(single({ Type: "Fail", Comment: "c", Error: "E", Cause: "C", InputPath: "$" }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/S/InputPath"]]);
  });

  it("warns about InputPath/OutputPath on Succeed: the service accepts them, the guide says no (seed L6341; §15)", () => {
    const d = one(single({ Type: "Succeed", OutputPath: "$.a" }), "FIELD_DISCOURAGED");
    expect(d).toMatchObject({ severity: "warning", path: "/States/S/OutputPath" });
  });

  it("refuses distributed-only fields on an inline Map (seed L5295–L5465)", () => {
    const def = single({ Type: "Map", Label: "L", ItemProcessor: { StartAt: "I", States: { I: { Type: "Succeed" } } } });
    expect(found(def, ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/S/Label"]]);
    const distributed = single({
      Type: "Map",
      Label: "L",
      ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "I", States: { I: { Type: "Succeed" } } },
    });
    expect(found(distributed, ["FIELD_NOT_ALLOWED"])).toEqual([]);
  });

  it("checks the fields of retriers, catchers, branches and processors", () => {
    const def = single({
      Type: "Parallel",
      Branches: [{ StartAt: "B", States: { B: { Type: "Succeed" } }, Version: "1.0" }],
      Retry: [{ ErrorEquals: ["States.ALL"], MaxAttemps: 2 }],
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "S", Default: "x" }],
    });
    expect(found(def, ["FIELD_NOT_ALLOWED"])).toEqual([
      ["FIELD_NOT_ALLOWED", "/States/S/Branches/0/Version"],
      ["FIELD_NOT_ALLOWED", "/States/S/Retry/0/MaxAttemps"],
      ["FIELD_NOT_ALLOWED", "/States/S/Catch/0/Default"],
    ]);
    expect(one(single({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Retry: [{ ErrorEquals: ["E"], MaxAttemps: 2 }] }), "FIELD_NOT_ALLOWED").message).toBe(
      'State "S": Retry[0]: "MaxAttemps" is not a field of a retrier. Did you mean "MaxAttempts"?',
    );
  });

  it("refuses unknown top-level fields (seed L2524–L2556)", () => {
    expect(found({ StartAt: "A", States: { A: { Type: "Succeed" } }, Timeout: 5 }, ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/Timeout"]]);
  });

  it("accepts JSONata fields only under QueryLanguage JSONata, and refuses JSONPath fields there (§0; the table in fields.ts)", () => {
    expect(found(single({ Type: "Pass", Output: { a: 1 } }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/S/Output"]]);
    expect(found(single({ Type: "Pass", QueryLanguage: "JSONata", Output: { a: 1 } }), ["FIELD_NOT_ALLOWED"])).toEqual([]);
    expect(found(single({ Type: "Pass", QueryLanguage: "JSONata", InputPath: "$.a" }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/S/InputPath"]]);
    const topLevel = { QueryLanguage: "JSONata", StartAt: "S", States: { S: { Type: "Pass", Assign: { x: 1 }, End: true } } };
    expect(found(topLevel, ["FIELD_NOT_ALLOWED"])).toEqual([]);
  });

  it("treats __proto__ and constructor as plain unknown field names", () => {
    const state = JSON.parse('{"Type":"Pass","End":true,"__proto__":{"x":1},"constructor":1}') as Record<string, unknown>;
    expect(found(machine({ S: state }), ["FIELD_NOT_ALLOWED"])).toEqual([
      ["FIELD_NOT_ALLOWED", "/States/S/__proto__"],
      ["FIELD_NOT_ALLOWED", "/States/S/constructor"],
    ]);
  });
});
