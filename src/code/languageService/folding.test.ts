import { describe, expect, it } from "vitest";
import { createAslLanguageService } from "./index";
import { corpusText, toYaml } from "./testing";

const service = createAslLanguageService();
const HELLO = corpusText("0025_12620.asl.json");

function lineOf(text: string, search: string): number {
  const index = text.split("\n").findIndex((l) => l.includes(search));
  if (index < 0) throw new Error(`no "${search}"`);
  return index + 1;
}

describe("folding ranges", () => {
  it("folds every JSON object and array that spans lines, keeping the closing bracket visible", () => {
    const ranges = service.foldingRanges(HELLO, "json");
    const lines = HELLO.split("\n");
    const closing = lines.lastIndexOf("}") + 1;
    expect(ranges[0]).toEqual({ startLine: 1, endLine: closing - 1 });
    const parallel = lineOf(HELLO, '"Parallel": {');
    const parallelEnd = lines.findIndex((l, i) => i >= parallel && l === "    },") + 1;
    expect(ranges).toContainEqual({ startLine: parallel, endLine: parallelEnd - 1 });
    expect(ranges).toContainEqual({ startLine: lineOf(HELLO, '"Branches": ['), endLine: lineOf(HELLO, '"Next": "PassState"') - 2 });
    // Objects on one line do not fold.
    expect(service.foldingRanges('{"a": {"b": 1}}', "json")).toEqual([]);
  });

  it("folds half-typed JSON", () => {
    const ranges = service.foldingRanges('{\n  "States": {\n    "A": {\n      "Type": "Pass"\n    }\n', "json");
    expect(ranges).toEqual([{ startLine: 3, endLine: 4 }]);
  });

  it("folds YAML block values from their key's line to their last line", () => {
    const yaml = toYaml(HELLO);
    const ranges = service.foldingRanges(yaml, "yaml");
    expect(ranges).toContainEqual({ startLine: lineOf(yaml, "States:"), endLine: yaml.trimEnd().split("\n").length });
    expect(ranges).toContainEqual({ startLine: lineOf(yaml, "  Parallel:"), endLine: lineOf(yaml, "Next: PassState") });
    expect(ranges).toContainEqual({ startLine: lineOf(yaml, "- Variable: $.IsHelloWorldExample"), endLine: lineOf(yaml, "- Variable: $.IsHelloWorldExample") + 2 });
    // Comments and blank lines at the end of a block do not extend it.
    const commented = "States:\n  A:\n    Type: Pass\n\n# done\nStartAt: A\n";
    expect(service.foldingRanges(commented, "yaml")).toEqual([{ startLine: 1, endLine: 3 }, { startLine: 2, endLine: 3 }]);
  });

  it("folds YAML flow collections that span lines like JSON", () => {
    expect(service.foldingRanges("Parameters: {\n  a: 1,\n  b: 2\n  }\n", "yaml")).toEqual([{ startLine: 1, endLine: 3 }]);
  });
});
