import { describe, expect, it } from "vitest";
import { parseDefinition } from "../parse/parseDefinition";
import { diffDocuments } from "./diffDocuments";
import { updateText } from "./updateText";

const JSON_TEXT = `{
  "Comment": "Orders",
  "StartAt": "Charge",
  "States": {
    "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Ship"},
    "Ship":   {
        "Type": "Pass",
        "End": true
    }
  }
}`;

type State = Record<string, unknown>;
type Machine = { Comment?: string; StartAt: string; States: Record<string, State> };

/** A state the test document must have. */
const at = (d: Machine, name: string): State => {
  const state = d.States[name];
  if (!state) throw new Error(`the test document has no state ${name}`);
  return state;
};

const apply = (text: string, format: "json" | "yaml", edit: (d: Machine) => void) => {
  const before = parseDefinition(text, format).value as Machine;
  const after = structuredClone(before);
  edit(after);
  const result = updateText(text, format, before as never, after as never);
  expect(parseDefinition(result, format).value).toEqual(after);
  return result;
};

describe("updateText (JSON)", () => {
  it("changes a value in place and leaves every other byte alone", () => {
    const result = apply(JSON_TEXT, "json", (d) => (at(d, "Ship").End = false));
    expect(result).toBe(JSON_TEXT.replace('"End": true', '"End": false'));
  });

  it("renames a key where it stands and rewrites references only", () => {
    const result = apply(JSON_TEXT, "json", (d) => {
      d.States = { Charge: { ...at(d, "Charge"), Next: "Ship order" }, "Ship order": at(d, "Ship") };
    });
    expect(Object.keys((parseDefinition(result, "json").value as Machine).States)).toEqual(["Charge", "Ship order"]);
    expect(result.startsWith('{\n  "Comment": "Orders",\n  "StartAt": "Charge",')).toBe(true);
    expect(result).toContain('"Resource": "arn:aws:states:::lambda:invoke", "Next": "Ship order"}');
  });

  it("inserts a new state after its predecessor with the document's indentation", () => {
    const result = apply(JSON_TEXT, "json", (d) => {
      d.States = { Charge: { ...at(d, "Charge"), Next: "Wait" }, Wait: { Type: "Wait", Seconds: 5, Next: "Ship" }, Ship: at(d, "Ship") };
    });
    expect(result.indexOf('"Wait": {')).toBeGreaterThan(result.indexOf('"Charge"'));
    expect(result.indexOf('"Wait": {')).toBeLessThan(result.indexOf('"Ship":'));
    expect(result).toContain('"Ship":   {\n        "Type": "Pass"');
  });

  it("a state moved onto another edge keeps its own text, with its Next changed in it", async () => {
    const { moveState } = await import("../edit/moveState");
    const text = `{
  "StartAt": "First",
  "States": {
    "First": {"Type": "Pass", "Next": "Second"},
    "Second":   {"Type": "Pass",   "Next": "Third"},
    "Third": {
        "Type": "Pass",
        "Next": "Done"
    },
    "Done": {"Type": "Succeed"}
  }
}`;
    const moveThird = (d: Machine) => Object.assign(d, moveState(structuredClone(d) as never, "/States/Third", { kind: "edge", fieldPointer: "/States/First/Next" }).definition);
    expect(apply(text, "json", moveThird)).toBe(`{
  "StartAt": "First",
  "States": {
    "First": {"Type": "Pass", "Next": "Third"},
    "Third": {
        "Type": "Pass",
        "Next": "Second"
    },
    "Second":   {"Type": "Pass",   "Next": "Done"},
    "Done": {"Type": "Succeed"}
  }
}`);
    // Inside a Parallel branch (a path through an array) too.
    const nested = `{"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [${text}]}}}`;
    const moveNested = (d: Machine) =>
      Object.assign(d, moveState(structuredClone(d) as never, "/States/P/Branches/0/States/Third", { kind: "edge", fieldPointer: "/States/P/Branches/0/States/First/Next" }).definition);
    expect(apply(nested, "json", moveNested)).toContain('"Third": {\n        "Type": "Pass",\n        "Next": "Second"\n    },');
  });

  it("removes a key and its comma cleanly", () => {
    const result = apply(JSON_TEXT, "json", (d) => delete d.Comment);
    expect(result.startsWith('{\n  "StartAt": "Charge",')).toBe(true);
  });
});

describe("updateText (YAML)", () => {
  const YAML_TEXT = `# Order workflow
Comment: Orders # shown in the console
StartAt: Charge
States:
  Charge:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Next: Ship # then ship
  Ship:
    Type: Pass
    End: true
`;

  it("keeps comments while changing a value", () => {
    const result = apply(YAML_TEXT, "yaml", (d) => (at(d, "Ship").Type = "Succeed"));
    expect(result).toContain("# Order workflow");
    expect(result).toContain("Comment: Orders # shown in the console");
    expect(result).toContain("Next: Ship # then ship");
  });

  it("inserts a state after its predecessor", () => {
    const result = apply(YAML_TEXT, "yaml", (d) => {
      d.States = { Charge: { ...at(d, "Charge"), Next: "Wait" }, Wait: { Type: "Wait", Seconds: 5, Next: "Ship" }, Ship: at(d, "Ship") };
    });
    expect(result.indexOf("  Wait:")).toBeLessThan(result.indexOf("  Ship:"));
    expect(result).toContain("# Order workflow");
  });
});

describe("diffDocuments", () => {
  it("reports only what changed", () => {
    expect(diffDocuments({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } })).toEqual([{ kind: "set", path: ["b", "c", 1], value: 3 }]);
    expect(diffDocuments({ a: 1, b: 2, c: 3, d: 0 }, { a: 1, c: 3, b: 2, d: 1 })).toEqual([
      { kind: "remove", path: ["c"] },
      { kind: "set", path: ["d"], value: 1 },
      { kind: "insert", path: ["c"], value: 3, order: ["a", "c", "b", "d"] },
    ]);
  });
});

describe("updateText on every guide definition", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const { renameState } = await import("../edit/renameState");
  const { removeStates } = await import("../edit/removeStates");
  const { toYaml } = await import("../serialize");
  const { GUIDE_DEFINITIONS_DIR: dir } = await import("../../../test/corpus");
  const files = readdirSync(dir).filter((f) => f.endsWith(".asl.json"));

  it.each(files)("%s: rename the first state and delete the last, in JSON and YAML", (file) => {
    const text = readFileSync(`${dir}${file}`, "utf8");
    const before = parseDefinition(text, "json").value as never as { StartAt: string; States: Record<string, unknown> };
    const renamed = renameState(before as never, `/States/${before.StartAt.replace(/~/g, "~0").replace(/\//g, "~1")}`, "Renamed start").definition;
    const names = Object.keys(renamed.States);
    const after = names.length > 1 ? removeStates(renamed, [`/States/${(names[names.length - 1] as string).replace(/~/g, "~0").replace(/\//g, "~1")}`]).definition : renamed;
    const json = updateText(text, "json", before as never, after as never);
    expect(parseDefinition(json, "json").value).toEqual(after);
    const yamlText = toYaml(before as never);
    const yaml = updateText(yamlText, "yaml", before as never, after as never);
    expect(parseDefinition(yaml, "yaml").value).toEqual(after);
  });
});
