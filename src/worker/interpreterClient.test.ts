import { describe, expect, it, vi } from "vitest";
import type { JsonValue } from "../asl/json";
import { attachInterpreterHost, type HostPort } from "./interpreterHost";
import { createInterpreterClient, WorkerCrashedError, type WorkerLike } from "./interpreterClient";
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from "./protocol";

/** An in-memory Worker: messages are structured-cloned and delivered asynchronously, like postMessage. */
class FakeWorker implements WorkerLike {
  terminated = false;
  private clientListeners: Record<string, ((event: { data: unknown }) => void)[]> = {};
  private hostListeners: ((event: { data: unknown }) => void)[] = [];
  readonly received: ToWorker[] = [];

  constructor(withHost = true) {
    if (withHost) {
      const port: HostPort = {
        postMessage: (message: FromWorker) => {
          const data = structuredClone(message);
          setTimeout(() => !this.terminated && this.clientListeners.message?.forEach((l) => l({ data })), 0);
        },
        addEventListener: (_type, listener) => this.hostListeners.push(listener),
      };
      attachInterpreterHost(port);
    }
  }

  postMessage(message: ToWorker): void {
    this.received.push(message);
    const data = structuredClone(message);
    setTimeout(() => !this.terminated && this.hostListeners.forEach((l) => l({ data })), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  addEventListener(type: string, listener: (event: { data: unknown }) => void): void {
    (this.clientListeners[type] ??= []).push(listener);
  }

  die(message: string): void {
    this.clientListeners.error?.forEach((l) => l({ data: undefined, message } as never));
  }
}

// WE-16 (seed L7848–L7910).
const mapContext: JsonValue = {
  StartAt: "ExampleMapState",
  States: {
    ExampleMapState: {
      Type: "Map",
      ItemSelector: { "ContextIndex.$": "$$.Map.Item.Index", "ContextValue.$": "$$.Map.Item.Value" },
      ItemProcessor: { StartAt: "TestPass", States: { TestPass: { Type: "Pass", End: true } } },
      End: true,
    },
  },
};

describe("protocol", () => {
  it("is versioned: every message carries v", async () => {
    const worker = new FakeWorker();
    const client = createInterpreterClient({ createWorker: () => worker });
    await client.run(mapContext, [{ who: "bob" }]).result;
    expect(worker.received.every((m) => m.v === PROTOCOL_VERSION)).toBe(true);
  });

  it("the host answers a message of another version with an error", async () => {
    const posted: FromWorker[] = [];
    let deliver: ((event: { data: unknown }) => void) | undefined;
    attachInterpreterHost({ postMessage: (m) => posted.push(m), addEventListener: (_t, l) => (deliver = l) });
    deliver?.({ data: { v: 99, type: "start" } });
    expect(posted[0]?.type).toBe("error");
  });
});

describe("interpreterClient", () => {
  it("starts the worker lazily, streams events and resolves the result (WE-16, seed L7891)", async () => {
    let created = 0;
    const client = createInterpreterClient({
      createWorker: () => {
        created++;
        return new FakeWorker();
      },
    });
    expect(created).toBe(0);
    const execution = client.run(mapContext, [{ who: "bob" }, { who: "meg" }]);
    expect(created).toBe(1);
    const types: string[] = [];
    for await (const event of execution.events) types.push(event.type);
    const result = await execution.result;
    expect(result.status).toBe("SUCCEEDED");
    expect(result.output).toEqual([
      { ContextIndex: 0, ContextValue: { who: "bob" } },
      { ContextIndex: 1, ContextValue: { who: "meg" } },
    ]);
    expect(types[0]).toBe("ExecutionStarted");
    expect(types.at(-1)).toBe("ExecutionSucceeded");
    expect(result.events.map((e) => e.type)).toEqual(types);
    await client.run(mapContext, []).result;
    expect(created).toBe(1);
  });

  it("pauses at breakpoints and steps on resume", async () => {
    const client = createInterpreterClient({ createWorker: () => new FakeWorker() });
    const definition: JsonValue = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Next: "C" }, C: { Type: "Pass", End: true } } };
    const paused: string[] = [];
    const execution = client.run(definition, {}, {
      breakpoints: ["B"],
      onPaused: (info) => {
        paused.push(info.stateName);
        execution.resume(paused.length === 1 ? "step" : "continue");
      },
    });
    const result = await execution.result;
    expect(result.status).toBe("SUCCEEDED");
    expect(paused).toEqual(["B", "C"]);
  });

  it("relays callback answers for .waitForTaskToken tasks", async () => {
    const client = createInterpreterClient({ createWorker: () => new FakeWorker() });
    const definition: JsonValue = {
      StartAt: "Wait for approval",
      States: {
        "Wait for approval": {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Parameters: { QueueUrl: "q", MessageBody: { "TaskToken.$": "$$.Task.Token" } },
          End: true,
        },
      },
    };
    const execution = client.run(definition, {}, { onTaskPending: (task) => execution.sendTaskSuccess(task.taskToken, { approved: true }) });
    const result = await execution.result;
    expect(result.status).toBe("SUCCEEDED");
    expect(result.output).toEqual({ approved: true });
  });

