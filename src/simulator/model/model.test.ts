import { describe, expect, it } from "vitest";
import type { JsonValue } from "../../asl/json";
import { runExecution } from "../../asl/interpret/runExecution";
import type { MockConfigFile } from "../../asl/mocks/types";
import { filterEventRows, filterOptions, formatDuration, formatElapsed, toEventRows } from "./eventRows";
import { diffJson } from "./jsonDiff";
import { exportMockConfig, readMockConfig, toMockedResponse } from "./mockConfigIO";
import { parseJsonText } from "./parseJsonText";
import { computeRunOverlay, edgeKey } from "./runOverlay";
import { iterationLabel, iterationLevels, visitIndexesOf } from "./visitQueries";

const retryChoice: JsonValue = {
  StartAt: "Read",
  States: {
    Read: { Type: "Task", Resource: "arn:aws:states:::dynamodb:getItem", Parameters: { TableName: "t", Key: { Id: { "S.$": "$.id" } } }, Retry: [{ ErrorEquals: ["DynamoDB.AmazonDynamoDBException"], IntervalSeconds: 3, MaxAttempts: 2, BackoffRate: 1.5 }], Next: "Found?" },
    "Found?": { Type: "Choice", Choices: [{ Variable: "$.Item", IsPresent: true, Next: "Ok" }], Default: "Missing" },
    Ok: { Type: "Pass", End: true },
    Missing: { Type: "Fail", Error: "NotFound" },
  },
};
const mocks = {
  states: {
    Read: {
      sequence: [
        { error: "DynamoDB.AmazonDynamoDBException", cause: "throttled" },
        { error: "DynamoDB.AmazonDynamoDBException", cause: "throttled" },
        { result: { Item: { Id: { S: "1" } } } },
      ],
    },
  },
};

const mapMachine: JsonValue = {
  StartAt: "Each",
  States: {
    Each: { Type: "Map", ItemProcessor: { StartAt: "Check", States: { Check: { Type: "Choice", Choices: [{ Variable: "$", NumericLessThan: 3, Next: "Small" }], Default: "Big" }, Small: { Type: "Pass", End: true }, Big: { Type: "Fail", Error: "TooBig" } } }, Catch: [{ ErrorEquals: ["States.ALL"], Next: "Handled" }], End: true },
    Handled: { Type: "Succeed" },
  },
};

describe("event rows", () => {
  it("gives each event its state (following previousEventId) and elapsed virtual time; filters by state, type and id", async () => {
    const result = await runExecution(retryChoice, { id: "1" }, { mocks }).result;
    const { rows } = toEventRows(result.events);
    expect(rows[0]?.stateName).toBeUndefined();
    const failed = rows.filter((r) => r.event.type === "TaskFailed");
    expect(failed).toHaveLength(2);
    expect(failed.every((r) => r.stateName === "Read" && r.tone === "failed")).toBe(true);
    expect(rows.at(-1)?.event.type).toBe("ExecutionSucceeded");
    // Retry delays of 3 s then 4.5 s on the virtual clock.
    expect(rows.find((r) => r.event.type === "TaskSucceeded")?.elapsedMs).toBe(7500);
    expect(filterEventRows(rows, { type: "TaskFailed" })).toHaveLength(2);
    expect(filterEventRows(rows, { stateName: "Found?" }).map((r) => r.event.type)).toEqual(["ChoiceStateEntered", "ChoiceStateExited"]);
    expect(filterEventRows(rows, { text: "3" }).map((r) => r.event.id)).toEqual([3]);
    expect(filterEventRows(rows, { text: "scheduled" }).every((r) => r.event.type === "TaskScheduled")).toBe(true);
    expect(filterOptions(rows).stateNames).toEqual(["Found?", "Ok", "Read"]);
  });

  it("extends previous rows without re-annotating them (live runs)", async () => {
    const result = await runExecution(retryChoice, { id: "1" }, { mocks }).result;
    const first = toEventRows(result.events.slice(0, 5));
    const more = toEventRows(result.events, first.rows, first.names);
    expect(more.rows[0]).toBe(first.rows[0]);
    expect(more.rows).toHaveLength(result.events.length);
    expect(more.rows.map((r) => r.stateName)).toEqual(toEventRows(result.events).rows.map((r) => r.stateName));
  });

  it("Map iteration events belong to the Map state", async () => {
    const result = await runExecution(mapMachine, [1, 2], {}).result;
    const rows = toEventRows(result.events).rows;
    expect(rows.filter((r) => r.event.type.startsWith("MapIteration")).every((r) => r.stateName === "Each")).toBe(true);
    expect(rows.find((r) => r.event.type === "MapStateSucceeded")?.stateName).toBe("Each");
  });

  it("formats virtual times", () => {
    expect(formatElapsed(1250)).toBe("+1.250 s");
    expect(formatElapsed(123_000)).toBe("+2 min 3.000 s");
    expect(formatDuration(0)).toBe("0 ms");
    expect(formatDuration(7500)).toBe("7.5 s");
    expect(formatDuration(3_720_000)).toBe("1 h 2 min");
  });
});

