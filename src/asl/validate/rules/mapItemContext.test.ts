import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GUIDE_DEFINITIONS_DIR } from "../../../../test/corpus";
import { found, machine, one } from "../testing/helpers";

const processor = (inner: Record<string, unknown>) => ({ StartAt: "I", States: { I: { ...inner, End: true } } });

describe("mapItemContext (seed L7840–L7845)", () => {
  it("accepts the Map item in the Map's ItemSelector, as the guide's example does (seed L7849–L7860, 0016)", () => {
    const guide = JSON.parse(readFileSync(join(GUIDE_DEFINITIONS_DIR, "0016_7849.asl.json"), "utf8"));
    expect(found(guide, ["MAP_ITEM_CONTEXT_MISPLACED"])).toEqual([]);
  });

  it("accepts it in the deprecated Parameters of a JSONPath Map (seed L4917–L4918; guide 0074 at L33514) and in intrinsic arguments there (seed L7642–L7646)", () => {
    const def = machine({
      M: { Type: "Map", Parameters: { "n.$": "$$.Map.Item.Index", "v.$": "States.StringToJson($$.Map.Item.Value.MyNumbers)" }, ItemProcessor: processor({ Type: "Pass" }), End: true },
    });
    expect(found(def, ["MAP_ITEM_CONTEXT_MISPLACED"])).toEqual([]);
  });

  it("accepts a nested Map's ItemSelector inside a processor: it reads the inner Map's item (guide 0030 at L14082)", () => {
    const inner = { Type: "Map", ItemSelector: { "MyItem.$": "$$.Map.Item.Value" }, ItemProcessor: processor({ Type: "Pass" }) };
    expect(found(machine({ M: { Type: "Map", ItemProcessor: processor(inner), End: true } }), ["MAP_ITEM_CONTEXT_MISPLACED"])).toEqual([]);
  });

  it("warns about the Map item read in a state of the item processor, which the guide says not to do (seed L7844–L7845)", () => {
    const def = machine({ M: { Type: "Map", ItemProcessor: processor({ Type: "Pass", Parameters: { "v.$": "$$.Map.Item.Value" } }), End: true } });
    const d = one(def, "MAP_ITEM_CONTEXT_MISPLACED");
    expect(d).toMatchObject({ severity: "warning", path: "/States/M/ItemProcessor/States/I/Parameters/v.$", stateName: "I" });
    expect(d.message).toBe(
      'State "I": Parameters.v.$ reads "$$.Map.Item.Value", in a state of "M"\'s item processor. The Map item (Index, Value) exists only in a Map state\'s ItemSelector (or Parameters), where each iteration\'s input is built (seed L7840–L7845); here it reads nothing. Read it in "M"\'s ItemSelector (or Parameters) and pass it in the iteration\'s input.',
    );
  });

  it("warns outside any Map: paths, Choice variables, intrinsic arguments and Assign (seed L7840)", () => {
    const def = machine({
      P: { Type: "Pass", Parameters: { "v.$": "$$.Map.Item.Value", "f.$": "States.Format('{}', $$.Map.Item.Index)" }, Assign: { "i.$": "$$.Map.Item.Index" }, Next: "C" },
      C: { Type: "Choice", Choices: [{ Variable: "$$.Map.Item.Index", NumericEquals: 0, Next: "D" }], Default: "D" },
      D: { Type: "Succeed", OutputPath: "$$.Map" },
    });
    expect(found(def, ["MAP_ITEM_CONTEXT_MISPLACED"])).toEqual([
      ["MAP_ITEM_CONTEXT_MISPLACED", "/States/P/Parameters/v.$"],
      ["MAP_ITEM_CONTEXT_MISPLACED", "/States/P/Parameters/f.$"],
      ["MAP_ITEM_CONTEXT_MISPLACED", "/States/P/Assign/i.$"],
      ["MAP_ITEM_CONTEXT_MISPLACED", "/States/C/Choices/0/Variable"],
      ["MAP_ITEM_CONTEXT_MISPLACED", "/States/D/OutputPath"],
    ]);
    expect(one(machine({ P: { Type: "Pass", Parameters: { "v.$": "$$.Map.Item.Value" }, End: true } }), "MAP_ITEM_CONTEXT_MISPLACED").message).toContain('reads "$$.Map.Item.Value", outside any Map state.');
  });

  it("warns about the Map's own fields other than ItemSelector: ItemsPath, ResultSelector (seed L7840)", () => {
    const def = machine({ M: { Type: "Map", ItemsPath: "$$.Map.Item.Value", ResultSelector: { "a.$": "$$.Map.Item.Index" }, ItemProcessor: processor({ Type: "Pass" }), End: true } });
    expect(found(def, ["MAP_ITEM_CONTEXT_MISPLACED"])).toEqual([
      ["MAP_ITEM_CONTEXT_MISPLACED", "/States/M/ItemsPath"],
      ["MAP_ITEM_CONTEXT_MISPLACED", "/States/M/ResultSelector/a.$"],
    ]);
  });

  it("leaves the rest of the context object alone (seed L7673–L7686)", () => {
    const def = machine({ M: { Type: "Map", ItemProcessor: processor({ Type: "Pass", Parameters: { "id.$": "$$.Execution.Id", "name.$": "$$.State.Name" } }), End: true } });
    expect(found(def, ["MAP_ITEM_CONTEXT_MISPLACED"])).toEqual([]);
  });

  it("reads JSONata's $states.context.Map the same way: allowed in ItemSelector (corpus 0914), warned in the processor", () => {
    const def = machine(
      {
        M: {
          Type: "Map",
          ItemSelector: { v: "{% $states.context.Map.Item.Value %}" },
          ItemProcessor: processor({ Type: "Pass", Output: { v: "{% $states.context.Map.Item.Value %}", id: "{% $states.context.Execution.Id %}" } }),
          End: true,
        },
      },
      { QueryLanguage: "JSONata" },
    );
    const d = one(def, "MAP_ITEM_CONTEXT_MISPLACED");
    expect(d.path).toBe("/States/M/ItemProcessor/States/I/Output/v");
    expect(d.message).toContain('reads "$states.context.Map", in a state of "M"\'s item processor.');
    expect(d.message).toContain("only in a Map state's ItemSelector, where");
  });
});