  it("withdraws a pending callback whose branch is stopped when a sibling fails (seed L4660–L4664)", async () => {
    const client = createInterpreterClient({ createWorker: () => new FakeWorker() });
    const callback = (name: string) => ({
      StartAt: name,
      States: { [name]: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", Parameters: { QueueUrl: "q", MessageBody: { "TaskToken.$": "$$.Task.Token" } }, End: true } },
    });
    const definition: JsonValue = { StartAt: "Both", States: { Both: { Type: "Parallel", Branches: [callback("Approve"), callback("Check")], End: true } } };
    const pending = new Map<string, string>();
    const gone: string[] = [];
    const execution = client.run(definition, {}, {
      onTaskPending: (task) => {
        pending.set(task.stateName, task.taskToken);
        if (pending.size === 2) execution.sendTaskFailure(pending.get("Check") as string, "Rejected", "no");
      },
      onTaskGone: (token) => gone.push(token),
    });
    const result = await execution.result;
    expect(result).toMatchObject({ status: "FAILED", error: "Rejected" });
    expect(gone).toContain(pending.get("Approve"));
  });

  it("aborts a waiting run", async () => {
    const client = createInterpreterClient({ createWorker: () => new FakeWorker() });
    const definition: JsonValue = { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:Work", End: true } } };
    const execution = client.run(definition, {}, { onTaskPending: () => execution.abort("user stop") });
    const result = await execution.result;
    expect(result.status).toBe("ABORTED");
    expect(result.events.at(-1)?.type).toBe("ExecutionAborted");
  });

  it("recovers when the worker dies: runs fail with WorkerCrashedError, the next run gets a new worker", async () => {
    const workers: FakeWorker[] = [];
    const client = createInterpreterClient({
      createWorker: () => {
        const w = new FakeWorker(workers.length > 0);
        workers.push(w);
        return w;
      },
    });
    const first = client.run(mapContext, []);
    workers[0]?.die("out of memory");
    await expect(first.result).rejects.toBeInstanceOf(WorkerCrashedError);
    expect(workers[0]?.terminated).toBe(true);
    const second = await client.run(mapContext, [{ who: "joe" }]).result;
    expect(second.status).toBe("SUCCEEDED");
    expect(workers).toHaveLength(2);
  });

  it("replaces a hung worker when an abort goes unanswered", async () => {
    const workers: FakeWorker[] = [];
    const client = createInterpreterClient({
      abortTimeoutMs: 20,
      createWorker: () => {
        const w = new FakeWorker(workers.length > 0);
        workers.push(w);
        return w;
      },
    });
    const hung = client.run(mapContext, []);
    hung.abort();
    const result = await hung.result;
    expect(result.status).toBe("ABORTED");
    expect(workers[0]?.terminated).toBe(true);
    expect((await client.run(mapContext, []).result).status).toBe("SUCCEEDED");
  });

  it("breakpoints may name a state by pointer; visits stream as they end", async () => {
    const client = createInterpreterClient({ createWorker: () => new FakeWorker() });
    const definition: JsonValue = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", End: true } } };
    const paused: string[] = [];
    const streamed: string[] = [];
    const execution = client.run(definition, {}, {
      breakpoints: ["/States/B"],
      onVisits: (visits) => streamed.push(...visits.map((v) => `${v.stateName}:${v.status}`)),
      onPaused: (info) => {
        paused.push(info.pointer);
        execution.resume("continue");
      },
    });
    const result = await execution.result;
    expect(paused).toEqual(["/States/B"]);
    expect(streamed).toEqual(["A:succeeded", "B:succeeded"]);
    expect(result.visits.map((v) => v.stateName)).toEqual(["A", "B"]);
  });
  it("concurrent Map iterations at one breakpoint pause one after another, none is lost", async () => {
    const client = createInterpreterClient({ createWorker: () => new FakeWorker() });
    const definition: JsonValue = {
      StartAt: "M",
      States: { M: { Type: "Map", ItemProcessor: { StartAt: "Work", States: { Work: { Type: "Pass", End: true } } }, End: true } },
    };
    const paused: string[] = [];
    const execution = client.run(definition, [1, 2, 3], {
      breakpoints: ["Work"],
      onPaused: (info) => {
        paused.push(`${info.stateName}#${info.iterationPath[0]?.index ?? "-"}`);
        execution.resume("step");
      },
    });
    const result = await execution.result;
    expect(result.status).toBe("SUCCEEDED");
    expect(result.output).toEqual([1, 2, 3]);
    expect(paused.slice(0, 3).sort()).toEqual(["Work#0", "Work#1", "Work#2"]);
  });
  it("setBreakpoints applies while the run goes on; an abort releases a paced run at once", async () => {
    const client = createInterpreterClient({ createWorker: () => new FakeWorker() });
    const definition: JsonValue = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Next: "A" } } };
    vi.useFakeTimers();
    try {
      const execution = client.run(definition, {}, { stateDelayMs: 10_000 });
      execution.setBreakpoints(["B"]);
      let settled: { status: string } | undefined;
      void execution.result.then((r) => (settled = r));
      await vi.advanceTimersByTimeAsync(20);
      execution.abort("stop");
      // Far less than one 10 s state delay: the abort must not wait for the paced pause to end.
      await vi.advanceTimersByTimeAsync(100);
      expect(settled?.status).toBe("ABORTED");
    } finally {
      vi.useRealTimers();
    }
  });
});