describe("run overlay", () => {
  it("colours states by status, counts retries, and marks the path taken", async () => {
    const result = await runExecution(retryChoice, { id: "1" }, { mocks }).result;
    const overlay = computeRunOverlay({ definition: retryChoice, events: result.events, visits: result.visits, finished: true });
    expect(overlay.nodes.get("/States/Read")).toMatchObject({ status: "succeeded", retries: 2, visits: 1 });
    expect(overlay.nodes.get("/States/Found?")?.status).toBe("succeeded");
    expect(overlay.nodes.get("/States/Missing")).toBeUndefined();
    expect(overlay.edges.has(edgeKey("#start", "/States/Read", false))).toBe(true);
    expect(overlay.edges.has(edgeKey("/States/Read", "/States/Found?", false))).toBe(true);
    expect(overlay.edges.has(edgeKey("/States/Found?", "/States/Ok", false))).toBe(true);
    expect(overlay.edges.has(edgeKey("/States/Ok", "#end", false))).toBe(true);
    expect(overlay.edges.has(edgeKey("/States/Found?", "/States/Missing", false))).toBe(false);
  });

  it("Map items counted, failed iterations and the catch path shown", async () => {
    const result = await runExecution(mapMachine, [1, 2, 5, 1], { }).result;
    const overlay = computeRunOverlay({ definition: mapMachine, events: result.events, visits: result.visits, finished: true });
    expect(overlay.nodes.get("/States/Each")?.status).toBe("caught");
    expect(overlay.nodes.get("/States/Each")?.count).toMatch(/^2\/4 items, 1 failed$/);
    expect(overlay.nodes.get("/States/Each/ItemProcessor/States/Big")?.status).toBe("failed");
    expect(overlay.edges.has(edgeKey("/States/Each", "/States/Handled", true))).toBe(true);
  });

  it("a state entered but not ended is in progress while running, aborted once finished", () => {
    const definition: JsonValue = { StartAt: "W", States: { W: { Type: "Wait", Seconds: 5, End: true } } };
    const events = [
      { id: 1, previousEventId: 0, timestamp: 0, type: "ExecutionStarted", executionStartedEventDetails: { input: {}, roleArn: "", stateMachineArn: "" } },
      { id: 2, previousEventId: 1, timestamp: 0, type: "WaitStateEntered", stateEnteredEventDetails: { name: "W", input: {} } },
    ] as const;
    const running = computeRunOverlay({ definition, events: [...events], visits: [], finished: false });
    expect(running.nodes.get("/States/W")?.status).toBe("running");
    const visit = { stateName: "W", stateType: "Wait", pointer: "/States/W", iterationPath: [], input: {}, stages: {}, retries: [], enteredAt: 0, enteredEventId: 2, status: "running" as const };
    const aborted = computeRunOverlay({ definition, events: [...events], visits: [visit], finished: true });
    expect(aborted.nodes.get("/States/W")).toMatchObject({ status: "failed", label: "Aborted" });
  });

  it("Parallel branches counted", async () => {
    const parallel: JsonValue = { StartAt: "P", States: { P: { Type: "Parallel", Branches: [{ StartAt: "A", States: { A: { Type: "Pass", End: true } } }, { StartAt: "B", States: { B: { Type: "Pass", End: true } } }], End: true } } };
    const result = await runExecution(parallel, {}, {}).result;
    const overlay = computeRunOverlay({ definition: parallel, events: result.events, visits: result.visits, finished: true });
    expect(overlay.nodes.get("/States/P")?.count).toBe("2/2 branches");
  });
});

