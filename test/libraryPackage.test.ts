/**
 * The library as a TypeScript host gets it: `npm run build:lib` into a package installed in a
 * scratch project (node_modules/asl-studio, its dependencies linked from ours), then
 * - the hosts in examples/typescript type-check with `tsc --noEmit` against the built declarations,
 *   with bundler-style and Node-style (nodenext) module resolution and skipLibCheck off;
 * - every value the declarations export is exported by the built JavaScript, and back;
 * - a name the package does not export is refused (so the checks above can fail);
 * - `npm pack` keeps every file package.json's `exports` names.
 */
import { spawn } from "node:child_process";
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, it } from "vitest";
import { selectDeclarations } from "../scripts/libraryTypes";

const repo = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");
const HOSTS = ["react-host.tsx", "standalone-host.ts"];

interface Manifest {
  types: string;
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as Manifest;

/** Runs a command to its end; the exit code and everything it printed. */
function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code, output }));
  });
}

/** The environment of a build run from a shell: none of the test runner's variables (NODE_ENV=test, VITEST…). */
function shellEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (key !== "NODE_ENV" && !key.startsWith("VITEST") && key !== "TEST") env[key] = value;
  return { ...env, ...extra };
}

function writeTsconfig(project: string, name: string, resolution: "bundler" | "nodenext", files: string[]): string {
  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2023", "DOM", "DOM.Iterable"],
    module: resolution === "bundler" ? "ESNext" : "NodeNext",
    moduleResolution: resolution,
    jsx: "react-jsx",
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  };
  const path = join(project, name);
  writeFileSync(path, JSON.stringify({ compilerOptions, files }, null, 2));
  return path;
}

let project = "";
let pkg = "";

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "asl-studio-host-"));
  pkg = join(project, "node_modules", "asl-studio");
  mkdirSync(pkg, { recursive: true });
  // An ES module project, as the hosts in examples/ are.
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "host", private: true, type: "module" }));
  for (const name of readdirSync(join(repo, "node_modules"))) {
    if (name.startsWith(".") || name === "asl-studio") continue;
    symlinkSync(join(repo, "node_modules", name), join(project, "node_modules", name));
  }
  copyFileSync(join(repo, "package.json"), join(pkg, "package.json"));
  copyFileSync(join(repo, ".gitignore"), join(pkg, ".gitignore"));
  for (const host of HOSTS) copyFileSync(join(repo, "examples", "typescript", host), join(project, host));

  const build = await run("npm", ["run", "build:lib"], { cwd: repo, env: shellEnv({ ASL_STUDIO_LIB_OUT_DIR: join(pkg, "dist", "lib") }) });
  if (build.code !== 0) throw new Error(`npm run build:lib failed:\n${build.output}`);
}, 240_000);

afterAll(() => {
  if (!project) return;
  // The links first, so nothing can reach through them into our node_modules.
  const modules = join(project, "node_modules");
  for (const name of readdirSync(modules)) if (lstatSync(join(modules, name)).isSymbolicLink()) unlinkSync(join(modules, name));
  rmSync(project, { recursive: true, force: true });
});

// Concurrent: the checks are child processes and a type checker, worth running side by side.
describe.concurrent("the library package", () => {
  it.for(["bundler", "nodenext"] as const)("the TypeScript hosts in examples/ type-check against the built declarations (%s resolution)", { timeout: 120_000 }, async (resolution, { expect }) => {
    const config = writeTsconfig(project, `tsconfig.${resolution}.json`, resolution, HOSTS);
    const result = await run(process.execPath, [tsc, "-p", config, "--pretty", "false"], { cwd: project });
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });

  it("exports from each build the values its declarations declare, and a missing name is a type error", async ({ expect }) => {
    writeFileSync(join(project, "missing.ts"), 'import { AslStudio, NotExported } from "asl-studio";\nimport type { AlsoNotExported } from "asl-studio/standalone";\nexport const used: unknown[] = [AslStudio, NotExported];\nexport type Used = AlsoNotExported;\n');
    writeFileSync(join(project, "probe.ts"), 'export * as react from "asl-studio";\nexport * as standalone from "asl-studio/standalone";\n');
    const config = ts.getParsedCommandLineOfConfigFile(writeTsconfig(project, "tsconfig.probe.json", "nodenext", ["probe.ts", "missing.ts"]), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!config) throw new Error("tsconfig.probe.json did not parse");
    const program = ts.createProgram(config.fileNames, config.options);
    const checker = program.getTypeChecker();

    const missing = program.getSourceFile(join(project, "missing.ts"));
    const errors = ts.getPreEmitDiagnostics(program, missing).map((d) => `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    expect(errors).toEqual([expect.stringMatching(/^TS2305 .*"asl-studio".*'NotExported'/), expect.stringMatching(/^TS2305 .*"asl-studio\/standalone".*'AlsoNotExported'/)]);

    const probe = program.getSourceFile(join(project, "probe.ts"));
    expect(probe && ts.getPreEmitDiagnostics(program, probe)).toEqual([]);
    const declaredValues = (entry: string): string[] => {
      const source = program.getSourceFile(join(pkg, entry));
      const module = source && checker.getSymbolAtLocation(source);
      if (!module) throw new Error(`${entry} is not in the program: the package's types do not lead to it`);
      return checker
        .getExportsOfModule(module)
        .filter((symbol) => ((symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol).flags & ts.SymbolFlags.Value) !== 0)
        .map((symbol) => symbol.name)
        .sort();
    };
    const declared = { react: declaredValues("dist/lib/asl-studio.d.ts"), standalone: declaredValues("dist/lib/asl-studio.standalone.d.ts") };
    expect(declared.react).toEqual(expect.arrayContaining(["AslStudio", "mountAslStudio"]));

    // Node imports each build by the package's name, as a host's bundler or server would.
    writeFileSync(join(project, "exports.mjs"), 'const names = async (s) => Object.keys(await import(s)).sort();\nconsole.log(JSON.stringify({ react: await names("asl-studio"), standalone: await names("asl-studio/standalone") }));\n');
    const imported = await run(process.execPath, ["exports.mjs"], { cwd: project });
    expect(imported.code, imported.output).toBe(0);
    expect(JSON.parse(imported.output)).toEqual(declared);
  }, 120_000);

  it("ships declarations that import only packages a host installs with it", ({ expect }) => {
    const types = join(pkg, "dist", "lib", "types");
    const emitted = new Map<string, string>();
    for (const entry of readdirSync(types, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isFile()) emitted.set(relative(types, path).split(sep).join("/"), readFileSync(path, "utf8"));
    }
    // Already shipped, the selection keeps every file as it is: nothing unreachable, nothing to rewrite.
    const shipped = selectDeclarations(emitted, "embed/index.d.ts");
    expect(shipped.files).toEqual(emitted);
    const installed = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]);
    expect([...shipped.packages].filter((name) => !installed.has(name))).toEqual([]);
  });

  it("packs every file its exports name", async ({ expect }) => {
    const packed = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: pkg });
    expect(packed.code, packed.output).toBe(0);
    const [report] = JSON.parse(packed.output.slice(packed.output.indexOf("["))) as { files: { path: string }[] }[];
    const files = new Set(report?.files.map((f) => f.path));
    const named = [manifest.types, ...Object.values(manifest.exports).flatMap((target) => (typeof target === "string" ? [target] : Object.values(target)))];
    expect(named.length).toBeGreaterThan(4);
    expect(named.map((path) => path.replace(/^\.\//, "")).filter((path) => !files.has(path))).toEqual([]);
  }, 60_000);
});
