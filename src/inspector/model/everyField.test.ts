/**
 * Every field of asl-semantics.md §1.5 that the inspector edits as a plain value, set and cleared
 * through the same pure edit the field components use (setAt), on a valid state of each type; the
 * set value must satisfy the validator. Structured fields (Choices, Retry, Catch, Wait forms, …)
 * have their own tests beside their mappings.
 */
import { describe, expect, it } from "vitest";
import { getAtPointer, type JsonObject, type JsonValue } from "../../asl/json";
import type { StateMachine } from "../../asl/types";
import { validate } from "../../asl/validate/validate";
import { setAt } from "./editAt";

const PROCESSOR = { StartAt: "P", States: { P: { Type: "Pass", End: true } } };
const BASE: Record<string, JsonObject> = {
  Pass: { Type: "Pass", Next: "Done" },
  Task: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f" }, Next: "Done" },
  Choice: { Type: "Choice", Choices: [{ Variable: "$.a", BooleanEquals: true, Next: "Done" }] },
  Wait: { Type: "Wait", Seconds: 1, Next: "Done" },
  Fail: { Type: "Fail" },
  Parallel: { Type: "Parallel", Branches: [PROCESSOR], Next: "Done" },
  Map: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, ...PROCESSOR }, Next: "Done" },
  DistributedMap: {
    Type: "Map",
    ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...PROCESSOR },
    ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON" }, Parameters: { Bucket: "b", Key: "k" } },
    ItemBatcher: {},
    ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "b", Prefix: "p" } },
    Next: "Done",
  },
};

const machine = (state: JsonObject): StateMachine => ({ StartAt: "S", States: { S: state, Done: { Type: "Succeed" } } }) as unknown as StateMachine;

/** [state kind, field pointer below the state, a valid value] */
const FIELDS: [string, string, JsonValue][] = [
  ...["Pass", "Task", "Choice", "Wait", "Fail", "Parallel", "Map"].map((t): [string, string, JsonValue] => [t, "/Comment", "why"]),
  ...["Pass", "Task", "Choice", "Wait", "Parallel", "Map"].flatMap((t): [string, string, JsonValue][] => [
    [t, "/InputPath", "$.data"],
    [t, "/OutputPath", "$.out"],
  ]),
  ...["Pass", "Task", "Parallel", "Map"].flatMap((t): [string, string, JsonValue][] => [
    [t, "/ResultPath", "$.result"],
    [t, "/ResultPath", null],
  ]),
  ...["Task", "Parallel", "Map"].map((t): [string, string, JsonValue] => [t, "/ResultSelector", { "x.$": "$.y" }]),
  ["Pass", "/Parameters", { "a.$": "$.b" }],
  ["Parallel", "/Parameters", { "a.$": "$.b" }],
  ["Task", "/Parameters", { FunctionName: "g", "Payload.$": "$" }],
  ["Pass", "/Result", { ok: true }],
  ["Task", "/Resource", "arn:aws:states:us-east-1:123456789012:activity:Work"],
  ["Task", "/Credentials", { RoleArn: "arn:aws:iam::123456789012:role/R" }],
  ["Task", "/Credentials", { "RoleArn.$": "$.role" }],
  ["Task", "/TimeoutSeconds", 300],
  ["Task", "/TimeoutSecondsPath", "$.timeout"],
  ["Task", "/HeartbeatSeconds", 60],
  ["Task", "/HeartbeatSecondsPath", "$.beat"],
  ["Choice", "/Default", "Done"],
  ["Fail", "/Error", "MyError"],
  ["Fail", "/ErrorPath", "$.error"],
  ["Fail", "/Cause", "Because"],
  ["Fail", "/CausePath", "States.Format('{}', $.cause)"],
  ["Map", "/ItemsPath", "$.items"],
  ["Map", "/ItemSelector", { "value.$": "$$.Map.Item.Value" }],
  ["Map", "/MaxConcurrency", 5],
  ["Map", "/MaxConcurrencyPath", "$.concurrency"],
  ["DistributedMap", "/Label", "Orders"],
  ["DistributedMap", "/ToleratedFailurePercentage", 12.5],
  ["DistributedMap", "/ToleratedFailurePercentagePath", "$.pct"],
  ["DistributedMap", "/ToleratedFailureCount", 3],
  ["DistributedMap", "/ToleratedFailureCountPath", "$.count"],
  ["DistributedMap", "/ItemReader/Parameters/Bucket", "other-bucket"],
  ["DistributedMap", "/ItemReader/ReaderConfig/MaxItems", 100],
  ["DistributedMap", "/ItemReader/ReaderConfig/MaxItemsPath", "$.max"],
  ["DistributedMap", "/ItemBatcher/MaxItemsPerBatch", 2],
  ["DistributedMap", "/ItemBatcher/MaxItemsPerBatchPath", "$.batch"],
  ["DistributedMap", "/ItemBatcher/MaxInputBytesPerBatch", 1024],
  ["DistributedMap", "/ItemBatcher/MaxInputBytesPerBatchPath", "$.bytes"],
  ["DistributedMap", "/ItemBatcher/BatchInput", { "factor.$": "$.factor" }],
  ["DistributedMap", "/ResultWriter/Parameters/Prefix", "out/"],
  ["DistributedMap", "/ItemProcessor/ProcessorConfig/ExecutionType", "EXPRESS"],
];

describe("every plain field: set through setAt, valid, then cleared", () => {
  it.each(FIELDS)("%s%s = %j", (kind, field, value) => {
    const base = BASE[kind] as JsonObject;
    const pointer = `/States/S${field}`;
    const set = setAt(pointer, value)(machine(base)).definition;
    expect(getAtPointer(set as unknown as JsonValue, pointer)).toEqual(value);
    const errors = validate(set).filter((d) => d.severity === "error" && d.path.startsWith(pointer));
    expect(errors).toEqual([]);
    const cleared = setAt(pointer, undefined)(set).definition;
    expect(getAtPointer(cleared as unknown as JsonValue, pointer)).toBeUndefined();
  });

  it("the top-level fields: StartAt, Comment, TimeoutSeconds, Version", () => {
    let definition = machine(BASE.Pass as JsonObject);
    for (const [pointer, value] of [["/StartAt", "Done"], ["/Comment", "c"], ["/TimeoutSeconds", 60], ["/Version", "1.0"]] as const) {
      definition = setAt(pointer, value)(definition).definition;
      expect(getAtPointer(definition as unknown as JsonValue, pointer)).toBe(value);
    }
    expect(validate(definition).filter((d) => d.severity === "error")).toEqual([]);
    definition = setAt("/Comment", undefined)(setAt("/TimeoutSeconds", undefined)(setAt("/Version", undefined)(definition).definition).definition).definition;
    expect(Object.keys(definition)).toEqual(["StartAt", "States"]);
  });
});
