/**
 * The fixture folder: one file per invalid definition, named `invalid-<rule>-<n>.json` (or
 * .yaml), holding the definition, the options, and the findings expected from the guide: code,
 * pointer and the text the finding underlines. Adding a case means adding a file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDefinition, formatFromFileName } from "../parse/parseDefinition";
import type { SourceMap } from "../parse/types";
import { RULES } from "./rules";
import { validate, type ValidateOptions } from "./validate";

const DIR = fileURLToPath(new URL("./fixtures", import.meta.url));
const NAME = /^invalid-([A-Za-z]+)-(\d+)\.(json|ya?ml)$/;

interface Fixture {
  description: string;
  seed: string;
  options?: ValidateOptions;
  definition: unknown;
  expect: { code: string; path: string; text: string }[];
}

/** The source map of the `definition` member, re-rooted so its pointers match the definition's own. */
function definitionSourceMap(map: SourceMap): SourceMap {
  return { get: (pointer) => map.get(`/definition${pointer}`), has: (pointer) => map.has(`/definition${pointer}`) };
}

const files = readdirSync(DIR).filter((f) => NAME.test(f)).sort();

describe("invalid fixtures", () => {
  it("cover every rule at least once", () => {
    const covered = new Set(files.map((f) => NAME.exec(f)?.[1]));
    for (const rule of RULES) expect(covered, rule.id).toContain(rule.id);
  });

  it.each(files)("%s", (file) => {
    const text = readFileSync(join(DIR, file), "utf8");
    const parsed = parseDefinition(text, formatFromFileName(file));
    expect(parsed.problems).toEqual([]);
    const fixture = parsed.value as unknown as Fixture;
    const diagnostics = validate(fixture.definition, { ...fixture.options, source: { sourceMap: definitionSourceMap(parsed.sourceMap), lineIndex: parsed.lineIndex, text } });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual(fixture.expect.map((e) => [e.code, e.path]));
    diagnostics.forEach((d, i) => {
      const range = d.range;
      expect(range, `${d.code} ${d.path}`).toBeDefined();
      if (range) expect(text.slice(range.offset, range.offset + range.length), `${d.code} ${d.path}`).toBe(fixture.expect[i]?.text);
    });
  });
});
