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

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObj = { [key: string]: Json };

const STATE_COUNT = 1000;

/**
 * A valid machine of exactly `total` states. The top level is a chain of blocks; every block
 * adds one state of each kind, and the containers hold a few states of their own.
 */
export function generateMachine(total = STATE_COUNT): JsonObj {
  const states: JsonObj = {};
  let count = 0;
  let block = 0;
  const topNames: string[] = [];
  const pending: { name: string; state: JsonObj }[] = [];
  const add = (name: string, state: JsonObj) => {
    pending.push({ name, state });
    topNames.push(name);
    count++;
  };
  const retry: Json = [
    { ErrorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2, JitterStrategy: "FULL" },
    { ErrorEquals: ["States.ALL"], MaxAttempts: 2 },
  ];
  const room = (size: number) => total - 1 - count >= size;
  while (count < total - 1) {
    const b = block++;
    add(`Prepare ${b}`, {
      Type: "Pass",
      Parameters: {
        "id.$": "$.order.id",
        "label.$": "States.Format('order {} of {}', $.order.id, $.customer.name)",
        "parts.$": "States.ArrayPartition($.items, 2)",
        "uuid.$": "States.UUID()",
        static: { nested: [1, 2, { "ctx.$": "$$.Execution.Id" }] },
      },
      ResultPath: "$.prepared",
    });
    if (room(1))
      add(`Charge ${b}`, {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:charge", "Payload.$": "$" },
        ResultSelector: { "status.$": "$.Payload.status", "hash.$": "States.Hash($.Payload.id, 'SHA-256')" },
        ResultPath: "$.charge",
        OutputPath: "$",
        TimeoutSeconds: 300,
        HeartbeatSeconds: 60,
        Retry: retry,
        Catch: [{ ErrorEquals: ["States.TaskFailed"], Next: "Handle failure", ResultPath: "$.error" }],
      });
    if (room(1))
      add(`Route ${b}`, {
        Type: "Choice",
        Choices: [
          {
            And: [
              { Variable: "$.charge.status", StringEquals: "OK" },
              { Variable: "$.total", NumericGreaterThanEquals: 20 },
              { Not: { Variable: "$.createdAt", TimestampLessThan: "2016-03-14T01:59:00Z" } },
            ],
            Next: `Wait ${b}`,
          },
          { Or: [{ Variable: "$.flag", BooleanEquals: true }, { Variable: "$.name", IsPresent: true }], Next: `Wait ${b}` },
          { Variable: "$.limit", NumericLessThanPath: "$.max", Next: "Handle failure" },
        ],
        Default: `Wait ${b}`,
      });
    if (room(1)) add(`Wait ${b}`, { Type: "Wait", SecondsPath: "$.delay", InputPath: "$", OutputPath: "$" });
    if (room(5)) {
      add(`Fan out ${b}`, {
        Type: "Parallel",
        Branches: [0, 1].map((i): JsonObj => ({
          StartAt: `Branch ${b}.${i} work`,
          States: {
            [`Branch ${b}.${i} work`]: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:s3:listBuckets", Next: `Branch ${b}.${i} done` },
            [`Branch ${b}.${i} done`]: { Type: "Succeed" },
          },
        })),
        ResultSelector: { "flat.$": "$[*][*]" },
        ResultPath: "$.branches",
        Retry: [{ ErrorEquals: ["States.ALL"] }],
      });
      count += 4;
    }
    if (room(4)) {
      add(`Each item ${b}`, {
        Type: "Map",
        ItemsPath: "$.items",
        MaxConcurrency: 10,
        ItemSelector: { "item.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "json.$": "States.StringToJson($$.Map.Item.Value.raw)" },
        ItemProcessor: {
          ProcessorConfig: { Mode: "INLINE" },
          StartAt: `Item ${b} check`,
          States: {
            [`Item ${b} check`]: { Type: "Choice", Choices: [{ Variable: "$.item.ok", IsBoolean: true, Next: `Item ${b} ok` }], Default: `Item ${b} bad` },
            [`Item ${b} ok`]: { Type: "Pass", End: true },
            [`Item ${b} bad`]: { Type: "Fail", Error: "BadItem", CausePath: "States.Format('item {} failed', $.index)" },
          },
        },
        ResultPath: "$.items",
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Handle failure" }],
      });
      count += 3;
    }
  }
  pending.forEach(({ name, state }, i) => {
    const next = pending[i + 1];
    states[name] = state.Type === "Choice" ? state : { ...state, ...(next ? { Next: next.name } : { End: true }) };
  });
  // A Choice's rules name the next block's Wait; when that Wait was cut off, point at the next state.
  for (const { name, state } of pending) {
    if (state.Type !== "Choice") continue;
    const nextName = pending[pending.findIndex((p) => p.name === name) + 1]?.name ?? "Handle failure";
    const fix = (target: Json): Json => (typeof target === "string" && target in states ? target : nextName);
    const choices = (state.Choices as JsonObj[]).map((rule) => ({ ...rule, Next: fix(rule.Next ?? null) }));
    states[name] = { ...state, Choices: choices, Default: fix(state.Default ?? null) };
  }
  states["Handle failure"] = { Type: "Fail", Error: "OrderFailed", Cause: "See the error output" };
  return { Comment: `Generated machine with ${count + 1} states`, StartAt: topNames[0] ?? "Handle failure", States: states };
}

function countStates(machine: JsonObj): number {
  let n = 0;
  const visit = (states: Json | undefined) => {
    if (!states || typeof states !== "object" || Array.isArray(states)) return;
    for (const state of Object.values(states)) {
      n++;
      if (state && typeof state === "object" && !Array.isArray(state)) {
        for (const branch of (state.Branches as JsonObj[] | undefined) ?? []) visit(branch.States);
        const processor = (state.ItemProcessor ?? state.Iterator) as JsonObj | undefined;
        if (processor) visit(processor.States);
      }
    }
  };
  visit(machine.States);
  return n;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

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
