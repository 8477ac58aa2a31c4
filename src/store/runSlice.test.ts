import { describe, expect, it } from "vitest";
import type { JsonValue } from "../asl/json";
import { attachInterpreterHost, type HostPort } from "../worker/interpreterHost";
import { createInterpreterClient, type WorkerLike } from "../worker/interpreterClient";
import type { FromWorker, ToWorker } from "../worker/protocol";
import { createStudioStore } from "./createStudioStore";
import { createRunStore, type RunState, type RunStore } from "./runSlice";

/** An in-memory worker running the real host: messages are structured-cloned and delivered asynchronously. */
function memoryWorker(): WorkerLike {
  const clientListeners: ((event: { data: unknown }) => void)[] = [];
  const hostListeners: ((event: { data: unknown }) => void)[] = [];
  let terminated = false;
  const port: HostPort = {
    postMessage: (message: FromWorker) => {
      const data = structuredClone(message);
      setTimeout(() => !terminated && clientListeners.forEach((l) => l({ data })), 0);
    },
    addEventListener: (_type, listener) => hostListeners.push(listener),
  };
  attachInterpreterHost(port);
  return {
    postMessage: (message: ToWorker) => {
      const data = structuredClone(message);
      setTimeout(() => !terminated && hostListeners.forEach((l) => l({ data })), 0);
    },
    terminate: () => {
      terminated = true;
    },
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      if (type === "message") clientListeners.push(listener);
    },
  } as WorkerLike;
}

const testStore = () => createRunStore({ createClient: () => createInterpreterClient({ createWorker: memoryWorker }), publishMs: 5 });

