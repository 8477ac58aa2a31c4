import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findAll, parseXml } from "../../src/export/testing/xml";
import { toInfrastructureTemplate } from "../../src/export/infrastructure";
import { defaultConfig } from "../../src/store/studioConfig";
import { run } from "./render";

const dir = mkdtempSync(join(tmpdir(), "asl-render-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const MACHINE = { StartAt: "Hello", States: { Hello: { Type: "Pass", Next: "<b>Done</b>" }, "<b>Done</b>": { Type: "Succeed" } } };
const json = write("machine.asl.json", JSON.stringify(MACHINE, null, 2));
const yaml = write("machine.yaml", "StartAt: A\nStates:\n  A:\n    Type: Wait\n    Seconds: 3\n    End: true\n");
const broken = write("broken.json", '{ "StartAt": "A", ');
const notMachine = write("config.json", '{ "name": "x" }');
const template = write("template.yaml", toInfrastructureTemplate(MACHINE, defaultConfig("FromTemplate"), { flavor: "sam", format: "yaml" }));

async function capture(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const bytes: Uint8Array[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t), bytes: (b) => bytes.push(b) });
  return { code, out: out.join(""), err: err.join("\n"), bytes };
}

function stateNames(svg: string): string[] {
  return findAll(parseXml(svg), (e) => e.attributes.class === "asl-state").map((e) => e.attributes["data-state-name"] ?? "");
}

describe("asl-studio render", () => {
  it("writes the SVG to standard output by default, escaped and complete", async () => {
    const { code, out, err } = await capture([json]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(stateNames(out)).toEqual(["Hello", "<b>Done</b>"]);
    expect(out).not.toContain("<b>");
  });

  it("writes to a file with -o, in the theme and direction asked for", async () => {
    const output = join(dir, "out.svg");
    const { code, out, err } = await capture([yaml, "--theme", "dark", "--direction=right", "-o", output]);
    expect(code).toBe(0);
    expect(out).toBe("");
    expect(err).toContain("Wrote");
    const svg = readFileSync(output, "utf8");
    expect(svg).toContain('data-theme="dark"');
    expect(stateNames(svg)).toEqual(["A"]);
    const right = parseXml(svg);
    const down = parseXml((await capture([yaml])).out);
    expect(Number(right.attributes.width)).toBeGreaterThan(Number(down.attributes.width));
  });

  it("draws the state machine of a CloudFormation/SAM template", async () => {
    const { code, out } = await capture([template]);
    expect(code).toBe(0);
    expect(stateNames(out)).toEqual(["Hello", "<b>Done</b>"]);
    expect(out).toContain("<title id=\"asl-title\">FromTemplate</title>");
  });

  it("exits 1 when the file is not a state machine it can draw", async () => {
    expect(await capture([broken])).toMatchObject({ code: 1, out: "", err: expect.stringContaining("broken.json:1:") });
    expect(await capture([notMachine])).toMatchObject({ code: 1, err: expect.stringContaining('no "States" object') });
  });

  it("exits 2 on usage and I/O errors, and explains PNG's needs in --help", async () => {
    expect((await capture([])).code).toBe(2);
    expect(await capture([json, "--format", "gif"])).toMatchObject({ code: 2, err: expect.stringContaining("--format must be svg or png") });
    expect(await capture([json, "--theme", "blue"])).toMatchObject({ code: 2 });
    expect(await capture([json, "--bogus"])).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option --bogus.") });
    expect(await capture([json, "--format", "png"])).toMatchObject({ code: 2, err: expect.stringContaining("PNG output needs -o") });
    expect(await capture([join(dir, "missing.json")])).toMatchObject({ code: 2, err: expect.stringContaining("No such file") });
    expect(await capture([json, "-o", join(dir, "no-such-dir", "x.svg")])).toMatchObject({ code: 2, err: expect.stringContaining("Cannot write") });
    const help = await capture(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("PNG needs Chromium");
  });

  it.runIf(existsSync("/usr/bin/chromium") || process.env.ASL_STUDIO_CHROMIUM)("rasterises PNG at 1× and 2× in Chromium", async () => {
    const one = join(dir, "one.png");
    const two = join(dir, "two.png");
    expect((await capture([json, "-o", one])).code).toBe(0);
    expect((await capture([json, "--format", "png", "--scale", "2", "-o", two])).code).toBe(0);
    const size = (file: string) => {
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    };
    const svg = parseXml((await capture([json])).out);
    expect(size(one)).toEqual({ width: Number(svg.attributes.width), height: Number(svg.attributes.height) });
    expect(size(two)).toEqual({ width: Number(svg.attributes.width) * 2, height: Number(svg.attributes.height) * 2 });
  }, 60_000);
});
