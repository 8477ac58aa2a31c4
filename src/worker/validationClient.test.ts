import { describe, expect, it } from "vitest";
import { validateText } from "../asl/validate/validateText";
import { createStudioStore, BACKGROUND_VALIDATION_CHARS } from "../store/createStudioStore";
import { createValidationClient } from "./validationClient";
import type { ValidationRequest, ValidationResponse } from "./validationProtocol";

/** A stand-in Worker that answers with the real validator, asynchronously, like the real one. */
function fakeWorker(): Worker {
  const worker = {
    onmessage: null as ((event: MessageEvent<ValidationResponse>) => void) | null,
    onerror: null,
    postMessage(request: ValidationRequest) {
      setTimeout(() => worker.onmessage?.({ data: { version: 1, id: request.id, diagnostics: validateText(request.text, request.format, { workflowType: request.workflowType }).diagnostics } } as MessageEvent<ValidationResponse>), 0);
    },
    terminate() {},
  };
  return worker as unknown as Worker;
}

const bigMachine = (next: string) => {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < 400; i++) states[`State number ${i}`] = { Type: "Pass", Comment: "x".repeat(100), Next: i < 399 ? `State number ${i + 1}` : next };
  return JSON.stringify({ StartAt: "State number 0", States: states }, null, 2);
};

describe("validation off the main thread", () => {
  it("answers each request with its own findings", async () => {
    const client = createValidationClient(fakeWorker);
    const first = client.validate('{"StartAt": "A", "States": {}}', "json", "STANDARD");
    const second = client.validate('{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}', "json", "STANDARD");
    await expect(second).resolves.toEqual([]);
    expect((await first).length).toBeGreaterThan(0);
  });

  it("falls back to validating in place when the worker fails", async () => {
    const failing = () => {
      const worker = { onmessage: null, onerror: null as (() => void) | null, postMessage: () => setTimeout(() => worker.onerror?.(), 0), terminate() {} };
      return worker as unknown as Worker;
    };
    const store = createStudioStore({ text: bigMachine("State number 0"), validateInBackground: createValidationClient(failing).validate });
    store.getState().setText(bigMachine("Missing"));
    await expect.poll(() => store.getState().diagnostics.map((d) => d.code), { timeout: 10_000 }).toContain("UNKNOWN_STATE_REF");
  });

  it("keeps large documents' findings coming from the worker, and shows syntax errors at once", async () => {
    const client = createValidationClient(fakeWorker);
    const text = bigMachine("Missing");
    expect(text.length).toBeGreaterThan(BACKGROUND_VALIDATION_CHARS);
    const store = createStudioStore({ text: bigMachine("State number 0"), validateInBackground: client.validate });
    store.getState().setText(text);
    expect(store.getState().definition).toBeDefined();
    await expect.poll(() => store.getState().diagnostics.map((d) => d.code), { timeout: 10_000 }).toContain("UNKNOWN_STATE_REF");
    store.getState().setText(text.slice(0, -5));
    expect(store.getState().diagnostics[0]?.code).toBe("SYNTAX_ERROR");
  });
});
