import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../main";

let out: string[];
let err: string[];
let dir: string;

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void out.push(args.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void err.push(args.join(" ")));
  dir = mkdtempSync(join(tmpdir(), "asl-run-"));
});
afterEach(() => vi.restoreAllMocks());

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

// WE-16 (seed L7848–L7910): the Map context object example.
const mapContext = {
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

describe("asl-studio run", () => {
  it("prints the output and exits 0 on SUCCEEDED (WE-16, seed L7877–L7891)", async () => {
    const code = await main(["run", file("m.json", mapContext), "--input-json", '[{"who":"bob"},{"who":"meg"}]']);
    expect(code).toBe(0);
    expect(JSON.parse(out.join("\n"))).toEqual([
      { ContextIndex: 0, ContextValue: { who: "bob" } },
      { ContextIndex: 1, ContextValue: { who: "meg" } },
    ]);
  });

  it("reads YAML definitions by extension and --input FILE", async () => {
    const yaml = "StartAt: P\nStates:\n  P:\n    Type: Pass\n    Result: {x: 1}\n    ResultPath: $.r\n    End: true\n";
    const code = await main(["run", file("m.yaml", yaml), "--input", file("in.json", { a: 1 })]);
    expect(code).toBe(0);
    expect(JSON.parse(out.join("\n"))).toEqual({ a: 1, r: { x: 1 } });
  });

  it("prints error and cause and exits 1 on FAILED; --format json gives status/output/error/cause/events", async () => {
    const fail = { StartAt: "F", States: { F: { Type: "Fail", Error: "ErrorA", Cause: "Bad" } } };
    expect(await main(["run", file("f.json", fail)])).toBe(1);
    expect(out.join("\n")).toContain("Error: ErrorA");
    expect(out.join("\n")).toContain("Cause: Bad");
    out.length = 0;
    expect(await main(["run", file("f.json", fail), "--format", "json"])).toBe(1);
    const json = JSON.parse(out.join("\n")) as { status: string; error: string; cause: string; events: { type: string; id: number; executionFailedEventDetails?: unknown }[] };
    expect(json.status).toBe("FAILED");
    expect(json.error).toBe("ErrorA");
    expect(json.cause).toBe("Bad");
    expect(json.events.map((e) => e.type)).toEqual(["ExecutionStarted", "FailStateEntered", "ExecutionFailed"]);
    expect(json.events.map((e) => e.id)).toEqual([1, 2, 3]);
  });

  it("exits 1 when --max-transitions stops a loop", async () => {
    const loop = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Next: "A" } } };
    expect(await main(["run", file("l.json", loop), "--max-transitions", "10", "--format", "json"])).toBe(1);
    expect(JSON.parse(out.join("\n")).error).toBe("States.Runtime");
  });

  it("uses a MockConfigFile test case; the state machine name may be left out when there is one", async () => {
    const definition = {
      StartAt: "Call",
      States: { Call: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f" }, OutputPath: "$.Payload", End: true } },
    };
    const config = {
      StateMachines: { Only: { TestCases: { Happy: { Call: "Ok" } } } },
      MockedResponses: { Ok: { "0": { Return: { StatusCode: 200, Payload: { hello: "world" } } } } },
    };
    expect(await main(["run", file("d.json", definition), "--mock-config", file("mock.json", config), "--test-case", "Happy"])).toBe(0);
    expect(JSON.parse(out.join("\n"))).toEqual({ hello: "world" });
  });

  it("with --mock-config, $$.StateMachine.Name is the config's state machine name (seed L21211–L21214)", async () => {
    const definition = { StartAt: "Who", States: { Who: { Type: "Pass", Parameters: { "name.$": "$$.StateMachine.Name" }, End: true } } };
    const config = { StateMachines: { First: { TestCases: { T: {} } }, Second: { TestCases: { T: {} } } }, MockedResponses: {} };
    expect(await main(["run", file("who.json", definition), "--mock-config", file("two.json", config), "--test-case", "T", "--state-machine", "Second"])).toBe(0);
    expect(JSON.parse(out.join("\n"))).toEqual({ name: "Second" });
    out.length = 0;
    const single = { StateMachines: { OrderFlow: { TestCases: { T: {} } } }, MockedResponses: {} };
    expect(await main(["run", file("who.json", definition), "--mock-config", file("one.json", single), "--test-case", "T"])).toBe(0);
    expect(JSON.parse(out.join("\n"))).toEqual({ name: "OrderFlow" });
  });

  it("--format json lists the Task states that ran unmocked in unmockedStates, outside the AWS-form events", async () => {
    // A MockConfigFile test case mocks only the states it names (seed L20708–L20800); the others get a default result.
    const definition = {
      StartAt: "Mocked",
      States: {
        Mocked: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f" }, Next: "Fan" },
        Fan: { Type: "Map", ItemsPath: "$.items", ItemProcessor: { StartAt: "Notify", States: { Notify: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Parameters: { Message: "hi" }, End: true } } }, End: true },
      },
    };
    const config = {
      StateMachines: { Only: { TestCases: { Happy: { Mocked: "Ok" } } } },
      MockedResponses: { Ok: { "0": { Return: { items: [1, 2] } } } },
    };
    const code = await main(["run", file("u.json", definition), "--mock-config", file("u-mock.json", config), "--test-case", "Happy", "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out.join("\n")) as { unmockedStates: string[]; events: unknown[] };
    expect(json.unmockedStates).toEqual(["Notify"]);
    expect(JSON.stringify(json.events)).not.toContain('"mock"');
    out.length = 0;
    const pass = { StartAt: "P", States: { P: { Type: "Pass", End: true } } };
    expect(await main(["run", file("p.json", pass), "--format", "json"])).toBe(0);
    expect((JSON.parse(out.join("\n")) as { unmockedStates: string[] }).unmockedStates).toEqual([]);
  });

  it("exits 2 on usage and I/O errors", async () => {
    expect(await main(["run"])).toBe(2);
    expect(await main(["run", join(dir, "missing.json")])).toBe(2);
    expect(await main(["run", file("bad.json", "{ nope")])).toBe(2);
    expect(await main(["run", file("ok.json", mapContext), "--input-json", "{bad"])).toBe(2);
    expect(await main(["run", file("ok.json", mapContext), "--input-json", "[]", "--input", "x.json"])).toBe(2);
    expect(await main(["run", file("ok.json", mapContext), "--mock-config", file("m.json", {})])).toBe(2);
    expect(await main(["run", file("ok.json", mapContext), "--mock-config", file("m2.json", { StateMachines: {}, MockedResponses: {} }), "--test-case", "X"])).toBe(2);
    expect(await main(["run", file("ok.json", mapContext), "--bogus", "1"])).toBe(2);
    expect(await main(["run", file("notsm.json", { hello: 1 })])).toBe(2);
    expect(err.length).toBeGreaterThan(0);
  });

  it("--help prints the options and exits 0", async () => {
    expect(await main(["run", "--help"])).toBe(0);
    expect(out.join("\n")).toContain("--mock-config FILE");
  });
});

