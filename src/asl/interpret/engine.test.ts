/**
 * Per state type, per error path, and the run machinery: events, visits, clock, limits, abort,
 * callbacks, hooks. Expected values come from the guide (seed lines cited) or recorded AWS runs.
 */
import { describe, expect, it, vi } from "vitest";
import type { JsonObject, JsonValue } from "../json";
import { runExecution } from "./runExecution";
import { run, TEST_START } from "./testSupport";
import type { HistoryEvent } from "./events";

const machine = (states: JsonObject, startAt = Object.keys(states)[0] as string): JsonObject => ({ StartAt: startAt, States: states });
const types = (events: HistoryEvent[]) => events.map((e) => e.type);

describe("history events", () => {
  it("Pass: ids count from 1, each event links to the previous (the first state's entered event to 0, seed L21050–L21054), names as AWS (seed L42150–L42360)", async () => {
    const result = await run(machine({ A: { Type: "Pass", Next: "B" }, B: { Type: "Succeed" } }), { x: 1 });
    expect(types(result.events)).toEqual(["ExecutionStarted", "PassStateEntered", "PassStateExited", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded"]);
    expect(result.events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.events.map((e) => e.previousEventId)).toEqual([0, 0, 2, 3, 4, 5]);
    expect(result.events.every((e) => e.timestamp === TEST_START)).toBe(true);
    expect(result.events[1]).toMatchObject({ stateEnteredEventDetails: { name: "A", input: { x: 1 } } });
  });

  it("Task: TaskScheduled/Started/Succeeded with resourceType, resource, parameters; unmocked tasks say so", async () => {
    const result = await run(machine({ T: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Parameters: { Message: "hi" }, TimeoutSeconds: 30, End: true } }));
    expect(types(result.events)).toEqual(["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"]);
    expect(result.events[2]).toMatchObject({ taskScheduledEventDetails: { resourceType: "sns", resource: "publish", region: "us-east-1", parameters: { Message: "hi" }, timeoutInSeconds: 30 } });
    expect(result.events[4]).toMatchObject({ taskSucceededEventDetails: { mock: "unmocked" } });
    expect(Object.keys(result.output as JsonObject)).toContain("MessageId");
  });

  it("Lambda function ARNs and activities record LambdaFunction* / Activity* events", async () => {
    const lambda = await run(machine({ T: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:f", End: true } }), { a: 1 });
    expect(types(lambda.events).slice(2, 5)).toEqual(["LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded"]);
    expect(lambda.output).toEqual({ a: 1 });
    const activity = await run(machine({ T: { Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:A", End: true } }), {}, { callbacks: "default" });
    expect(types(activity.events).slice(2, 4)).toEqual(["ActivityScheduled", "ActivitySucceeded"]);
  });

  it("Map inline: MapStateStarted {length}, MapIteration* per item, MapStateSucceeded", async () => {
    const result = await run(machine({ M: { Type: "Map", ItemProcessor: machine({ P: { Type: "Pass", End: true } }), End: true } }), [1, 2]);
    expect(types(result.events)).toEqual([
      "ExecutionStarted",
      "MapStateEntered",
      "MapStateStarted",
      "MapIterationStarted",
      "PassStateEntered",
      "PassStateExited",
      "MapIterationSucceeded",
      "MapIterationStarted",
      "PassStateEntered",
      "PassStateExited",
      "MapIterationSucceeded",
      "MapStateSucceeded",
      "MapStateExited",
      "ExecutionSucceeded",
    ]);
    expect(result.events[2]).toMatchObject({ mapStateStartedEventDetails: { length: 2 } });
    expect(result.events[7]).toMatchObject({ mapIterationStartedEventDetails: { name: "M", index: 1 } });
    expect(result.visits.filter((v) => v.stateName === "P").map((v) => v.iterationPath)).toEqual([[{ kind: "map", state: "M", index: 0 }], [{ kind: "map", state: "M", index: 1 }]]);
  });

  it("Parallel: ParallelStateStarted/Succeeded and branch iteration paths", async () => {
    const result = await run(machine({ P: { Type: "Parallel", Branches: [machine({ A: { Type: "Pass", End: true } }), machine({ B: { Type: "Pass", End: true } })], End: true } }), 1);
    expect(types(result.events)).toContain("ParallelStateStarted");
    expect(types(result.events)).toContain("ParallelStateSucceeded");
    expect(result.visits.find((v) => v.stateName === "B")?.iterationPath).toEqual([{ kind: "branch", state: "P", index: 1 }]);
    expect(result.output).toEqual([1, 1]);
  });

  it("the events iterator replays and follows; onEvent sees each event once", async () => {
    const seen: string[] = [];
    const handle = runExecution(machine({ W: { Type: "Wait", Seconds: 1, End: true } }), {}, { onEvent: (e) => seen.push(e.type), startTime: TEST_START });
    const streamed: string[] = [];
    for await (const e of handle.events) streamed.push(e.type);
    expect(streamed).toEqual(seen);
    expect(streamed).toEqual(["ExecutionStarted", "WaitStateEntered", "WaitStateExited", "ExecutionSucceeded"]);
  });
});

describe("state visits", () => {
  it("record stages, status, timing and the next state", async () => {
    const result = await run(machine({ W: { Type: "Wait", Seconds: 5, Next: "P" }, P: { Type: "Pass", Parameters: { "v.$": "$.v" }, ResultPath: "$.r", End: true } }), { v: 1 });
    const [wait, pass] = result.visits;
    expect(wait).toMatchObject({ stateName: "W", status: "succeeded", enteredAt: TEST_START, exitedAt: TEST_START + 5000, nextState: "P", pointer: "/States/W" });
    expect(pass?.stages).toEqual({ input: { v: 1 }, afterInputPath: { v: 1 }, afterParameters: { v: 1 }, afterResultSelector: { v: 1 }, afterResultPath: { v: 1, r: { v: 1 } } });
    expect(pass?.enteredEventId).toBe(4);
  });
});

describe("Wait: the four forms on the virtual clock (seed L4376–L4444)", () => {
  const waitFor = async (state: JsonObject, input: JsonValue = {}) => {
    const result = await run(machine({ W: { Type: "Wait", ...state, End: true } }), input);
    return result.status === "SUCCEEDED" ? (result.stopTime - TEST_START) / 1000 : result.cause;
  };
  it("Seconds, SecondsPath, Timestamp (milliseconds truncated), TimestampPath", async () => {
    expect(await waitFor({ Seconds: 90 })).toBe(90);
    expect(await waitFor({ SecondsPath: "$.s" }, { s: 7 })).toBe(7);
    expect(await waitFor({ Timestamp: "2024-01-01T00:01:00.999Z" })).toBe(60);
    expect(await waitFor({ TimestampPath: "$.t" }, { t: "2024-01-01T01:00:00+01:00" })).toBe(0);
    expect(await waitFor({ TimestampPath: "$.t" }, { t: "2024-01-01T00:00:30Z" })).toBe(30);
  });
  it("recorded AWS causes for bad paths (corpus 0751, 0894)", async () => {
    expect(await waitFor({ SecondsPath: "$.input.waitSeconds" })).toBe(
      "An error occurred while executing the state 'W' (entered at the event id #2). The SecondsPath parameter does not reference an input value: $.input.waitSeconds",
    );
    expect(await waitFor({ TimestampPath: "$.t" }, { t: "2016-12-05 21:29:29Z" })).toContain("not reference a valid ISO-8601 extended offset date-time format string: $.t == 2016-12-05 21:29:29Z");
  });
  it("the waitSeconds seam overrides a wait; scaled mode really sleeps (speed × real time)", async () => {
    const overridden = await run(machine({ W: { Type: "Wait", Seconds: 1000, End: true } }), {}, { waitSeconds: () => 2 });
    expect(overridden.stopTime - TEST_START).toBe(2000);
    const timers = vi.spyOn(globalThis, "setTimeout");
    try {
      const scaled = await run(machine({ W: { Type: "Wait", Seconds: 1, End: true } }), {}, { clock: { mode: "scaled", speed: 20 } });
      expect(scaled.stopTime - TEST_START).toBe(1000);
      // 1 virtual second at 20× is a 50 ms real sleep.
      expect(timers.mock.calls.map((call) => call[1])).toContain(50);
    } finally {
      timers.mockRestore();
    }
  });
  it("concurrent waits in Parallel branches overlap: the state ends at the longest", async () => {
    const branch = (s: number) => machine({ [`W${s}`]: { Type: "Wait", Seconds: s, End: true } });
    const result = await run(machine({ P: { Type: "Parallel", Branches: [branch(5), branch(10)], End: true } }));
    expect(result.stopTime - TEST_START).toBe(10_000);
  });
  it("Map MaxConcurrency schedules in item order on free slots (seed L4920–L4934)", async () => {
    const def = (max: number) => machine({ M: { Type: "Map", MaxConcurrency: max, ItemProcessor: machine({ W: { Type: "Wait", SecondsPath: "$", End: true } }), End: true } });
    expect((await run(def(1), [3, 1, 2])).stopTime - TEST_START).toBe(6000);
    expect((await run(def(2), [3, 1, 2])).stopTime - TEST_START).toBe(3000);
    expect((await run(def(0), [3, 1, 2])).stopTime - TEST_START).toBe(3000);
  });
});

describe("Choice operators (seed L4222–L4298)", () => {
  const choose = async (rule: JsonObject, input: JsonValue) => {
    const result = await run(machine({ C: { Type: "Choice", Choices: [{ ...rule, Next: "Yes" }], Default: "No" }, Yes: { Type: "Pass", End: true }, No: { Type: "Pass", End: true } }), input);
    return result.status === "SUCCEEDED" ? result.visits[1]?.stateName : result.error;
  };
  it.each([
    [{ Variable: "$.s", StringMatches: "log-*.txt" }, { s: "log-2024.txt" }, "Yes"],
    [{ Variable: "$.s", StringMatches: "a\\*b" }, { s: "a*b" }, "Yes"],
    [{ Variable: "$.s", StringMatches: "a\\*b" }, { s: "axxb" }, "No"],
    [{ Variable: "$.s", StringLessThan: "b" }, { s: "a" }, "Yes"],
    [{ Variable: "$.n", NumericEquals: 1 }, { n: "1" }, "No"],
    [{ Variable: "$.t", TimestampEquals: "2016-08-18T17:33:00Z" }, { t: "2016-08-18T18:33:00+01:00" }, "Yes"],
    [{ Variable: "$.t", TimestampLessThan: "2016-08-18T17:33:00.000000002Z" }, { t: "2016-08-18T17:33:00.000000001Z" }, "Yes"],
    [{ Variable: "$.a", NumericGreaterThanPath: "$.b" }, { a: 2, b: 1 }, "Yes"],
    [{ Variable: "$.a", StringEqualsPath: "$.b" }, { a: "x", b: "x" }, "Yes"],
    [{ Variable: "$.x", IsPresent: false }, {}, "Yes"],
    [{ Variable: "$.x", IsNull: true }, { x: null }, "Yes"],
    [{ Variable: "$.x", IsTimestamp: true }, { x: "2012-10-09T19:00:55Z" }, "Yes"],
    [{ Variable: "$.x", IsNumeric: true }, {}, "No"],
    [{ Or: [{ Variable: "$.a", BooleanEquals: true }, { Variable: "$.b", BooleanEquals: true }] }, { a: false, b: true }, "Yes"],
    [{ Variable: "$.missing", StringEquals: "x" }, {}, "States.Runtime"],
    [{ Variable: "$.a", NumericEqualsPath: "$.missing" }, { a: 1 }, "States.Runtime"],
  ])("%j on %j → %s", async (rule, input, expected) => {
    expect(await choose(rule as JsonObject, input)).toBe(expected);
  });
  it("no match and no Default → States.NoChoiceMatched (seed L4373–L4374)", async () => {
    const result = await run(machine({ C: { Type: "Choice", Choices: [{ Variable: "$.a", NumericEquals: 1, Next: "Y" }] }, Y: { Type: "Pass", End: true } }), { a: 2 });
    expect(result.error).toBe("States.NoChoiceMatched");
  });
});

describe("error paths (seed L10660–L11215)", () => {
  it("OutputPath / InputPath matching nothing → States.Runtime with AWS's recorded cause (corpus 0906)", async () => {
    const result = await run(machine({ pass: { Type: "Pass", OutputPath: "$.NoSuchOutputPath", End: true } }), { "int-literal": 0 });
    expect([result.error, result.cause]).toEqual(["States.Runtime", "An error occurred while executing the state 'pass' (entered at the event id #2). Invalid path '$.NoSuchOutputPath' : No results for path: $['NoSuchOutputPath']"]);
    expect((await run(machine({ P: { Type: "Pass", InputPath: "$.nope", End: true } }), {})).error).toBe("States.Runtime");
  });

  it("InputPath/OutputPath null give {} (decision, ASL spec)", async () => {
    expect((await run(machine({ P: { Type: "Pass", InputPath: null, End: true } }), { a: 1 })).output).toEqual({});
    expect((await run(machine({ P: { Type: "Pass", OutputPath: null, End: true } }), { a: 1 })).output).toEqual({});
  });

  it("a Parameters path that matches nothing is States.Runtime, which States.ALL never catches (corpus 0902; seed L10762–L10764)", async () => {
    const def = machine({
      T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { "v.$": "$.nope" }, Catch: [{ ErrorEquals: ["States.ALL"], Next: "C" }], End: true },
      C: { Type: "Pass", End: true },
    });
    const result = await run(def, { a: 1 });
    expect(result.status).toBe("FAILED");
    expect(result.cause).toContain("The JSONPath '$.nope' specified for the field 'v.$' could not be found in the input '{\"a\":1}'");
  });

  it("ResultPath into a non-object → States.ResultPathMatchFailure, catchable (seed L10750–L10753)", async () => {
    const def = machine({
      P: { Type: "Pass", Result: 1, ResultPath: "$.a.b", Next: "Q" },
      Q: { Type: "Pass", End: true },
    });
    expect((await run(def, { a: "text" })).error).toBe("States.ResultPathMatchFailure");
    expect((await run(def, "text")).error).toBe("States.ResultPathMatchFailure");
    expect((await run(def, {})).output).toEqual({ a: { b: 1 } });
  });

  it("payloads over 256 KB → States.DataLimitExceeded (seed L40845–L40852; cause recorded, corpus 0554); States.ALL does not catch it", async () => {
    const big = "x".repeat(262_144);
    const result = await run(machine({ State_1: { Type: "Pass", Result: { Arg1: big }, End: true } }));
    expect([result.error, result.cause]).toEqual(["States.DataLimitExceeded", "The state/task 'State_1' returned a result with a size exceeding the maximum number of bytes service limit."]);
    const caughtByAll = machine({
      T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["States.ALL"], Next: "C" }], End: true },
      C: { Type: "Pass", End: true },
    });
    expect((await run(caughtByAll, {}, { mocks: { states: { T: { result: big } } } })).status).toBe("FAILED");
  });

  it("a Map's result is held to the limit to the byte, whether its iterations' sizes were measured or not", async () => {
    // 100 iterations each give a 2,598-character string, from a Task's OutputPath (measured by
    // the Task) or a Succeed's (not measured): the result array is 2 + 99 + 100 × 2,600 bytes.
    // Its exact limit passes; one byte less fails.
    const mocks = { states: { T: { result: { v: "y".repeat(2_598) } } } };
    const total = 2 + 99 + 100 * 2_600;
    const task = { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:f" };
    const processors = [machine({ T: { ...task, OutputPath: "$.v", End: true } }), machine({ T: { ...task, Next: "S" }, S: { Type: "Succeed", OutputPath: "$.v" } })];
    for (const processor of processors) {
      const def = machine({ M: { Type: "Map", ItemProcessor: processor, End: true } });
      const items = Array.from({ length: 100 }, (_, i) => i);
      expect((await run(def, items, { mocks, maxPayloadBytes: total })).status).toBe("SUCCEEDED");
      const over = await run(def, items, { mocks, maxPayloadBytes: total - 1 });
      expect([over.status, over.error, over.cause]).toEqual(["FAILED", "States.DataLimitExceeded", "The state/task 'M' returned a result with a size exceeding the maximum number of bytes service limit."]);
    }
  });

  it("a Parallel fails with its failing branch's error; catch keeps the failure local (corpus 0801)", async () => {
    const def = machine({
      P: { Type: "Parallel", Branches: [machine({ Ok: { Type: "Pass", End: true } }), machine({ F: { Type: "Fail", Error: "FailureType", Cause: "Cause description" } })], Next: "Done" },
      Done: { Type: "Pass", End: true },
    });
    const result = await run(def);
    expect([result.error, result.cause]).toEqual(["FailureType", "Cause description"]);
    expect(types(result.events)).toContain("ParallelStateFailed");
  });

  it("the earliest failure in virtual time wins, whatever the branch order", async () => {
    const def = machine({
      P: {
        Type: "Parallel",
        Branches: [machine({ W: { Type: "Wait", Seconds: 10, Next: "F1" }, F1: { Type: "Fail", Error: "Late" } }), machine({ F2: { Type: "Fail", Error: "Early" } })],
        End: true,
      },
    });
    expect((await run(def)).error).toBe("Early");
  });

  it("a Map iteration failure fails the Map; Retry re-runs every iteration (corpus 0783; seed L4961–L4970)", async () => {
    const def = machine({
      M: { Type: "Map", ItemProcessor: machine({ F: { Type: "Fail", Error: "E", Cause: "C" } }), Retry: [{ ErrorEquals: ["E"], MaxAttempts: 2 }], End: true },
    });
    const result = await run(def, [1]);
    expect([result.error, result.cause]).toEqual(["E", "C"]);
    expect(result.visits.filter((v) => v.stateName === "F")).toHaveLength(3);
  });

  it("distributed Map: tolerated failures, then States.ExceedToleratedFailureThreshold (seed L5505–L5516)", async () => {
    const def = (extra: JsonObject) =>
      machine({
        M: {
          Type: "Map",
          ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...machine({ C: { Type: "Choice", Choices: [{ Variable: "$", NumericEquals: 0, Next: "F" }], Default: "OK" }, F: { Type: "Fail", Error: "Bad" }, OK: { Type: "Pass", End: true } }) },
          End: true,
          ...extra,
        },
      });
    expect((await run(def({}), [1, 0, 2])).error).toBe("States.ExceedToleratedFailureThreshold");
    expect((await run(def({ ToleratedFailureCount: 1 }), [1, 0, 2])).output).toEqual([1, { Error: "Bad" }, 2]);
    expect((await run(def({ ToleratedFailurePercentage: 30 }), [1, 0, 2])).error).toBe("States.ExceedToleratedFailureThreshold");
    expect((await run(def({ ToleratedFailurePercentage: 34 }), [1, 0, 2])).status).toBe("SUCCEEDED");
    const child = (await run(def({ ToleratedFailureCount: 5 }), [1])).events.find((e) => e.executionArn !== undefined);
    expect(child?.type).toBe("ExecutionStarted");
  });

  it("task timeouts from mocks: TimeoutSeconds → States.Timeout (TaskTimedOut), HeartbeatSeconds → States.HeartbeatTimeout", async () => {
    const slow = await run(machine({ T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", TimeoutSeconds: 2, End: true } }), {}, { mocks: { states: { T: { result: {}, delaySeconds: 10 } } } });
    expect([slow.error, slow.stopTime - TEST_START]).toEqual(["States.Timeout", 2000]);
    expect(types(slow.events)).toContain("TaskTimedOut");
    const heartbeat = await run(
      machine({ T: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", HeartbeatSeconds: 5, Catch: [{ ErrorEquals: ["States.Timeout"], Next: "C" }], End: true }, C: { Type: "Pass", End: true } }),
      {},
      { mocks: { states: { T: { result: {}, delaySeconds: 60 } } } },
    );
    expect((heartbeat.output as JsonObject).Error).toBe("States.HeartbeatTimeout");
  });

  it("execution TimeoutSeconds → TIMED_OUT with States.Timeout (seed L2535–L2538)", async () => {
    const result = await run({ StartAt: "W", TimeoutSeconds: 5, States: { W: { Type: "Wait", Seconds: 10, End: true } } });
    expect([result.status, result.error, result.stopTime - TEST_START]).toEqual(["TIMED_OUT", "States.Timeout", 5000]);
    expect(result.events.at(-1)?.type).toBe("ExecutionTimedOut");
  });

  it("maxTransitions stops a runaway loop with States.Runtime, not catchable", async () => {
    const result = await run(machine({ A: { Type: "Pass", Next: "A" } }), {}, { maxTransitions: 100 });
    expect([result.status, result.error, result.transitions]).toEqual(["FAILED", "States.Runtime", 101]);
    expect(result.cause).toContain("limit of 100 state transitions");
  });

  it("a missing MockConfigFile entry fails the execution (seed L20902–L20907)", async () => {
    const config = { StateMachines: { sm: { TestCases: { t: { T: "R" } } } }, MockedResponses: { R: { "0": { Throw: { Error: "E", Cause: "c" } } } } };
    const def = machine({ T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Retry: [{ ErrorEquals: ["States.ALL"] }], End: true } });
    const result = await run(def, {}, { mocks: { config, testCase: "t" } });
    expect([result.status, result.error]).toEqual(["FAILED", "States.Runtime"]);
    expect(result.cause).toContain("No mocked response for invocation 1");
  });

  it("an unknown Next target fails with States.Runtime", async () => {
    expect((await run(machine({ A: { Type: "Pass", Next: "Nowhere" } }))).error).toBe("States.Runtime");
  });

  it("a JSONata state runs (its input passes through without Output: corpus 0770)", async () => {
    const result = await run({ QueryLanguage: "JSONata", StartAt: "P", States: { P: { Type: "Pass", End: true } } }, { a: 1 });
    expect(result).toMatchObject({ status: "SUCCEEDED", output: { a: 1 } });
  });
});

describe("context object $$ (seed L7690–L7751)", () => {
  it("Execution, State, StateMachine, Task.Token and RetryCount", async () => {
    const def = machine({
      P: { Type: "Pass", Parameters: { "ctx.$": "$$" }, End: true },
    });
    const result = await run(def, { in: 1 }, { executionName: "exec", stateMachineName: "sm" });
    expect((result.output as JsonObject).ctx).toEqual({
      Execution: { Id: "arn:aws:states:us-east-1:123456789012:execution:sm:exec", Input: { in: 1 }, Name: "exec", RoleArn: "arn:aws:iam::123456789012:role/StepFunctionsSimulatorRole", StartTime: "2024-01-01T00:00:00.000Z", RedriveCount: 0 },
      State: { EnteredTime: "2024-01-01T00:00:00.000Z", Name: "P", RetryCount: 0 },
      StateMachine: { Id: "arn:aws:states:us-east-1:123456789012:stateMachine:sm", Name: "sm" },
      Task: {},
    });
    const retried = await run(
      machine({ T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { "n.$": "$$.State.RetryCount" }, Retry: [{ ErrorEquals: ["E"], IntervalSeconds: 1 }], End: true } }),
      {},
      { mocks: { states: { T: { sequence: [{ error: "E" }, { error: "E" }, { result: "ok" }] } } } },
    );
    const scheduled = retried.events.filter((e) => e.type === "TaskScheduled").map((e) => (e.type === "TaskScheduled" ? e.taskScheduledEventDetails.parameters : null));
    expect(scheduled).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
  });
});

describe("callbacks, hooks and abort", () => {
  const callbackTask = machine({ T: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", Parameters: { "token.$": "$$.Task.Token" }, TimeoutSeconds: 60, End: true } });

  it(".waitForTaskToken waits for sendTaskSuccess with the token from $$.Task.Token (seed L29963–L30086)", async () => {
    const handle = runExecution(callbackTask, {}, { startTime: TEST_START });
    await Promise.resolve();
    const [pending] = handle.pendingTasks();
    expect(pending?.input).toEqual({ token: pending?.taskToken });
    expect(handle.sendTaskSuccess(pending?.taskToken as string, { ok: true })).toBe(true);
    const result = await handle.result;
    expect(result.output).toEqual({ ok: true });
    expect(types(result.events)).toContain("TaskSubmitted");
  });

  it("sendTaskFailure fails the task; an answer after TimeoutSeconds times it out", async () => {
    const failing = runExecution(callbackTask, {}, { startTime: TEST_START });
    failing.sendTaskFailure(failing.pendingTasks()[0]?.taskToken as string, "Rejected", "no");
    expect((await failing.result).error).toBe("Rejected");
    const late = runExecution(callbackTask, {}, { startTime: TEST_START });
    late.sendTaskSuccess(late.pendingTasks()[0]?.taskToken as string, {}, { afterSeconds: 120 });
    expect((await late.result).error).toBe("States.Timeout");
  });

  it("a mocked callback task does not wait (seed L21302–L21303)", async () => {
    expect((await run(callbackTask, {}, { mocks: { states: { T: { result: 1 } } } })).output).toBe(1);
  });

  it("beforeState is awaited before each state (breakpoints / Step / Continue)", async () => {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handle = runExecution(machine({ A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", End: true } }), {}, {
      beforeState: (info) => {
        order.push(`before ${info.stateName}`);
        return info.stateName === "B" ? gate : undefined;
      },
      onEvent: (e) => e.type === "PassStateEntered" && order.push(`entered ${e.stateEnteredEventDetails.name}`),
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual(["before A", "entered A", "before B"]);
    release();
    await handle.result;
    expect(order.at(-1)).toBe("entered B");
  });

  it("abort() and an AbortSignal end the run as ABORTED", async () => {
    const handle = runExecution(callbackTask, {}, {});
    handle.abort("stop");
    const result = await handle.result;
    expect([result.status, result.cause, result.events.at(-1)?.type]).toEqual(["ABORTED", "stop", "ExecutionAborted"]);
    const controller = new AbortController();
    controller.abort("early");
    expect((await runExecution(machine({ A: { Type: "Pass", End: true } }), {}, { signal: controller.signal }).result).status).toBe("ABORTED");
  });

  it("the same seed replays UUIDs and jitter; execution input is copied, not shared", async () => {
    const def = machine({ P: { Type: "Pass", Parameters: { "id.$": "States.UUID()" }, End: true } });
    expect((await run(def, {}, { random: 7 })).output).toEqual((await run(def, {}, { random: 7 })).output);
    expect((await run(def, {}, { random: 7 })).output).not.toEqual((await run(def, {}, { random: 8 })).output);
  });

  it("`__proto__` and `constructor` keys are data", async () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as JsonValue;
    const def = machine({ P: { Type: "Pass", Parameters: { "p.$": "$.__proto__", "c.$": "$.constructor" }, ResultPath: "$.out", End: true } });
    const result = await run(def, input);
    expect(JSON.stringify((result.output as JsonObject).out)).toBe('{"p":{"polluted":true},"c":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
