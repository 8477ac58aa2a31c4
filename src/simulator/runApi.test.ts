import { describe, expect, it } from "vitest";
import type { JsonValue } from "../asl/json";
import { createStudioStore } from "../store/createStudioStore";
import { createRunStore } from "../store/runSlice";
import { runInStudio } from "./runApi";
import { memoryClient } from "./testWorker";

const definition: JsonValue = {
  StartAt: "Charge",
  States: { Charge: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", OutputPath: "$.Payload", End: true } },
};

function studio() {
  const store = createStudioStore({ definition });
  store.setState({ run: createRunStore({ createClient: memoryClient, publishMs: 1 }) });
  return store;
}

describe("runInStudio (for the embedding API)", () => {
  it("runs with the given input and mocks and resolves with the result; the run shows in the simulator", async () => {
    const store = studio();
    const result = await runInStudio(store, { input: { amount: 3 }, mocks: { Charge: { result: { Payload: { charged: 3 } } } } });
    expect(result.status).toBe("SUCCEEDED");
    expect(result.output).toEqual({ charged: 3 });
    expect(store.getState().run.getState().run?.result).toBe(result);
  });
  it("uses the document's sample input and mocks by default", async () => {
    const store = studio();
    store.getState().setSimulation({ inputs: [{ id: "a", name: "A", text: '{"x": 1}' }], activeInputId: "a", mocks: { Charge: { error: "Declined", cause: "card" } } });
    const result = await runInStudio(store);
    expect(result.status).toBe("FAILED");
    expect(result.error).toBe("Declined");
  });
  it("rejects when the sample input is not JSON", async () => {
    const store = studio();
    store.getState().setSimulation({ inputs: [{ id: "a", name: "A", text: "{oops" }], activeInputId: "a" });
    await expect(runInStudio(store)).rejects.toThrow(/not valid JSON \(line 1, column 2\)/);
  });
});
