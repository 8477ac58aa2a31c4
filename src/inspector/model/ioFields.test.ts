import { describe, expect, it } from "vitest";
import { inputFieldsFor, ioDefault, isLambdaInvoke, lambdaPayloadNote, outputFieldsFor } from "./ioFields";
import { setKey } from "./objects";

const lambda = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f", "Payload.$": "$" }, OutputPath: "$.Payload", End: true };

describe("I/O fields per type (asl-semantics.md §1.5)", () => {
  it("Input tab", () => {
    expect(inputFieldsFor("Pass")).toEqual(["InputPath", "Parameters"]);
    expect(inputFieldsFor("Parallel")).toEqual(["InputPath", "Parameters"]);
    expect(inputFieldsFor("Task")).toEqual(["InputPath"]);
    expect(inputFieldsFor("Map")).toEqual(["InputPath"]);
    expect(inputFieldsFor("Choice")).toEqual(["InputPath"]);
    expect(inputFieldsFor("Fail")).toEqual([]);
  });
  it("Output tab", () => {
    expect(outputFieldsFor("Task")).toEqual(["ResultSelector", "ResultPath", "OutputPath"]);
    expect(outputFieldsFor("Pass")).toEqual(["ResultPath", "OutputPath"]);
    expect(outputFieldsFor("Wait")).toEqual(["OutputPath"]);
    expect(outputFieldsFor("Succeed")).toEqual(["OutputPath"]);
    expect(outputFieldsFor("Fail")).toEqual([]);
  });
  it.each(["InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath"] as const)("%s is turned on with a default and off again", (field) => {
    const state = { Type: "Pass", End: true };
    const on = setKey(state, field, ioDefault(field, state));
    expect(on[field]).toEqual(field === "ResultPath" ? "$.result" : field.endsWith("Path") ? "$" : {});
    expect(setKey(on, field, undefined)).toEqual(state);
  });
  it("Lambda gets $.Payload defaults", () => {
    expect(isLambdaInvoke(lambda)).toBe(true);
    expect(ioDefault("OutputPath", lambda)).toBe("$.Payload");
    expect(ioDefault("ResultSelector", lambda)).toEqual({ "Payload.$": "$.Payload" });
    expect(isLambdaInvoke({ Type: "Task", Resource: "arn:aws:states:::aws-sdk:lambda:invoke" })).toBe(false);
  });
});

describe("lambdaPayloadNote", () => {
  it("is silent while $.Payload is still right", () => {
    expect(lambdaPayloadNote(lambda)).toBeUndefined();
    expect(lambdaPayloadNote({ ...lambda, ResultPath: "$" })).toBeUndefined();
    expect(lambdaPayloadNote({ ...lambda, OutputPath: "$.Payload.x", ResultPath: "$.r" })).toBeUndefined();
  });
  it("says what to write once ResultPath or ResultSelector reshapes the result", () => {
    expect(lambdaPayloadNote({ ...lambda, ResultPath: "$.taskresult" })).toMatch(/\$\.taskresult\.Payload/);
    expect(lambdaPayloadNote({ ...lambda, ResultPath: null })).toMatch(/discards/);
    expect(lambdaPayloadNote({ ...lambda, ResultSelector: { "x.$": "$.Payload.x" } })).toMatch(/ResultSelector/);
  });
});
