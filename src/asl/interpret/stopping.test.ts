/**
 * A failing branch or iteration stops its siblings: "if any branch fails … the whole Parallel
 * state fails and all its branches are stopped" (seed L4660–L4664); "any iteration failure fails
 * the Map state … all iterations stop" (seed L4879; asl-semantics §2.7, §2.8). The state fails at
 * the virtual time of that failure, and the run never waits for work AWS would have stopped.
 */
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../json";
import type { HistoryEvent } from "./events";
import { runExecution } from "./runExecution";
import { run, TEST_START } from "./testSupport";

const machine = (states: JsonObject, startAt = Object.keys(states)[0] as string): JsonObject => ({ StartAt: startAt, States: states });
const types = (events: HistoryEvent[]) => events.map((e) => e.type);
const at = (events: HistoryEvent[], type: string) => events.filter((e) => e.type === type).map((e) => (e.timestamp - TEST_START) / 1000);
const CALLBACK = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
const callbackTask = (next?: string): JsonObject => ({ Type: "Task", Resource: CALLBACK, Parameters: { "TaskToken.$": "$$.Task.Token" }, ...(next ? { Next: next } : { End: true }) });
const fail: JsonObject = { Type: "Fail", Error: "Boom", Cause: "branch failed" };

/** Resolves with the result, or with "pending" when the run is still waiting after the current macrotask. */
async function settledOrPending<T>(result: Promise<T>): Promise<T | "pending"> {
  return Promise.race([result, new Promise<"pending">((resolve) => setTimeout(() => resolve("pending"), 0))]);
}

