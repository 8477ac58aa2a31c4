import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CODES } from "./codes";

const here = fileURLToPath(new URL(".", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "fixtures" ? [] : sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("codes", () => {
  it("lists the parser's problem codes", () => {
    for (const code of ["SYNTAX_ERROR", "DUPLICATE_KEY", "NESTING_TOO_DEEP", "UNSUPPORTED_YAML", "EMPTY_DOCUMENT"]) expect(CODES).toHaveProperty(code);
  });

  it("has every code a rule reports, and every listed code is reported somewhere", () => {
    const used = new Set<string>();
    for (const file of sources(here)) for (const match of readFileSync(file, "utf8").matchAll(/code: "([A-Z_]+)"/g)) used.add(match[1] as string);
    for (const code of used) expect(CODES, code).toHaveProperty(code);
    const parserCodes = ["SYNTAX_ERROR", "DUPLICATE_KEY", "UNSUPPORTED_YAML", "EMPTY_DOCUMENT"];
    const schemaCodes = ["SCHEMA_REQUIRED", "SCHEMA_ENUM", "SCHEMA_RANGE", "SCHEMA_EMPTY"];
    for (const code of Object.keys(CODES)) if (!parserCodes.includes(code) && !schemaCodes.includes(code)) expect(used, code).toContain(code);
  });

  it("gives each code a severity and a one-line description", () => {
    for (const [code, info] of Object.entries(CODES)) {
      expect(["error", "warning", "info"], code).toContain(info.severity);
      expect(info.description, code).toMatch(/^[A-Z].+\.$/);
      expect(info.description).not.toContain("\n");
    }
  });
});
