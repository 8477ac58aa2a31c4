import { describe, expect, it } from "vitest";
import { DEFAULT_FUNCTION_NAME, readFunctionName, readPayload, setFunctionName, setFunctionNameSource, setPayloadMode } from "./lambdaParameters";

const PARAMS = { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:f", "Payload.$": "$" };

describe("Lambda function name", () => {
  it("is entered or taken from the input, keeping its position", () => {
    expect(readFunctionName(PARAMS)).toEqual({ source: "name", value: PARAMS.FunctionName });
    const fromInput = setFunctionNameSource(PARAMS, "input");
    expect(fromInput).toEqual({ "FunctionName.$": "$.functionName", "Payload.$": "$" });
    expect(readFunctionName(fromInput)).toEqual({ source: "input", value: "$.functionName" });
    expect(setFunctionName(fromInput, "input", "$.fn")).toEqual({ "FunctionName.$": "$.fn", "Payload.$": "$" });
    expect(setFunctionNameSource(fromInput, "name")).toEqual({ FunctionName: DEFAULT_FUNCTION_NAME, "Payload.$": "$" });
    expect(setFunctionName(PARAMS, "name", "my-fn").FunctionName).toBe("my-fn");
  });
});

describe("Lambda payload", () => {
  it("state input, custom JSON or none", () => {
    expect(readPayload(PARAMS)).toEqual({ mode: "input", value: "$" });
    const custom = setPayloadMode(PARAMS, "custom");
    expect(custom).toEqual({ FunctionName: PARAMS.FunctionName, Payload: {} });
    expect(readPayload({ ...custom, Payload: { a: 1 } })).toEqual({ mode: "custom", value: { a: 1 } });
    const none = setPayloadMode(custom, "none");
    expect(none).toEqual({ FunctionName: PARAMS.FunctionName });
    expect(readPayload(none)).toEqual({ mode: "none", value: undefined });
    expect(setPayloadMode(none, "input")).toEqual(PARAMS);
    expect(setPayloadMode(PARAMS, "input")).toBe(PARAMS);
  });
});
