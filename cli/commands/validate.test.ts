import { spawnSync } from "node:child_process";
import { GUIDE_DEFINITIONS_DIR } from "../../test/corpus";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./validate";

const dir = mkdtempSync(join(tmpdir(), "asl-validate-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const valid = write("valid.asl.json", JSON.stringify({ StartAt: "Hello", States: { Hello: { Type: "Pass", Result: "Hello World!", End: true } } }, null, 2));
const invalid = write("invalid.asl.json", '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Missing" }\n  }\n}\n');
const warnOnly = write("warn.asl.json", JSON.stringify({ StartAt: "A", States: { A: { Type: "Succeed" }, B: { Type: "Succeed" } } }));
const yaml = write("machine.yaml", "StartAt: A\nStates:\n  A:\n    Type: Pass\n");
const sync = write("sync.json", JSON.stringify({ StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:::batch:submitJob.sync", End: true } } }));

async function capture(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("asl-studio validate", () => {
  it("exits 0 for a valid file and prints a summary", async () => {
    const { code, out } = await capture([valid]);
    expect(code).toBe(0);
    expect(out).toBe("1 file checked: 1 valid, 0 invalid; 0 errors, 0 warnings, 0 info.");
  });

  it("exits 0 when there are warnings only", async () => {
    const { code, out } = await capture([warnOnly]);
    expect(code).toBe(0);
    expect(out).toContain("  warning  UNREACHABLE_STATE  ");
  });

  it("exits 1 and prints file:line:col  severity  CODE  message for each finding", async () => {
    const { code, out } = await capture([valid, invalid]);
    expect(code).toBe(1);
    const lines = out.split("\n");
    expect(lines[0]).toBe(`${invalid}:4:36  error  UNKNOWN_STATE_REF  State "A": Next names "Missing", which does not exist in this state machine.`);
    expect(lines.at(-1)).toBe("2 files checked: 1 valid, 1 invalid; 1 error, 0 warnings, 0 info.");
  });

  it("reads .yaml/.yml as YAML", async () => {
    const { code, out } = await capture([yaml]);
    expect(code).toBe(1);
    expect(out).toContain(`${yaml}:3:3  error  MISSING_NEXT_OR_END`);
  });

  it("prints exactly {files:[{file, valid, diagnostics}]} with --format json", async () => {
    const { code, out } = await capture(["--format", "json", valid, invalid]);
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as { files: { file: string; valid: boolean; diagnostics: Record<string, unknown>[] }[] };
    expect(Object.keys(parsed)).toEqual(["files"]);
    expect(parsed.files.map((f) => Object.keys(f))).toEqual([
      ["file", "valid", "diagnostics"],
      ["file", "valid", "diagnostics"],
    ]);
    expect(parsed.files[0]).toEqual({ file: valid, valid: true, diagnostics: [] });
    expect(parsed.files[1]).toMatchObject({ file: invalid, valid: false, diagnostics: [{ severity: "error", code: "UNKNOWN_STATE_REF", path: "/States/A/Next", stateName: "A", range: { start: { line: 4, column: 36 } } }] });
    expect((await capture(["--format=json", valid])).code).toBe(0);
  });

  it("checks Express rules with --express or --workflow-type EXPRESS", async () => {
    expect((await capture([sync])).code).toBe(0);
    for (const flags of [["--express"], ["--workflow-type", "EXPRESS"], ["--workflow-type=express"]]) {
      const { code, out } = await capture([...flags, sync]);
      expect(code).toBe(1);
      expect(out).toContain("EXPRESS_UNSUPPORTED_PATTERN");
    }
  });

  it("exits 2 on usage and I/O errors: no files, unknown option, bad value, missing file", async () => {
    expect(await capture([])).toMatchObject({ code: 2, out: "" });
    expect((await capture(["--strict", valid])).err).toContain("Unknown option --strict.");
    expect((await capture(["--strict", valid])).code).toBe(2);
    expect((await capture(["--format", "xml", valid])).code).toBe(2);
    expect((await capture(["--workflow-type", "FAST", valid])).code).toBe(2);
    const missing = await capture([valid, join(dir, "nope.json")]);
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect(missing.err).toContain("No such file");
  });

  it("prints help with --help and exits 0", async () => {
    const { code, out } = await capture(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("--express");
    expect(out).toContain("--format human|json");
  });

  it("works as `asl-studio validate` through cli/bin.mjs, with the three exit codes", () => {
    const bin = (args: string[]) => spawnSync(process.execPath, ["cli/bin.mjs", "validate", ...args], { encoding: "utf8" });
    const ok = bin([`${GUIDE_DEFINITIONS_DIR}0025_12620.asl.json`]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain("1 valid, 0 invalid");
    expect(bin([invalid]).status).toBe(1);
    expect(bin(["missing.json"]).status).toBe(2);
  }, 60_000);
});
