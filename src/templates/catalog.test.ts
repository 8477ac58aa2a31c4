import { describe, expect, it } from "vitest";
import { runExecution } from "../asl/interpret/runExecution";
import { toJson } from "../asl/serialize";
import { validateText } from "../asl/validate/validateText";
import { findTemplate, searchTemplates, TEMPLATES } from "./catalog";
import { templateDocument } from "./templateDocument";

const REQUIRED = ["blank", "hello-world", "choice-branching", "parallel", "inline-map", "distributed-map-csv", "retry-catch", "callback", "job-poller", "nested-workflow", "lambda-orchestration"];

describe("template catalogue", () => {
  it("has Blank and the ten workflows the issue names, each described and sourced", () => {
    for (const id of REQUIRED) expect(findTemplate(id), id).toBeDefined();
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const template of TEMPLATES) {
      expect(template.description.length, template.id).toBeGreaterThan(40);
      expect(template.source, template.id).toMatch(/seed L\d+|not in the guide/);
      expect(template.sampleInputs.length, template.id).toBeGreaterThan(0);
    }
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))("%s validates clean", (_id, template) => {
    const { diagnostics } = validateText(toJson(template.definition), "json", { workflowType: template.workflowType });
    expect(diagnostics).toEqual([]);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))("%s runs with its mocks to the documented outcome", async (_id, template) => {
    const input = template.sampleInputs[0]?.input;
    const result = await runExecution(template.definition, input, { mocks: { states: template.mocks }, callbacks: "wait" }).result;
    expect(result.status).toBe(template.expected.status);
    if (template.expected.output !== undefined) expect(result.output).toEqual(template.expected.output);
    if (template.expected.visits) expect([...new Set(result.visits.map((v) => v.stateName))]).toEqual(template.expected.visits);
    // Every mock belongs to a state of the template.
    const names = new Set<string>();
    const collect = (machine: unknown) => {
      const states = (machine as { States?: Record<string, Record<string, unknown>> }).States ?? {};
      for (const [name, state] of Object.entries(states)) {
        names.add(name);
        for (const branch of (state.Branches as unknown[] | undefined) ?? []) collect(branch);
        if (state.ItemProcessor) collect(state.ItemProcessor);
      }
    };
    collect(template.definition);
    for (const mocked of Object.keys(template.mocks)) expect(names, mocked).toContain(mocked);
  });

  it("shows what the sample projects are about: retries, the poller loop, other inputs", async () => {
    const retry = await runExecution(findTemplate("retry-catch")!.definition, {}, { mocks: { states: findTemplate("retry-catch")!.mocks } }).result;
    expect(retry.visits.find((v) => v.stateName === "Submit Batch Job")?.retries).toHaveLength(2);
    const poller = await runExecution(findTemplate("job-poller")!.definition, findTemplate("job-poller")!.sampleInputs[0]!.input, { mocks: { states: findTemplate("job-poller")!.mocks } }).result;
    expect(poller.visits.filter((v) => v.stateName === "Get Job Status")).toHaveLength(3);
    const map = await runExecution(findTemplate("inline-map")!.definition, {}, {}).result;
    expect(map.output).toHaveLength(5);
    const choice = findTemplate("choice-branching")!;
    const noMatch = await runExecution(choice.definition, choice.sampleInputs[2]!.input, { mocks: { states: choice.mocks } }).result;
    expect(noMatch).toMatchObject({ status: "FAILED", error: "DefaultStateError" });
  });

  it("turns a template into a document ready for the simulator", () => {
    const template = findTemplate("job-poller")!;
    const doc = templateDocument(template, "yaml");
    expect(doc.format).toBe("yaml");
    expect(doc.text).toContain("StartAt: Submit Job");
    expect(doc.config).toMatchObject({ name: "JobStatusPoller", type: "STANDARD" });
    expect(doc.simulation.inputs.map((i) => i.name)).toEqual(["Batch job"]);
    expect(JSON.parse(doc.simulation.inputs[0]!.text)).toEqual(template.sampleInputs[0]!.input);
    expect(doc.simulation.activeInputId).toBe(doc.simulation.inputs[0]!.id);
    expect(doc.simulation.mocks).toEqual(template.mocks);
    expect(doc.simulation.mocks).not.toBe(template.mocks);
  });

  it("has a JSONata template with variables read states later, run with each sample input", async () => {
    const template = findTemplate("jsonata-variables")!;
    expect(template.definition.QueryLanguage).toBe("JSONata");
    const second = await runExecution(template.definition, template.sampleInputs[1]!.input, { mocks: { states: template.mocks } }).result;
    expect(second.output).toEqual({ orderId: "ORD-1002", total: 4, chargeId: "ch_0001" });
    const charge = second.visits.find((v) => v.stateName === "Charge card")!;
    expect(charge.variables).toMatchObject({ orderId: "ORD-1002", total: 4 });
    const outOfStock = await runExecution(template.definition, template.sampleInputs[0]!.input, { mocks: { states: { ...template.mocks, "Check inventory": { result: { Payload: { inStock: false, prices: {} } } } } } }).result;
    expect(outOfStock).toMatchObject({ status: "FAILED", error: "OutOfStock", cause: "Order ORD-1001 cannot be filled: an item is out of stock." });
    expect(searchTemplates("jsonata").map((t) => t.id)).toEqual(["jsonata-variables"]);
  });

  it("finds templates by keyword", () => {
    expect(searchTemplates("").length).toBe(TEMPLATES.length);
    expect(searchTemplates("csv").map((t) => t.id)).toEqual(["distributed-map-csv"]);
    expect(searchTemplates("task token").map((t) => t.id)).toContain("callback");
    expect(searchTemplates("sns lambda").map((t) => t.id)).toEqual(expect.arrayContaining(["lambda-orchestration", "task-timer"]));
  });
});