describe("asl-studio test-state", () => {
  // WE-23 (seed L19967–L19992).
  const pass = { Type: "Pass", InputPath: "$.payload", Parameters: { data: 1 }, ResultPath: "$.result", OutputPath: "$.result.data", Next: "Another State" };

  it("runs one state at DEBUG and prints the TestState response as JSON", async () => {
    const machine = { StartAt: "P", States: { P: pass, "Another State": { Type: "Succeed" } } };
    const code = await main(["test-state", file("m.json", machine), "--state", "P", "--input-json", '{"payload":{"foo":"bar"}}', "--inspection-level", "DEBUG", "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out.join("\n")) as { status: string; output: string; nextState: string; inspectionData: Record<string, string> };
    expect(json.status).toBe("SUCCEEDED");
    expect(json.output).toBe("1");
    expect(json.nextState).toBe("Another State");
    expect(JSON.parse(json.inspectionData.afterResultPath as string)).toEqual({ payload: { foo: "bar" }, result: { data: 1 } });
  });

  it("uses --mock for a Task and exits 1 when the state fails", async () => {
    const machine = { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true } } };
    expect(await main(["test-state", file("t.json", machine), "--state", "T", "--mock", '{"error":"Boom","cause":"bad"}'])).toBe(1);
    expect(out.join("\n")).toContain("Status: FAILED");
    out.length = 0;
    expect(await main(["test-state", file("t.json", machine), "--state", "T", "--mock", '{"result":{"ok":true}}', "--format", "json"])).toBe(0);
    expect(JSON.parse(JSON.parse(out.join("\n")).output)).toEqual({ ok: true });
  });

  it("exits 2 on usage errors and states TestState cannot test", async () => {
    const machine = { StartAt: "M", States: { M: { Type: "Map", ItemProcessor: { StartAt: "X", States: { X: { Type: "Pass", End: true } } }, End: true }, N: { Type: "Pass", End: true } } };
    expect(await main(["test-state", file("m.json", machine), "--state", "M"])).toBe(2);
    expect(await main(["test-state", file("m.json", machine)])).toBe(2);
    expect(await main(["test-state", file("m.json", machine), "--state", "N", "--mock", "[]"])).toBe(2);
    expect(await main(["test-state", file("m.json", machine), "--state", "Nope"])).toBe(2);
    expect(await main(["test-state", "--help"])).toBe(0);
  });
});
