import { describe, expect, it } from "vitest";
import { insertFragment } from "../edit/insertFragment";
import { edge, frozen, scope } from "../edit/testSupport";
import type { StateMachine } from "../types";
import { validate } from "../validate/validate";
import { CATALOG, getCatalogItem } from "./catalog";

const host = () => frozen({ StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Succeed" } } });
const errors = (definition: StateMachine, workflowType: "STANDARD" | "EXPRESS") =>
  validate(definition, { workflowType }).filter((d) => d.severity === "error").map((d) => `${d.code} ${d.path}`);

describe("catalog items against the validator", () => {
  it("insert without error diagnostics in a Standard workflow, except the empty slots of a new Parallel or Map", () => {
    for (const item of CATALOG) {
      const { definition } = insertFragment(host(), edge("/States/A/Next"), item.create());
      const found = errors(definition, "STANDARD");
      // An empty branch or item processor is the canvas's "Drag first state here" slot: invalid until filled.
      const expected =
        item.id === "Parallel"
          ? ["SCHEMA_REQUIRED /States/Parallel/Branches/0", "SCHEMA_EMPTY /States/Parallel/Branches/0/States", "SCHEMA_REQUIRED /States/Parallel/Branches/1", "SCHEMA_EMPTY /States/Parallel/Branches/1/States"]
          : item.id === "Map"
            ? ["SCHEMA_REQUIRED /States/Map/ItemProcessor", "SCHEMA_EMPTY /States/Map/ItemProcessor/States"]
            : [];
      expect(found, item.id).toEqual(expected);
    }
  });

  it("a new Parallel or Map is valid once a state is dropped into each slot", () => {
    const pass = getCatalogItem("Pass");
    if (!pass) throw new Error("no Pass item");
    const parallel = insertFragment(host(), edge("/States/A/Next"), getCatalogItem("Parallel")?.create() ?? pass.create()).definition;
    const filled = [0, 1].reduce((d, i) => insertFragment(d, scope(`/States/Parallel/Branches/${i}`), pass.create()).definition, parallel);
    expect(errors(filled, "STANDARD")).toEqual([]);
    const map = insertFragment(host(), edge("/States/A/Next"), getCatalogItem("Map")?.create() ?? pass.create()).definition;
    expect(errors(insertFragment(map, scope("/States/Map/ItemProcessor"), pass.create()).definition, "STANDARD")).toEqual([]);
  });

  it("in an Express workflow, only items marked standardOnly add errors", () => {
    for (const item of CATALOG) {
      if (item.id === "Parallel" || item.id === "Map") continue;
      const { definition } = insertFragment(host(), edge("/States/A/Next"), item.create());
      expect(errors(definition, "EXPRESS").length > 0, item.id).toBe(item.standardOnly === true);
    }
  });
});
