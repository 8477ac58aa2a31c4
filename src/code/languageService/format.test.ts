import { describe, expect, it } from "vitest";
import { parseDefinition } from "../../asl/parse/parseDefinition";
import { applyEdits, formatText, minimalEdit } from "./format";
import { createAslLanguageService } from "./index";
import { corpusText, toYaml } from "./testing";

const service = createAslLanguageService();
const HELLO = corpusText("0025_12620.asl.json");

describe("format document", () => {
  it("pretty-prints JSON without changing its content, and is idempotent", () => {
    const squashed = JSON.stringify(JSON.parse(HELLO));
    const formatted = applyEdits(squashed, service.format(squashed, "json", { tabSize: 2 }));
    expect(formatted).toBe(JSON.stringify(JSON.parse(HELLO), null, 2));
    expect(service.format(formatted, "json", { tabSize: 2 })).toEqual([]);
    const four = applyEdits(squashed, service.format(squashed, "json", { tabSize: 4 }));
    expect(four).toContain('\n    "StartAt"');
    const tabs = applyEdits(squashed, service.format(squashed, "json", { insertSpaces: false }));
    expect(tabs).toContain('\n\t"StartAt"');
  });

  it("keeps escapes, number spellings and key order", () => {
    const text = '{"b":1.50,"a":"x\\u00e9\\"y","c":[1e3,{"d":null}]}';
    const formatted = applyEdits(text, formatText(text, "json"));
    expect(formatted).toContain('"b": 1.50');
    expect(formatted).toContain('"a": "x\\u00e9\\"y"');
    expect(formatted).toContain("1e3");
    expect(formatted.indexOf('"b"')).toBeLessThan(formatted.indexOf('"a"'));
  });

  it("formats JSON that does not parse without losing any of it", () => {
    const broken = '{"StartAt": "A", "States": {"A": {"Type": "Pass",,}}';
    const formatted = applyEdits(broken, formatText(broken, "json"));
    expect(formatted.replace(/\s/g, "")).toBe(broken.replace(/\s/g, ""));
  });

  it("re-emits YAML keeping comments, quotes and flow collections, with the same data", () => {
    const text = "# The machine\nStartAt:    A   # first\nStates:\n    A:\n        Type: Task\n        Resource: 'arn:aws:states:::lambda:invoke'\n        Retry:\n        - ErrorEquals: [States.ALL]\n        End: true\n";
    const formatted = applyEdits(text, service.format(text, "yaml", { tabSize: 2 }));
    expect(formatted).toContain("# The machine");
    expect(formatted).toContain("# first");
    expect(formatted).toContain("'arn:aws:states:::lambda:invoke'");
    expect(formatted).toContain("[ States.ALL ]");
    expect(formatted).toContain("\n  A:\n    Type: Task\n");
    expect(parseDefinition(formatted, "yaml").value).toEqual(parseDefinition(text, "yaml").value);
    expect(service.format(formatted, "yaml", { tabSize: 2 })).toEqual([]);
  });

  it("round-trips every guide example in YAML", () => {
    const yaml = toYaml(HELLO);
    const formatted = applyEdits(yaml, service.format(yaml, "yaml"));
    expect(parseDefinition(formatted, "yaml").value).toEqual(JSON.parse(HELLO));
  });

  it("leaves YAML with errors alone", () => {
    expect(service.format("StartAt: A\nStates:\n  A: {Type: Pass\n", "yaml")).toEqual([]);
  });

  it("edits only the part that changes", () => {
    expect(minimalEdit("abcXdef", "abcYYdef")).toEqual([{ offset: 3, length: 1, text: "YY" }]);
    expect(minimalEdit("same", "same")).toEqual([]);
  });
});