describe("Parallel: a failing branch fails the state at its own time and stops the others (seed L4660–L4664)", () => {
  it("branch A Wait 100 s, branch B Fail: the Parallel and the execution fail at +0 s, not +100 s", async () => {
    const def = machine({ P: { Type: "Parallel", Branches: [machine({ W: { Type: "Wait", Seconds: 100, End: true } }), machine({ F: fail })], End: true } });
    const result = await run(def, {});
    expect(result).toMatchObject({ status: "FAILED", error: "Boom", cause: "branch failed" });
    expect(result.stopTime - TEST_START).toBe(0);
    expect(at(result.events, "ParallelStateFailed")).toEqual([0]);
    expect(at(result.events, "ExecutionFailed")).toEqual([0]);
  });

  it("a branch still running when another fails stops at that time: its Wait does not finish", async () => {
    const def = machine({
      P: {
        Type: "Parallel",
        Branches: [machine({ Short: { Type: "Wait", Seconds: 5, Next: "F" }, F: fail }), machine({ Long: { Type: "Wait", Seconds: 100, Next: "After" }, After: { Type: "Pass", End: true } })],
        End: true,
      },
    });
    const result = await run(def, {});
    expect(result.status).toBe("FAILED");
    expect(result.stopTime - TEST_START).toBe(5000);
    expect(at(result.events, "ParallelStateFailed")).toEqual([5]);
    // Long was entered at +0 and stopped at +5 s: no WaitStateExited, and After never ran.
    expect(types(result.events).filter((t) => t === "WaitStateExited")).toHaveLength(1);
    const long = result.visits.find((v) => v.stateName === "Long");
    expect(long).toMatchObject({ status: "failed", enteredAt: TEST_START, exitedAt: TEST_START + 5000 });
    expect(long?.error).toBeUndefined();
    expect(long?.cause).toContain("stopped");
    expect(result.visits.some((v) => v.stateName === "After")).toBe(false);
  });

  it("a callback task in another branch no longer blocks: the run resolves with no answer and nothing stays pending", async () => {
    const def = machine({ P: { Type: "Parallel", Branches: [machine({ Wait4Token: callbackTask() }), machine({ F: fail })], End: true } });
    const handle = runExecution(def, {}, { startTime: TEST_START });
    expect(handle.pendingTasks()).toEqual([]);
    const result = await settledOrPending(handle.result);
    expect(result).not.toBe("pending");
    if (result === "pending") return;
    expect(result).toMatchObject({ status: "FAILED", error: "Boom" });
    expect(types(result.events)).toContain("TaskSubmitted");
    expect(result.visits.find((v) => v.stateName === "Wait4Token")).toMatchObject({ status: "failed", exitedAt: TEST_START });
  });

  it("a callback task started before a later-index branch fails at a later time is cancelled at that time", async () => {
    const def = machine({ P: { Type: "Parallel", Branches: [machine({ Wait4Token: callbackTask() }), machine({ W: { Type: "Wait", Seconds: 30, Next: "F" }, F: fail })], End: true } });
    const handle = runExecution(def, {}, { startTime: TEST_START });
    const result = await settledOrPending(handle.result);
    if (result === "pending") throw new Error("the run waits for a callback AWS would have stopped");
    expect(result.stopTime - TEST_START).toBe(30_000);
    expect(result.visits.find((v) => v.stateName === "Wait4Token")).toMatchObject({ status: "failed", exitedAt: TEST_START + 30_000 });
  });

  it("a callback answered with a failure stops the other callback branch: its token leaves the pending list", async () => {
    const def = machine({ P: { Type: "Parallel", Branches: [machine({ First: callbackTask() }), machine({ Second: callbackTask() })], End: true } });
    const handle = runExecution(def, {}, { startTime: TEST_START });
    const [first, second] = handle.pendingTasks();
    expect(first?.stateName).toBe("First");
    expect(second?.stateName).toBe("Second");
    expect(handle.sendTaskFailure(first?.taskToken as string, "Worker.Error", "no", { afterSeconds: 3 })).toBe(true);
    const result = await handle.result;
    expect(result).toMatchObject({ status: "FAILED", error: "Worker.Error", cause: "no" });
    expect(result.stopTime - TEST_START).toBe(3000);
    expect(handle.pendingTasks()).toEqual([]);
    // Answering a stopped branch's task is refused, as SendTask* raise an error once the state failed (seed L4671–L4673).
    expect(handle.sendTaskSuccess(second?.taskToken as string, {})).toBe(false);
    expect(handle.sendTaskHeartbeat(second?.taskToken as string)).toBe(false);
    expect(result.visits.find((v) => v.stateName === "Second")).toMatchObject({ status: "failed", exitedAt: TEST_START + 3000 });
  });

  it("when a Catch on the Parallel continues the run, the stopped branch's callback is no longer pending", async () => {
    const def = machine({
      P: { Type: "Parallel", Branches: [machine({ Stale: callbackTask() }), machine({ F: fail })], Catch: [{ ErrorEquals: ["States.ALL"], Next: "Later" }], Next: "Done" },
      Later: callbackTask(),
      Done: { Type: "Succeed" },
    });
    const handle = runExecution(def, {}, { startTime: TEST_START });
    expect(handle.pendingTasks()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handle.pendingTasks().map((t) => t.stateName)).toEqual(["Later"]);
    handle.sendTaskSuccess((handle.pendingTasks()[0] as { taskToken: string }).taskToken, { ok: true });
    const result = await handle.result;
    expect(result).toMatchObject({ status: "SUCCEEDED", output: { ok: true } });
  });

  it("the stop is not an error of the branch: its own catchers do not see it", async () => {
    const def = machine({
      P: {
        Type: "Parallel",
        Branches: [machine({ Waiting: { ...callbackTask("Fine"), Catch: [{ ErrorEquals: ["States.ALL"], Next: "Handler" }] }, Handler: { Type: "Pass", End: true }, Fine: { Type: "Pass", End: true } }), machine({ F: fail })],
        End: true,
      },
    });
    const result = await run(def, {});
    expect(result.status).toBe("FAILED");
    expect(result.visits.map((v) => v.stateName)).not.toContain("Handler");
  });

  it("an async task handler that never answers does not hold the run", async () => {
    const def = machine({ P: { Type: "Parallel", Branches: [machine({ Slow: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:slow", End: true } }), machine({ F: fail })], End: true } });
    const result = await settledOrPending(run(def, {}, { taskHandler: () => new Promise(() => undefined) }));
    expect(result).not.toBe("pending");
    expect(result).toMatchObject({ status: "FAILED", error: "Boom" });
  });

  it("scaled real time: a sleeping branch is woken by the failure instead of sleeping 100 s", async () => {
    const def = machine({ P: { Type: "Parallel", Branches: [machine({ W: { Type: "Wait", Seconds: 100, End: true } }), machine({ F: fail })], End: true } });
    const result = await settledOrPending(run(def, {}, { clock: { mode: "scaled", speed: 1 } }));
    if (result === "pending") throw new Error("the run sleeps through a wait AWS would have stopped");
    expect(result.status).toBe("FAILED");
    expect(result.stopTime - TEST_START).toBe(0);
    expect(result.visits.find((v) => v.stateName === "W")).toMatchObject({ status: "failed", exitedAt: TEST_START });
  });
});

describe("Map: a failing iteration fails the state at its own time and stops the others (seed L4879)", () => {
  const processor = machine({
    Pick: { Type: "Choice", Choices: [{ Variable: "$.fail", BooleanEquals: true, Next: "Short" }], Default: "Long" },
    Short: { Type: "Wait", Seconds: 10, Next: "F" },
    F: fail,
    Long: { Type: "Wait", Seconds: 100, End: true },
  });

  it("iteration 0 fails at +10 s: iteration 1 (waiting 100 s) is aborted at +10 s, MapStateFailed at +10 s", async () => {
    const def = machine({ M: { Type: "Map", ItemProcessor: processor, End: true } });
    const result = await run(def, [{ fail: true }, { fail: false }]);
    expect(result).toMatchObject({ status: "FAILED", error: "Boom" });
    expect(result.stopTime - TEST_START).toBe(10_000);
    expect(at(result.events, "MapIterationFailed")).toEqual([10]);
    expect(at(result.events, "MapIterationAborted")).toEqual([10]);
    expect(result.events.find((e) => e.type === "MapIterationAborted")).toMatchObject({ mapIterationAbortedEventDetails: { name: "M", index: 1 } });
    expect(at(result.events, "MapStateFailed")).toEqual([10]);
    expect(result.visits.filter((v) => v.stateName === "Long")).toMatchObject([{ status: "failed", exitedAt: TEST_START + 10_000 }]);
  });

  it("MaxConcurrency 1: the iteration after the failing one is never started", async () => {
    const def = machine({ M: { Type: "Map", MaxConcurrency: 1, ItemProcessor: processor, End: true } });
    const result = await run(def, [{ fail: true }, { fail: false }]);
    expect(result.stopTime - TEST_START).toBe(10_000);
    expect(types(result.events).filter((t) => t === "MapIterationStarted")).toHaveLength(1);
  });

  it("a callback in another iteration does not block the run", async () => {
    const def = machine({
      M: {
        Type: "Map",
        ItemProcessor: machine({ Pick: { Type: "Choice", Choices: [{ Variable: "$.fail", BooleanEquals: true, Next: "F" }], Default: "Wait4Token" }, F: fail, Wait4Token: callbackTask() }),
        End: true,
      },
    });
    const handle = runExecution(def, [{ fail: false }, { fail: true }], { startTime: TEST_START });
    expect(handle.pendingTasks()).toEqual([]);
    const result = await settledOrPending(handle.result);
    if (result === "pending") throw new Error("the run waits for a callback AWS would have stopped");
    expect(result).toMatchObject({ status: "FAILED", error: "Boom" });
    expect(at(result.events, "MapIterationAborted")).toEqual([0]);
  });
});

describe("distributed Map: crossing the failure threshold stops the other child executions", () => {
  it("a child waiting for a callback is aborted when another child's failure fails the Map run (no tolerance)", async () => {
    const processor = {
      ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
      ...machine({ Pick: { Type: "Choice", Choices: [{ Variable: "$", StringEquals: "fail", Next: "F" }], Default: "Wait4Token" }, F: fail, Wait4Token: callbackTask() }),
    };
    const handle = runExecution(machine({ M: { Type: "Map", ItemProcessor: processor, End: true } }), ["work", "fail"], { startTime: TEST_START });
    expect(handle.pendingTasks()).toEqual([]);
    const result = await settledOrPending(handle.result);
    if (result === "pending") throw new Error("the run waits for a callback AWS would have stopped");
    expect(result).toMatchObject({ status: "FAILED", error: "States.ExceedToleratedFailureThreshold" });
    const childEnds = result.events.filter((e) => e.executionArn !== undefined && e.type.startsWith("Execution") && e.type !== "ExecutionStarted").map((e) => e.type);
    expect(childEnds.sort()).toEqual(["ExecutionAborted", "ExecutionFailed"]);
  });
});

describe("nested: a Parallel inside a Map iteration (seed L4660–L4664, L4879)", () => {
  it("the inner Parallel's failure stops its other branch and fails the Map at that time", async () => {
    const inner: JsonObject = {
      Type: "Parallel",
      Branches: [machine({ Short: { Type: "Wait", Seconds: 5, Next: "F" }, F: fail }), machine({ Long: { Type: "Wait", Seconds: 100, End: true } })],
      End: true,
    };
    const result = await run(machine({ M: { Type: "Map", ItemProcessor: machine({ P: inner }), End: true } }), [1]);
    expect(result).toMatchObject({ status: "FAILED", error: "Boom" });
    expect(result.stopTime - TEST_START).toBe(5000);
    expect(at(result.events, "ParallelStateFailed")).toEqual([5]);
    expect(at(result.events, "MapStateFailed")).toEqual([5]);
  });

  it("another iteration's failure stops the Parallel inside a running iteration: its callback is cancelled, the Parallel aborted", async () => {
    const inner: JsonObject = { Type: "Parallel", Branches: [machine({ Wait4Token: callbackTask() }), machine({ Quick: { Type: "Pass", End: true } })], End: true };
    const def = machine({
      M: { Type: "Map", ItemProcessor: machine({ Pick: { Type: "Choice", Choices: [{ Variable: "$", StringEquals: "fail", Next: "F" }], Default: "P" }, F: fail, P: inner }), End: true },
    });
    const handle = runExecution(def, ["work", "fail"], { startTime: TEST_START });
    expect(handle.pendingTasks()).toEqual([]);
    const result = await settledOrPending(handle.result);
    if (result === "pending") throw new Error("the run waits for a callback AWS would have stopped");
    expect(result).toMatchObject({ status: "FAILED", error: "Boom" });
    const kinds = types(result.events);
    expect(kinds).toContain("ParallelStateAborted");
    expect(kinds).not.toContain("ParallelStateFailed");
    expect(result.events.find((e) => e.type === "MapIterationAborted")).toMatchObject({ mapIterationAbortedEventDetails: { index: 0 } });
    expect(result.visits.find((v) => v.stateName === "P")).toMatchObject({ status: "failed" });
  });

  it("a Parallel of Maps: a failing branch stops a Map in the other branch", async () => {
    const slowMap: JsonObject = { Type: "Map", ItemProcessor: machine({ Wait4Token: callbackTask() }), End: true };
    const def = machine({ P: { Type: "Parallel", Branches: [machine({ Each: slowMap }), machine({ W: { Type: "Wait", Seconds: 7, Next: "F" }, F: fail })], End: true } });
    const result = await settledOrPending(runExecution(def, [1, 2], { startTime: TEST_START }).result);
    if (result === "pending") throw new Error("the run waits for a callback AWS would have stopped");
    expect(result.stopTime - TEST_START).toBe(7000);
    expect(at(result.events, "MapIterationAborted")).toEqual([7, 7]);
    expect(at(result.events, "MapStateAborted")).toEqual([7]);
  });
});

describe("what stopping does not change", () => {
  it("branches that all succeed run as before (output in branch order, the state ends at the latest branch)", async () => {
    const def = machine({ P: { Type: "Parallel", Branches: [machine({ A: { Type: "Wait", Seconds: 3, End: true } }), machine({ B: { Type: "Wait", Seconds: 9, End: true } })], End: true } });
    const result = await run(def, 1);
    expect(result).toMatchObject({ status: "SUCCEEDED", output: [1, 1] });
    expect(result.stopTime - TEST_START).toBe(9000);
  });

  it("a failure caught inside a branch is not a failure of the branch: nothing stops", async () => {
    const def = machine({
      P: {
        Type: "Parallel",
        Branches: [
          machine({ W: { Type: "Wait", Seconds: 50, End: true } }),
          machine({ T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Ok" }], End: true }, Ok: { Type: "Pass", End: true } }),
        ],
        End: true,
      },
    });
    const result = await run(def, {}, { mocks: { states: { T: { error: "Oops" } } } });
    expect(result.status).toBe("SUCCEEDED");
    expect(result.stopTime - TEST_START).toBe(50_000);
  });

  it("JSON values of the failure reach a Catch on the Parallel unchanged", async () => {
    const def = machine({
      P: { Type: "Parallel", Branches: [machine({ W: { Type: "Wait", Seconds: 100, End: true } }), machine({ F: fail })], Catch: [{ ErrorEquals: ["Boom"], ResultPath: "$.err", Next: "Done" }], Next: "Done" },
      Done: { Type: "Pass", End: true },
    });
    const result = await run(def, { a: 1 });
    expect(result.output).toEqual({ a: 1, err: { Error: "Boom", Cause: "branch failed" } } as JsonValue);
    expect(result.stopTime - TEST_START).toBe(0);
  });
});
