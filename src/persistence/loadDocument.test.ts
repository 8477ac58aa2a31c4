import { describe, expect, it } from "vitest";
import { createStudioStore } from "../store/createStudioStore";
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
});
