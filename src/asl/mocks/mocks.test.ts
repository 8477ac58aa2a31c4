import { describe, expect, it } from "vitest";
import { runExecution } from "../interpret/runExecution";
import { answerStateMock } from "./resolveTask";
import { findMockedResponse, MockConfigError, parseMockConfig, parseRange, selectStateMachineName, selectTestCase } from "./mockConfig";
import { parseResource } from "./resources";
import { defaultTaskResult } from "./defaultResults";

// The guide's MockConfigFile (seed L20728–L20798), trimmed.
const config = {
  StateMachines: { LambdaSQSIntegration: { TestCases: { HappyPath: { LambdaState: "MockedLambdaSuccess" }, RetryPath: { LambdaState: "MockedLambdaRetry" } } } },
  MockedResponses: {
    MockedLambdaSuccess: { "0": { Return: { StatusCode: 200 } } },
    MockedLambdaRetry: {
      "0": { Throw: { Error: "Lambda.ResourceNotReadyException", Cause: "Lambda resource is not ready." } },
      "1-2": { Throw: { Error: "Lambda.TimeoutException", Cause: "Lambda timed out." } },
      "3": { Return: { StatusCode: 200 } },
    },
  },
};

describe("MockConfigFile (seed L21232–L21305)", () => {
  it("accepts the guide's file and selects a test case; the machine name may be left out when there is one", () => {
    const parsed = parseMockConfig(config);
    expect(selectTestCase(parsed, "RetryPath")).toEqual({ LambdaState: "MockedLambdaRetry" });
    expect(() => selectTestCase(parsed, "Nope")).toThrow(MockConfigError);
    expect(() => selectTestCase(parsed, "HappyPath", "Other")).toThrow(MockConfigError);
  });

  it("the StateMachines key is the state machine's name (seed L21211–L21214): a run with the config has it as $$.StateMachine.Name", async () => {
    const parsed = parseMockConfig(config);
    expect(selectStateMachineName(parsed)).toBe("LambdaSQSIntegration");
    const definition = {
      StartAt: "LambdaState",
      States: { LambdaState: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", ResultSelector: { "name.$": "$$.StateMachine.Name", "id.$": "$$.StateMachine.Id", "code.$": "$.StatusCode" }, End: true } },
    };
    const result = await runExecution(definition, {}, { mocks: { config: parsed, testCase: "HappyPath" } }).result;
    expect(result.output).toEqual({ name: "LambdaSQSIntegration", id: "arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration", code: 200 });
    // A name given by the host still wins; without a test case the config is not in use.
    const named = await runExecution(definition, {}, { stateMachineName: "Mine", mocks: { config: parsed, testCase: "HappyPath" } }).result;
    expect((named.output as { name: string }).name).toBe("Mine");
    const unused = await runExecution({ StartAt: "P", States: { P: { Type: "Pass", Parameters: { "name.$": "$$.StateMachine.Name" }, End: true } } }, {}, { mocks: { config: parsed } }).result;
    expect(unused.output).toEqual({ name: "StateMachine" });
  });

  it('keys are "n" or inclusive "a-b" ranges', () => {
    expect(parseRange("0")).toEqual([0, 0]);
    expect(parseRange("1-2")).toEqual([1, 2]);
    expect(parseRange("2-1")).toBeUndefined();
    expect(parseRange("x")).toBeUndefined();
    const retry = config.MockedResponses.MockedLambdaRetry;
    expect([0, 1, 2, 3, 4].map((n) => Object.keys(findMockedResponse(retry, n) ?? {})[0])).toEqual(["Throw", "Throw", "Throw", "Return", undefined]);
  });

  it.each<[unknown, string]>([
    [[], "not an object"],
    [{ StateMachines: {} }, "no MockedResponses"],
    [{ StateMachines: { a: { TestCases: { t: { S: "Missing" } } } }, MockedResponses: {} }, "unknown response"],
    [{ StateMachines: {}, MockedResponses: { R: { "0": { Return: 1, Throw: { Error: "E" } } } } }, "both Return and Throw"],
    [{ StateMachines: {}, MockedResponses: { R: { zero: { Return: 1 } } } }, "bad key"],
    [{ StateMachines: {}, MockedResponses: { R: { "0": { Throw: { Cause: "c" } } } } }, "Throw without Error"],
  ])("rejects %j (%s)", (value) => {
    expect(() => parseMockConfig(value as never)).toThrow(MockConfigError);
  });
});

describe("per-state mocks", () => {
  it("a result, an error, a sequence that repeats its last step", () => {
    expect(answerStateMock({ result: 1 }, 5)).toEqual({ kind: "return", value: 1 });
    expect(answerStateMock({ error: "E", cause: "c", delaySeconds: 3 }, 0)).toEqual({ kind: "throw", error: "E", cause: "c", delaySeconds: 3 });
    const seq = { sequence: [{ error: "E" }, { result: 2 }] };
    expect([0, 1, 2].map((n) => answerStateMock(seq, n)?.kind)).toEqual(["throw", "return", "return"]);
  });
});

describe("resources and default results (service-integrations.md §1, §8)", () => {
  it("splits Resource ARNs", () => {
    expect(parseResource("arn:aws:states:::lambda:invoke.waitForTaskToken")).toMatchObject({ kind: "integration", resourceType: "lambda", resource: "invoke.waitForTaskToken", action: "lambda:invoke", pattern: "waitForTaskToken" });
    expect(parseResource("arn:aws:states:::aws-sdk:s3:listBuckets")).toMatchObject({ kind: "sdk", resourceType: "aws-sdk:s3", resource: "listBuckets" });
    expect(parseResource("arn:aws:states:::states:startExecution.sync:2")).toMatchObject({ pattern: "sync2", action: "states:startExecution" });
    expect(parseResource("arn:aws:lambda:us-east-2:123456789012:function:F")).toMatchObject({ kind: "lambdaFunction", region: "us-east-2" });
    expect(parseResource("arn:aws:states:us-east-1:123456789012:activity:A")).toMatchObject({ kind: "activity" });
  });

  it("lambda:invoke echoes the Payload in the documented envelope (seed L28225–L28246)", () => {
    let n = 0;
    const ctx = { uuid: () => `id-${n++}`, region: "us-east-1", accountId: "1", now: "2024-01-01T00:00:00.000Z" };
    const result = defaultTaskResult(parseResource("arn:aws:states:::lambda:invoke"), { ...ctx, input: { FunctionName: "f", Payload: { a: 1 } } });
    expect(result).toMatchObject({ ExecutedVersion: "$LATEST", Payload: { a: 1 }, StatusCode: 200 });
    expect(defaultTaskResult(parseResource("arn:aws:states:::dynamodb:getItem"), { ...ctx, input: {} })).toEqual({ Item: {} });
    expect(defaultTaskResult(parseResource("arn:aws:states:::aws-sdk:s3:listBuckets"), { ...ctx, input: {} })).toEqual({});
  });
});
