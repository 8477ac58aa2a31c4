import { describe, expect, it } from "vitest";
import { insertFragment } from "../edit/insertFragment";
import { edge, frozen, scope, structuralProblems } from "../edit/testSupport";
import { CATALOG, getCatalogItem, getCatalogTab } from "./catalog";

/** A small machine with a mid-flow edge (Start → A → B), an End edge (B) and an empty Map body. */
const host = () =>
  frozen({
    StartAt: "A",
    States: {
      A: { Type: "Pass", Next: "B" },
      B: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, States: {} }, End: true },
    },
  });

describe("catalog", () => {
  it("has unique ids across the three tabs", () => {
    const ids = CATALOG.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(getCatalogTab("flow").length + getCatalogTab("actions").length + getCatalogTab("patterns").length).toBe(CATALOG.length);
  });

  it("lists the seven flow states by Type (seed L11458-L11475)", () => {
    expect(getCatalogTab("flow").map((item) => item.id)).toEqual(["Choice", "Parallel", "Map", "Pass", "Wait", "Succeed", "Fail"]);
  });

  it("has the actions the issue names and the required patterns", () => {
    const required = [
      "lambda:invoke", "sns:publish", "sqs:sendMessage", "dynamodb:getItem", "dynamodb:putItem", "dynamodb:updateItem", "dynamodb:deleteItem",
      "ecs:runTask", "batch:submitJob", "glue:startJobRun", "athena:startQueryExecution", "events:putEvents", "states:startExecution",
      "apigateway:invoke", "http:invoke", "bedrock:invokeModel",
    ];
    for (const id of required) expect(getCatalogItem(id)?.tab, id).toBe("actions");
    for (const id of ["pattern:retry-with-catch", "pattern:callback", "pattern:poll-until-done", "pattern:fan-out-map"]) expect(getCatalogItem(id)?.tab, id).toBe("patterns");
    expect(getCatalogItem("nope")).toBeUndefined();
  });

  it("gives every item a label, group, description, keywords and seed line", () => {
    for (const item of CATALOG) {
      expect(item.label, item.id).not.toBe("");
      expect(item.group, item.id).not.toBe("");
      expect(item.description, item.id).toMatch(/^[A-Z].*\.$/);
      expect(item.keywords.length, item.id).toBeGreaterThan(0);
      expect(item.seedLine, item.id).toBeGreaterThan(0);
    }
  });

  it("creates a fresh fragment on each call", () => {
    for (const item of CATALOG) {
      const first = item.create();
      const second = item.create();
      expect(second, item.id).toEqual(first);
      expect(second.states, item.id).not.toBe(first.states);
      expect(first.states[first.startAt], item.id).toBeDefined();
      for (const exit of first.exits) expect(first.states[exit], `${item.id} exit ${exit}`).toBeDefined();
    }
  });

  it("inserts every item mid-flow with unique names and resolving references", () => {
    for (const item of CATALOG) {
      const { definition } = insertFragment(host(), edge("/States/A/Next"), item.create());
      expect(structuralProblems(definition), item.id).toEqual([]);
      expect(definition.States.A, item.id).toMatchObject({ Next: item.create().startAt });
    }
  });

  it("inserts every item twice, and into an empty Map body (which leads to End), still resolving", () => {
    for (const item of CATALOG) {
      const once = insertFragment(host(), edge("/States/A/Next"), item.create()).definition;
      const twice = insertFragment(once, edge("/States/A/Next"), item.create()).definition;
      expect(structuralProblems(twice), item.id).toEqual([]);
      const inside = insertFragment(twice, scope("/States/B/ItemProcessor"), item.create()).definition;
      const expected = item.id === "Choice" ? ["/States/B/ItemProcessor/States/Choice (2): Choice rule without Next"] : [];
      expect(structuralProblems(inside), item.id).toEqual(expected);
    }
  });

  it("inserts every item at the End edge; only a Choice is left with open branches", () => {
    for (const item of CATALOG) {
      const { definition } = insertFragment(host(), edge("/States/B/End"), item.create());
      const problems = structuralProblems(definition);
      // A Choice cannot end, so at End its rule waits for a state to be dropped on it.
      expect(problems, item.id).toEqual(item.id === "Choice" ? ["/States/Choice: Choice rule without Next"] : []);
    }
  });
});
