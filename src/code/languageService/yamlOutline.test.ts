import { readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { GUIDE_DEFINITIONS_DIR } from "../../../test/corpus";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { toPlain, type TreeNode } from "./tree";
import { largeDefinition } from "./testing";
import { yamlOutline } from "./yamlOutline";
import { yamlLibraryTree } from "./yamlTree";

const GUIDE = pathToFileURL(GUIDE_DEFINITIONS_DIR);

/** Every key and scalar with its text span, in document order. */
function spans(node: TreeNode | undefined, path = "", out: string[] = []): string[] {
  if (!node) return out;
  if (node.kind === "object") {
    for (const p of node.properties ?? []) {
      out.push(`${path}/${p.key} key ${p.keyOffset}-${p.keyEnd}`);
      spans(p.value, `${path}/${p.key}`, out);
    }
  } else if (node.kind === "array") (node.items ?? []).forEach((item, i) => spans(item, `${path}/${i}`, out));
  else out.push(`${path} ${node.kind} ${node.offset}-${node.end}`);
  return out;
}

function corpus(): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  for (const file of readdirSync(GUIDE).filter((f) => f.endsWith(".asl.json"))) {
    const value: unknown = JSON.parse(readFileSync(new URL(file, GUIDE), "utf8"));
    texts.push([`${file} (block)`, stringify(value)]);
    texts.push([`${file} (flow)`, stringify(value, { collectionStyle: "flow" })]);
  }
  texts.push(["500 states", stringify(largeDefinition(500))]);
  return texts;
}

describe("the fast YAML reader", () => {
  it("reads every guide definition, block and flow style, exactly as the yaml package does (values and spans)", () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(190);
    for (const [name, text] of texts) {
      const outline = yamlOutline(text);
      expect(outline, name).toBeDefined();
      expect(toPlain(outline), name).toEqual(parse(text));
      expect(spans(outline), name).toEqual(spans(yamlLibraryTree(text)));
    }
  });

  it("reads the YAML features state machines use", () => {
    const text = [
      "%YAML 1.2",
      "---",
      "# comment",
      "A:",
      "- x",
      "- y: 1",
      "  z: [1, 2]",
      "B: |",
      "  line one",
      "  line two",
      "C: 'it''s'",
      'D: "a\\tb"',
      "E: ~",
      "F: 0x1F",
      "G: long plain",
      "  continued",
      'H: "quoted',
      '  continued"',
      "I: {a: 1,",
      "  b: [2, 3]}",
      "J: -1.5e3",
      "K: true",
      "",
    ].join("\n");
    expect(toPlain(yamlOutline(text))).toEqual(parse(text));
  });

  it("keeps half-typed lines: a key without a colon, an empty item, an unclosed flow sequence or quote", () => {
    const tree = yamlOutline("States:\n  A:\n    Type: Task\n    Res\n    Retry:\n      - \n      - ErrorEquals: [States.Ti\n    Next: B\n  B:\n    Comment: \"typing\n");
    expect(toPlain(tree)).toEqual({ States: { A: { Type: "Task", Res: undefined, Retry: [null, { ErrorEquals: ["States.Ti"] }], Next: "B" }, B: { Comment: "typing" } } });
  });

  it("leaves anchors, tags, explicit keys, several documents and tabs to the yaml package", () => {
    for (const text of ["a: &x 1\nb: *x\n", "a: !!str 1\n", "? a\n: 1\n", "a: 1\n---\nb: 2\n", "a:\n\tb: 1\n"]) {
      expect(yamlOutline(text), text).toBeUndefined();
    }
  });
});
