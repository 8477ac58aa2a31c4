import { describe, expect, it } from "vitest";
import { inLanguage, NESTED, STATE_FIELDS } from "../../asl/validate/fields";
import { STATE_TYPES } from "../../asl/types";
import { tabLabel, tabOfField, tabsFor } from "./stateTabs";

describe("tabs per state type", () => {
  it("follows Workflow Studio: error handling only where Retry/Catch exist, Fail has no I/O, Variables where Assign is allowed", () => {
    expect(tabsFor("Task")).toEqual(["configuration", "input", "output", "variables", "errors", "definition"]);
    expect(tabsFor("Map")).toContain("errors");
    expect(tabsFor("Choice")).toEqual(["configuration", "input", "output", "variables", "definition"]);
    expect(tabsFor("Succeed")).toEqual(["configuration", "input", "output", "definition"]);
    expect(tabsFor("Fail")).toEqual(["configuration", "definition"]);
    expect(tabsFor(undefined)).toEqual(["configuration", "definition"]);
  });

  it("in JSONata: no Input tab but the Parallel's Arguments, Output and Variables everywhere they exist", () => {
    expect(tabsFor("Task", "JSONata")).toEqual(["configuration", "output", "variables", "errors", "definition"]);
    expect(tabsFor("Parallel", "JSONata")).toEqual(["configuration", "input", "output", "variables", "errors", "definition"]);
    expect(tabsFor("Succeed", "JSONata")).toEqual(["configuration", "output", "definition"]);
    expect(tabsFor("Fail", "JSONata")).toEqual(["configuration", "definition"]);
    expect(tabLabel("input", "JSONata")).toBe("Arguments");
    expect(tabLabel("input", "JSONPath")).toBe("Input");
  });

  it.each(["JSONPath", "JSONata"] as const)("every %s field of every state type has a tab that edits it, and the tab exists for that type", (language) => {
    for (const [field, spec] of Object.entries(STATE_FIELDS)) {
      if (field === "Type" || field === "QueryLanguage" || !inLanguage(spec, language)) continue;
      for (const type of spec.states) {
        const tab = tabOfField(type, field);
        expect(tab, `${type}.${field}`).toBeDefined();
        expect(tabsFor(type, language), `${language} ${type}.${field} → ${tab}`).toContain(tab);
      }
    }
    expect(STATE_TYPES.length).toBe(8);
    expect(Object.keys(NESTED)).toContain("Retrier");
  });

  it("puts Task Parameters and Arguments in Configuration and the others' in Input", () => {
    expect(tabOfField("Task", "Parameters")).toBe("configuration");
    expect(tabOfField("Pass", "Parameters")).toBe("input");
    expect(tabOfField("Task", "Arguments")).toBe("configuration");
    expect(tabOfField("Parallel", "Arguments")).toBe("input");
    expect(tabOfField("Pass", "Assign")).toBe("variables");
    expect(tabOfField("Map", "Items")).toBe("configuration");
    expect(tabOfField("Task", "TimeoutSecondsPath")).toBe("errors");
    expect(tabOfField("Task", "Unknown")).toBeUndefined();
  });
});
