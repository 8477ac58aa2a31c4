import { describe, expect, it } from "vitest";
import type { JsonValue } from "../../asl/json";
import { runExecution } from "../../asl/interpret/runExecution";
import type { MockConfigFile } from "../../asl/mocks/types";
import { diffJson } from "./jsonDiff";
import { exportMockConfig, readMockConfig, toMockedResponse } from "./mockConfigIO";
import { parseJsonText } from "./parseJsonText";
import { computeRunOverlay, edgeKey } from "./runOverlay";
import { iterationLabel, iterationLevels, visitIndexesOf } from "./visitQueries";
import { mapMachine, mocks, retryChoice } from "./testFixtures";

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

describe("timeline", () => {
  it("splits a retried visit into failed attempts and backoff waits (3 s, then 4.5 s)", async () => {
    const { retrySegments, visitKey } = await import("./timelineModel");
    const result = await runExecution(retryChoice, { id: "1" }, { mocks, startTime: 0 }).result;
    const read = result.visits[0];
    const segments = read ? retrySegments(result.events).get(visitKey(read)) : undefined;
    expect(segments).toEqual([
      { kind: "failed", from: 0, to: 0 },
      { kind: "backoff", from: 0, to: 3000 },
      { kind: "failed", from: 3000, to: 3000 },
      { kind: "backoff", from: 3000, to: 7500 },
    ]);
  });
});
