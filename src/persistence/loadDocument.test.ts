import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../asl/diagnostics";
import { BACKGROUND_VALIDATION_CHARS, createStudioStore } from "../store/createStudioStore";
import { blankContent } from "./documentSession";
import { loadDocument } from "./loadDocument";

const open = (text: string, format: "json" | "yaml" = "json") => {
  const store = createStudioStore();
  loadDocument(store, { ...blankContent("Imported"), text, format, mode: "design" });
  return store.getState();
};

describe("loadDocument", () => {
  it("opens a state machine where it was left", () => {
    expect(open('{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}').mode).toBe("design");
  });

  it("opens text that does not parse in Code mode, kept as written", () => {
    const state = open('{"StartAt": ');
    expect(state).toMatchObject({ mode: "code", text: '{"StartAt": ' });
  });

  it("opens a file that parses but is no state machine in Code mode with its errors, not on an empty canvas", () => {
    for (const [text, format] of [['{"name": "my-app", "version": "1.0.0"}', "json"], ["[1, 2]", "json"], ["just some notes\n", "yaml"]] as const) {
      const state = open(text, format);
      expect(state.mode, text).toBe("code");
      expect(state.text).toBe(text);
      expect(state.diagnostics.some((d) => d.severity === "error"), text).toBe(true);
    }
  });

  it("validates a large document off the main thread, and shows none of the previous document's findings meanwhile", async () => {
    const calls: string[] = [];
    let answer: (found: Diagnostic[]) => void = () => {};
    const store = createStudioStore({ text: '{"StartAt": "Gone", "States": {}}', validateInBackground: (text) => (calls.push(text), new Promise((resolve) => (answer = resolve))) });
    expect(store.getState().diagnostics.length).toBeGreaterThan(0); // the small first document: validated in place
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 600; i++) states[`Step ${i}`] = i < 599 ? { Type: "Pass", Comment: "x".repeat(60), Next: `Step ${i + 1}` } : { Type: "Succeed" };
    const text = JSON.stringify({ StartAt: "Step 0", States: states }, null, 2);
    expect(text.length).toBeGreaterThanOrEqual(BACKGROUND_VALIDATION_CHARS);

    loadDocument(store, { ...blankContent("Large"), text, format: "json", mode: "design" });
    expect(calls).toEqual([text]);
    expect(store.getState()).toMatchObject({ mode: "design", diagnostics: [] });
    const found = [{ code: "FROM_WORKER" } as unknown as Diagnostic];
    answer(found);
    await Promise.resolve();
    expect(store.getState().diagnostics).toBe(found);

    store.getState().setConfig({ type: "EXPRESS" }); // a type change re-validates, in the worker too
    expect(calls).toHaveLength(2);
  });
});
