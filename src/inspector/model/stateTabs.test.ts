import { describe, expect, it } from "vitest";
import { NESTED, STATE_FIELDS } from "../../asl/validate/fields";
import { STATE_TYPES } from "../../asl/types";
import { tabOfField, tabsFor } from "./stateTabs";

describe("tabs per state type", () => {
  it("follows Workflow Studio: error handling only where Retry/Catch exist, Fail has no I/O", () => {
    expect(tabsFor("Task")).toEqual(["configuration", "input", "output", "errors", "definition"]);
    expect(tabsFor("Map")).toContain("errors");
    expect(tabsFor("Choice")).toEqual(["configuration", "input", "output", "definition"]);
    expect(tabsFor("Fail")).toEqual(["configuration", "definition"]);
    expect(tabsFor(undefined)).toEqual(["configuration", "definition"]);
  });

  it("every JSONPath field of every state type has a tab that edits it, and the tab exists for that type", () => {
    for (const [field, spec] of Object.entries(STATE_FIELDS)) {
      if (field === "Type" || field === "QueryLanguage" || (spec.languages && !spec.languages.includes("JSONPath"))) continue;
      for (const type of spec.states) {
        const tab = tabOfField(type, field);
        expect(tab, `${type}.${field}`).toBeDefined();
        expect(tabsFor(type), `${type}.${field} → ${tab}`).toContain(tab);
      }
    }
    expect(STATE_TYPES.length).toBe(8);
    expect(Object.keys(NESTED)).toContain("Retrier");
  });

  it("puts Task Parameters in Configuration and the others' in Input", () => {
    expect(tabOfField("Task", "Parameters")).toBe("configuration");
    expect(tabOfField("Pass", "Parameters")).toBe("input");
    expect(tabOfField("Task", "TimeoutSecondsPath")).toBe("errors");
    expect(tabOfField("Task", "Unknown")).toBeUndefined();
  });
});