describe("visit queries", () => {
  it("iteration pickers are zero-based, mark failed items, and narrow the visits", async () => {
    const result = await runExecution(mapMachine, [1, 2, 5, 1], {}).result;
    const indexes = visitIndexesOf(result.visits, "/States/Each/ItemProcessor/States/Check");
    const { levels, matching } = iterationLevels(result.visits, indexes, [2]);
    expect(levels).toHaveLength(1);
    expect(levels[0]?.options.map((o) => o.index)).toEqual([0, 1, 2]);
    expect(levels[0]?.selected).toBe(2);
    expect(matching).toHaveLength(1);
    expect(result.visits[matching[0] ?? -1]?.input).toBe(5);
    const big = iterationLevels(result.visits, visitIndexesOf(result.visits, "/States/Each/ItemProcessor/States/Big"), []);
    expect(big.levels[0]?.options.map(iterationLabel)).toEqual(["#2 (failed)"]);
  });
});

describe("json diff", () => {
  it("marks added and changed members against the base", () => {
    const diff = diffJson({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 5 } });
    const marked = diff.lines.filter((l) => l.change !== "same").map((l) => `${l.change}:${l.text}`);
    expect(marked).toEqual(["changed:\"c\": 2,", "added:\"d\": 3"]);
    expect(diff.replaced).toBe(false);
  });
  it("a whole new subtree is added; unrelated roots are 'replaced'; no base marks nothing", () => {
    const added = diffJson({ a: 1, r: { x: [1] } }, { a: 1 });
    expect(added.lines.filter((l) => l.change === "added").map((l) => l.text)).toEqual(['"r": {', '"x": [', "1", "]", "}"]);
    expect(diffJson("text", { a: 1 }).replaced).toBe(true);
    expect(diffJson({ a: 1 }).changed).toBe(0);
    expect(diffJson(2, 1).lines[0]?.change).toBe("changed");
  });
});

describe("mock config import/export", () => {
  const guideFile = {
    StateMachines: { LambdaSQSIntegration: { TestCases: { HappyPath: { LambdaState: "MockedLambdaSuccess", SQSState: "MockedSQSSuccess" }, RetryPath: { LambdaState: "MockedLambdaRetry", SQSState: "MockedSQSSuccess" } } } },
    MockedResponses: {
      MockedLambdaSuccess: { "0": { Return: { StatusCode: 200 } } },
      MockedSQSSuccess: { "0": { Return: { MessageId: "m" } } },
      MockedLambdaRetry: { "0": { Throw: { Error: "Lambda.ResourceNotReadyException", Cause: "not ready" } }, "1-2": { Throw: { Error: "Lambda.TimeoutException", Cause: "timed out" } }, "3": { Return: { StatusCode: 200 } } },
    },
  };
  it("reads a file and lists state machines and test cases; bad files get a located message", () => {
    const imported = readMockConfig(JSON.stringify(guideFile));
    expect(imported.stateMachines).toEqual(["LambdaSQSIntegration"]);
    expect(imported.testCases.LambdaSQSIntegration).toEqual(["HappyPath", "RetryPath"]);
    expect(() => readMockConfig('{"StateMachines": {}')).toThrow(/line 1/);
    expect(() => readMockConfig('{"StateMachines": {"M": {"TestCases": {"T": {"S": "Nope"}}}}, "MockedResponses": {}}')).toThrow(/Nope/);
  });
  it("exports per-state mocks as one test case; the last answer repeats like in the simulator", async () => {
    const file: MockConfigFile = exportMockConfig(mocks.states, "Machine", "Simulated");
    expect(file.StateMachines.Machine?.TestCases.Simulated).toEqual({ Read: "ReadMock" });
    expect(Object.keys(file.MockedResponses.ReadMock ?? {})).toEqual(["0", "1", "2-999"]);
    expect(toMockedResponse({ result: 1 })).toEqual({ "0-999": { Return: 1 } });
    expect(toMockedResponse({ itemReader: [] })).toBeUndefined();
    // Same run either way.
    const viaStates = await runExecution(retryChoice, { id: "1" }, { mocks }).result;
    const viaFile = await runExecution(retryChoice, { id: "1" }, { mocks: { config: file, testCase: "Simulated" } }).result;
    expect(viaFile.output).toEqual(viaStates.output);
    expect(viaFile.events.map((e) => e.type)).toEqual(viaStates.events.map((e) => e.type));
  });
});

describe("JSON text", () => {
  it("locates syntax errors by line and column", () => {
    expect(parseJsonText('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    const bad = parseJsonText('{\n  "a": 1,\n  "b" 2\n}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect([bad.line, bad.column]).toEqual([3, 7]);
    expect(parseJsonText("  ").ok).toBe(false);
  });
});
