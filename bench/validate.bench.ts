/**
 * `npm run bench -- validate`: validation speed on generated 1,000-state machines that mix
 * every state type (Parallel and Map containers, Choice rules, Retry/Catch, templates with
 * intrinsics). Prints:
 * - cold: a fresh process's first validate() call, schema compile included (a child process);
 * - warm: the median of many calls;
 * - the ratio against the asl-validator package on the same document in the same run.
 * Goals (issue 2): ≤ 10 ms warm, ≤ 150 ms cold, ≥ 30× faster than asl-validator warm.
 * Benchmarks print; they never fail on a timing.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

import { countStates, generateMachine } from "./support/generateMachine";
import { median } from "./support/stats";

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function coldChild(): Promise<void> {
  const machine = generateMachine();
  const importStart = performance.now();
  const { validate } = await import("../src/asl/validate/validate");
  const importMs = performance.now() - importStart;
  const start = performance.now();
  const diagnostics = validate(machine);
  const firstMs = performance.now() - start;
  process.stdout.write(JSON.stringify({ importMs, firstMs, diagnostics: diagnostics.length }));
}

async function main(): Promise<void> {
  const machine = generateMachine();
  const states = countStates(machine);
  const text = JSON.stringify(machine, null, 2);
  console.log(`Document: ${states} states (Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map), ${(text.length / 1024).toFixed(0)} KB of JSON`);

  // Cold: fresh processes, first call including the schema compile.
  const colds: { importMs: number; firstMs: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--cold-child"], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`cold child failed: ${child.stderr}`);
    colds.push(JSON.parse(child.stdout) as { importMs: number; firstMs: number });
  }

  const { validate } = await import("../src/asl/validate/validate");
  const { validateText } = await import("../src/asl/validate/validateText");
  const found = validate(machine);
  const errors = found.filter((d) => d.severity === "error");
  if (errors.length > 0) console.log(`  note: the generated machine has ${errors.length} errors, first: ${errors[0]?.code} ${errors[0]?.path} ${errors[0]?.message}`);

  for (let i = 0; i < 30; i++) validate(machine);
  const warm: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    validate(machine);
    warm.push(performance.now() - start);
  }
  const warmText: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    validateText(text, "json");
    warmText.push(performance.now() - start);
  }

  const require = createRequire(import.meta.url);
  const aslValidator = require("asl-validator") as (definition: unknown) => { isValid: boolean; errors: unknown[] };
  const theirs = aslValidator(machine);
  for (let i = 0; i < 3; i++) aslValidator(machine);
  const theirWarm: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    aslValidator(machine);
    theirWarm.push(performance.now() - start);
  }

  const warmMs = median(warm);
  const coldMs = median(colds.map((c) => c.firstMs));
  const ratio = median(theirWarm) / warmMs;
  const verdict = (ok: boolean) => (ok ? "meets goal" : "MISSES goal");
  console.log(`  diagnostics: ours ${found.length} (${errors.length} errors); asl-validator isValid=${theirs.isValid}`);
  console.log(`  warm validate()          median ${ms(warmMs)}  (p90 ${ms([...warm].sort((a, b) => a - b)[Math.floor(warm.length * 0.9)] as number)})   goal ≤ 10 ms: ${verdict(warmMs <= 10)}`);
  console.log(`  cold first validate()    median ${ms(coldMs)} of 5 fresh processes   goal ≤ 150 ms: ${verdict(coldMs <= 150)}`);
  console.log(`  cold import + first call median ${ms(median(colds.map((c) => c.importMs + c.firstMs)))} (the import includes tsx compiling the TypeScript sources)`);
  console.log(`  warm validateText()      median ${ms(median(warmText))}  (parse JSON + source map + validate + ranges)`);
  console.log(`  asl-validator 4 warm     median ${ms(median(theirWarm))}`);
  console.log(`  ratio asl-validator / ours (warm): ${ratio.toFixed(1)}×   goal ≥ 30×: ${verdict(ratio >= 30)}`);
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (process.argv.includes("--cold-child")) await coldChild();
else if (isEntry) await main();
