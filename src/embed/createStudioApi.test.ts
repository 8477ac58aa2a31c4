import { describe, expect, it } from "vitest";
import type { ExecutionResult, RunOptions } from "../asl/interpret/types";
import { runExecution } from "../asl/interpret/runExecution";
import { createStudioStore } from "../store/createStudioStore";
import { createStudioApi } from "./createStudioApi";
import { applyOptions, bindCallbacks, storeOptionsFor } from "./AslStudio";

const DEFINITION = { StartAt: "Charge", States: { Charge: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f", "Payload.$": "$" }, End: true } } };

describe("the studio API", () => {
  it("reads and writes the document, selection, config and mode of its own store only", () => {
    const a = createStudioApi(createStudioStore(storeOptionsFor({ definition: DEFINITION, name: "A" })));
    const b = createStudioApi(createStudioStore(storeOptionsFor({ definition: "StartAt: X\nStates:\n  X:\n    Type: Succeed\n", format: "yaml" })));
    a.setDefinition({ StartAt: "Z", States: { Z: { Type: "Succeed" } } });
    expect(b.getDefinition()).toEqual({ StartAt: "X", States: { X: { Type: "Succeed" } } });
    expect(b.getFormat()).toBe("yaml");
    a.select(["Z", "missing"]);
    expect(a.getSelection()).toEqual(["Z"]);
    expect(b.getSelection()).toEqual([]);
    expect(a.getConfig().name).toBe("A");
    expect(a.isValid()).toBe(true);
    a.setText("{ broken");
    expect(a.isValid()).toBe(false);
    expect(a.validate()[0]?.code).toBe("SYNTAX_ERROR");
  });

  it("lets the host change a read-only studio while the UI cannot", () => {
    const store = createStudioStore(storeOptionsFor({ definition: DEFINITION, readOnly: true }));
    const api = createStudioApi(store);
    expect(store.getState().applyEdit((d) => ({ definition: d }))).toBe(false);
    api.setDefinition({ StartAt: "Y", States: { Y: { Type: "Succeed" } } });
    api.setConfig({ name: "Renamed" });
    expect(api.getDefinition()).toMatchObject({ StartAt: "Y" });
    expect(api.getConfig().name).toBe("Renamed");
    expect(store.getState().readOnly).toBe(true);
    store.getState().undo();
    expect(api.getDefinition()).toMatchObject({ StartAt: "Y" });
  });

  it("run() uses the given input and mocks, or the document's sample input and mocks", async () => {
    const runner = async () => ({
      run: (definition: unknown, input: unknown, options: Pick<RunOptions, "mocks" | "stateMachineName">) => runExecution(definition as never, input as never, options).result as Promise<ExecutionResult>,
    });
    const store = createStudioStore(storeOptionsFor({ definition: DEFINITION, simulation: { inputs: [{ id: "i", name: "I", text: '{"n": 1}' }], activeInputId: "i", mocks: { Charge: { result: { from: "document" } } } } }));
    const api = createStudioApi(store, { runner });
    expect(await api.run()).toMatchObject({ status: "SUCCEEDED", output: { from: "document" } });
    expect(await api.run({ n: 2 }, { Charge: { result: { from: "call" } } })).toMatchObject({ status: "SUCCEEDED", output: { from: "call" } });
    // An imported MockConfigFile test case applies as it does for the Run button (guide's MockConfigFile format).
    api.setSimulation({
      mocks: {},
      mockConfig: {
        file: { StateMachines: { Orders: { TestCases: { HappyPath: { Charge: "Charged" } } } }, MockedResponses: { Charged: { "0": { Return: { from: "test case" } } } } },
        testCase: "HappyPath",
        stateMachine: "Orders",
      },
    });
    expect(await api.run()).toMatchObject({ status: "SUCCEEDED", output: { from: "test case" } });
    api.setSimulation({ inputs: [{ id: "i", name: "I", text: "{ nope" }] });
    await expect(api.run()).rejects.toThrow(/not valid JSON/);
  });

  it("calls onChange for each new version that parses, and onValidate when findings change", () => {
    const store = createStudioStore(storeOptionsFor({ definition: DEFINITION }));
    const changes: unknown[] = [];
    const findings: number[] = [];
    const unbind = bindCallbacks(store, () => ({ onChange: (d) => changes.push(d), onValidate: (diagnostics) => findings.push(diagnostics.length) }));
    const api = createStudioApi(store);
    api.setDefinition({ StartAt: "Q", States: { Q: { Type: "Succeed" } } });
    api.setText("{ broken");
    expect(changes).toEqual([{ StartAt: "Q", States: { Q: { Type: "Succeed" } } }]);
    expect(findings[0]).toBe(0);
    expect(findings[1]).toBeGreaterThan(0);
    unbind();
    const listener: unknown[] = [];
    const stop = api.onChange((d) => listener.push(d));
    api.setText(JSON.stringify(DEFINITION));
    stop();
    api.setText("{}");
    expect(listener).toEqual([DEFINITION]);
  });

  it("applies changed options (the React component's props) without touching an equal document", () => {
    const options = { definition: DEFINITION, theme: "light" as const };
    const store = createStudioStore(storeOptionsFor(options));
    const api = createStudioApi(store);
    applyOptions(store, api, { ...options, definition: structuredClone(DEFINITION) }, options);
    expect(store.getState().history.past).toHaveLength(0);
    applyOptions(store, api, { definition: { StartAt: "N", States: { N: { Type: "Succeed" } } }, theme: "dark", readOnly: true, mode: "code", features: { simulator: false } }, options);
    expect(store.getState()).toMatchObject({ theme: "dark", readOnly: true, mode: "code", features: { simulator: false, export: true } });
    expect(api.getDefinition()).toMatchObject({ StartAt: "N" });
    applyOptions(store, api, { features: { codeMode: false }, mode: "config" }, {});
    expect(store.getState().mode).toBe("config");
    api.setMode("code");
    expect(store.getState().mode).toBe("config");
  });
});
