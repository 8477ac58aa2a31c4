import { afterEach, describe, expect, it, vi } from "vitest";
import { renameState } from "../asl/edit/renameState";
import { createStudioStore } from "./createStudioStore";

const TEXT = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "B" },
    "B": { "Type": "Succeed" }
  }
}`;

describe("createStudioStore", () => {
  it("keeps the last good document while the text is broken, and never replaces the text", () => {
    const store = createStudioStore({ text: TEXT });
    const good = store.getState().definition;
    store.getState().setText(TEXT.slice(0, 40));
    expect(store.getState().text).toBe(TEXT.slice(0, 40));
    expect(store.getState().definition).toBe(good);
    expect(store.getState().diagnostics[0]?.code).toBe("SYNTAX_ERROR");
    expect(store.getState().applyEdit((d) => ({ definition: d }))).toBe(false);
  });

  it("applies an edit to the text in place, as one undo step", () => {
    const store = createStudioStore({ text: TEXT });
    store.getState().applyEdit((d) => renameState(d, "/States/B", "Done"));
    expect(store.getState().text).toContain('"A": { "Type": "Pass", "Next": "Done" },');
    expect(store.getState().text).toContain('"Done": { "Type": "Succeed" }');
    store.getState().undo();
    expect(store.getState().text).toBe(TEXT);
    store.getState().redo();
    expect(Object.keys((store.getState().definition as { States: object }).States)).toEqual(["A", "Done"]);
  });

  it("merges a burst of typing into one undo step", () => {
    const store = createStudioStore({ text: TEXT });
    const typed = ["x", "xy", "xyz"].map((s) => TEXT.replace('"A"', `"A${s}"`));
    for (const text of typed) store.getState().setText(text, { coalesceKey: "typing" });
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().text).toBe(TEXT);
  });

  it("converts between JSON and YAML, and undo restores the format too", () => {
    const store = createStudioStore({ text: TEXT });
    expect(store.getState().setFormat("yaml")).toBe(true);
    expect(store.getState().format).toBe("yaml");
    expect(store.getState().text).toContain("StartAt: A");
    expect(store.getState().diagnostics).toEqual([]);
    store.getState().undo();
    expect(store.getState().format).toBe("json");
    expect(store.getState().text).toBe(TEXT);
  });

  it("re-validates when Config mode switches to Express (seed L21640)", () => {
    const store = createStudioStore({ definition: { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:::batch:submitJob.sync", End: true } } } });
    expect(store.getState().diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    store.getState().setConfig({ type: "EXPRESS" });
    expect(store.getState().diagnostics.map((d) => d.code)).toContain("EXPRESS_UNSUPPORTED_PATTERN");
    expect(store.getState().history.past).toHaveLength(0);
  });

  it("gives every instance its own state", () => {
    const one = createStudioStore({ text: TEXT });
    const two = createStudioStore({ text: TEXT });
    one.getState().select(["/States/A"]);
    expect(two.getState().selection).toEqual([]);
  });
});

describe("the theme", () => {
  afterEach(() => vi.unstubAllGlobals());
  const systemPrefers = (theme: "light" | "dark") => vi.stubGlobal("matchMedia", (query: string) => ({ matches: theme === "dark" && query === "(prefers-color-scheme: dark)" }));

  it("follows the system until a theme is chosen, and again once System is chosen", () => {
    systemPrefers("dark");
    const store = createStudioStore({ text: TEXT, themeChoice: "system" });
    expect(store.getState()).toMatchObject({ theme: "dark", themeChoice: "system" });
    store.getState().chooseTheme("light");
    expect(store.getState()).toMatchObject({ theme: "light", themeChoice: "light" });
    systemPrefers("light");
    store.getState().chooseTheme("system");
    expect(store.getState()).toMatchObject({ theme: "light", themeChoice: "system" });
  });

  it("an explicit theme (the embedding API) is a choice, not the system's", () => {
    systemPrefers("dark");
    const store = createStudioStore({ text: TEXT, theme: "light" });
    expect(store.getState()).toMatchObject({ theme: "light", themeChoice: "light" });
    store.getState().setTheme("dark");
    expect(store.getState().themeChoice).toBe("dark");
  });
});
