import { describe, expect, it } from "vitest";
import { insertFragment } from "../edit/insertFragment";
import { edge, frozen } from "../edit/testSupport";
import { getCatalogItem } from "./catalog";
import { FLOW_ITEMS } from "./flowItems";

const create = (id: string) => {
  const item = getCatalogItem(id);
  if (!item) throw new Error(`no item ${id}`);
  return item.create();
};

describe("Flow items", () => {
  it("name each new state after its Type, like Workflow Studio (seed L12467, L12560)", () => {
    for (const item of FLOW_ITEMS) expect(create(item.id).startAt).toBe(item.id);
  });

  it("Parallel starts with two empty branches (seed L687-L695, L12507-L12508)", () => {
    expect(create("Parallel").states.Parallel).toEqual({ Type: "Parallel", Branches: [{ States: {} }, { States: {} }] });
  });

  it("Map starts inline with an empty item processor (seed L13386-L13389)", () => {
    expect(create("Map").states.Map).toEqual({ Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, States: {} } });
  });

  it("Wait waits a fixed number of seconds (seed L12500-L12504)", () => {
    expect(create("Wait").states.Wait).toEqual({ Type: "Wait", Seconds: 5 });
  });

  it("Pass, Succeed and Fail are bare states (Fail as at seed L12681-L12683)", () => {
    expect(create("Pass").states.Pass).toEqual({ Type: "Pass" });
    expect(create("Succeed").states.Succeed).toEqual({ Type: "Succeed" });
    expect(create("Fail").states.Fail).toEqual({ Type: "Fail" });
  });

  it("Choice has one rule and gets a Default when inserted, both going where the edge went", () => {
    const host = frozen({ StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Succeed" } } });
    const { definition } = insertFragment(host, edge("/States/A/Next"), create("Choice"));
    expect(definition.States.Choice).toEqual({ Type: "Choice", Choices: [{ Variable: "$.variable", BooleanEquals: true, Next: "B" }], Default: "B" });
  });

  it("Succeed and Fail inserted mid-flow stay terminal", () => {
    const host = frozen({ StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Succeed" } } });
    const { definition } = insertFragment(host, edge("/States/A/Next"), create("Fail"));
    expect(definition.States.Fail).toEqual({ Type: "Fail" });
    expect(definition.States.A).toEqual({ Type: "Pass", Next: "Fail" });
  });
});