function until(store: RunStore, predicate: (state: RunState) => boolean, timeoutMs = 5000): Promise<RunState> {
  return new Promise((resolve, reject) => {
    if (predicate(store.getState())) return resolve(store.getState());
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Timed out; phase ${store.getState().phase}`));
    }, timeoutMs);
    const stop = store.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      stop();
      resolve(state);
    });
  });
}

const chain: JsonValue = { StartAt: "A", States: { A: { Type: "Pass", Result: 1, Next: "B" }, B: { Type: "Pass", Next: "C" }, C: { Type: "Succeed" } } };
const loop: JsonValue = {
  StartAt: "Tick",
  States: {
    Tick: { Type: "Pass", Next: "Again?" },
    "Again?": { Type: "Choice", Choices: [{ Variable: "$.stop", IsPresent: true, Next: "Done" }], Default: "Tick" },
    Done: { Type: "Succeed" },
  },
};

describe("run slice", () => {
  it("runs in the worker: running → finished, with the events and visits of the run", async () => {
    const store = testStore();
    store.getState().start({ definition: chain, input: { x: 1 }, inputName: "Sample" });
    expect(store.getState().phase).toBe("running");
    const done = await until(store, (s) => s.phase === "finished");
    const run = done.run;
    expect(run?.result?.status).toBe("SUCCEEDED");
    expect(run?.result?.output).toBe(1);
    expect(run?.inputName).toBe("Sample");
    expect(run?.events[0]?.type).toBe("ExecutionStarted");
    expect(run?.events.at(-1)?.type).toBe("ExecutionSucceeded");
    expect(run?.visits.map((v) => v.stateName)).toEqual(["A", "B", "C"]);
  });

  it("Step pauses before the first state and before each next one; Continue runs to the end", async () => {
    const store = testStore();
    store.getState().step({ definition: chain, input: {} });
    let state = await until(store, (s) => s.phase === "paused");
    expect(state.paused?.stateName).toBe("A");
    store.getState().step();
    state = await until(store, (s) => s.phase === "paused" && s.paused?.stateName === "B");
    expect(state.run?.visits.map((v) => v.stateName)).toEqual(["A"]);
    store.getState().resume();
    state = await until(store, (s) => s.phase === "finished");
    expect(state.run?.result?.status).toBe("SUCCEEDED");
  });

  it("pauses at breakpoints (by pointer), toggled on and off", async () => {
    const store = testStore();
    store.getState().toggleBreakpoint("/States/C");
    store.getState().toggleBreakpoint("/States/B");
    store.getState().toggleBreakpoint("/States/C");
    expect(store.getState().breakpoints).toEqual(["/States/B"]);
    store.getState().start({ definition: chain, input: {} });
    const state = await until(store, (s) => s.phase === "paused");
    expect(state.paused?.pointer).toBe("/States/B");
    store.getState().resume();
    expect((await until(store, (s) => s.phase === "finished")).run?.result?.status).toBe("SUCCEEDED");
  });

  it("Stop ends an endless paced loop at once with ABORTED", async () => {
    const store = testStore();
    store.getState().setSpeed("100");
    store.getState().start({ definition: loop, input: {} });
    await until(store, (s) => (s.run?.visits.length ?? 0) >= 3);
    const asked = Date.now();
    store.getState().stop();
    expect(store.getState().stopping).toBe(true);
    const state = await until(store, (s) => s.phase === "finished");
    expect(Date.now() - asked).toBeLessThan(1000);
    expect(state.run?.result?.status).toBe("ABORTED");
    expect(state.run?.result?.events.at(-1)?.type).toBe("ExecutionAborted");
  });

  it("the transition limit ends a runaway loop with a clear message", async () => {
    const store = testStore();
    store.getState().setMaxTransitions(500);
    store.getState().start({ definition: loop, input: {} });
    const state = await until(store, (s) => s.phase === "finished");
    expect(state.run?.result?.status).toBe("FAILED");
    expect(state.run?.result?.error).toBe("States.Runtime");
    expect(state.run?.result?.cause).toContain("limit of 500 state transitions");
  });

  it("a callback task waits for an answer sent from the UI", async () => {
    const store = testStore();
    const definition: JsonValue = {
      StartAt: "Approve",
      States: { Approve: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", Parameters: { QueueUrl: "q", "MessageBody.$": "$$.Task.Token" }, End: true } },
    };
    store.getState().start({ definition, input: {} });
    const waiting = await until(store, (s) => s.pendingTasks.length > 0);
    const task = waiting.pendingTasks[0];
    expect(task?.stateName).toBe("Approve");
    store.getState().sendTaskSuccess(task?.taskToken ?? "", { approved: true });
    expect(store.getState().pendingTasks).toEqual([]);
    const state = await until(store, (s) => s.phase === "finished");
    expect(state.run?.result?.output).toEqual({ approved: true });
  });

  it("uses mocks: a sequence that fails twice then succeeds is retried", async () => {
    const store = testStore();
    const definition: JsonValue = {
      StartAt: "Call",
      States: { Call: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Retry: [{ ErrorEquals: ["States.ALL"], MaxAttempts: 3 }], End: true } },
    };
    const sequence = [{ error: "Boom", cause: "1" }, { error: "Boom", cause: "2" }, { result: { ok: true } }];
    store.getState().start({ definition, input: {}, mocks: { states: { Call: { sequence } } } });
    const state = await until(store, (s) => s.phase === "finished");
    expect(state.run?.result?.output).toEqual({ ok: true });
    expect(state.run?.visits[0]?.retries).toHaveLength(2);
  });

  it("a new run replaces the old one; clear forgets it", async () => {
    const store = testStore();
    store.getState().setSpeed("1");
    store.getState().start({ definition: loop, input: {} });
    store.getState().setSpeed("instant");
    store.getState().start({ definition: chain, input: {} });
    const state = await until(store, (s) => s.phase === "finished");
    expect(state.run?.result?.status).toBe("SUCCEEDED");
    store.getState().clear();
    expect(store.getState().run).toBeUndefined();
    expect(store.getState().phase).toBe("idle");
  });

  it("is per studio instance and never enters the undo history", () => {
    const one = createStudioStore({ definition: chain });
    const two = createStudioStore({ definition: chain });
    expect(one.getState().run).not.toBe(two.getState().run);
    one.getState().run.getState().toggleBreakpoint("/States/A");
    one.getState().run.getState().showSimulatorView("events");
    expect(two.getState().run.getState().breakpoints).toEqual([]);
    expect(one.getState().history.past).toHaveLength(0);
    expect(one.getState().run.getState().bottomTab).toBe("simulator");
  });
});
