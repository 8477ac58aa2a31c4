/**
 * "Every guide example with sample input can be simulated, and results match the command line's
 * run": each complete definition of the guide, with its documented input where the golden pairs
 * give one, runs through the simulator's path (run store → worker protocol → interpreter host) and
 * through `asl-studio run --format json`; status, output (or error and cause) and the event
 * history's shape must be equal. Callback tasks are left out: the simulator pauses for a person's
 * answer there, where the command line uses the integration's default result.
 */
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { run as cliRun } from "../../cli/commands/run";
import type { JsonValue } from "../asl/json";
import { GUIDE_DEFINITIONS_DIR, listJson, readJson } from "../asl/interpret/testSupport";
import { createRunStore, type RunState, type RunStore } from "../store/runSlice";
import { memoryClient } from "./testWorker";

function finished(store: RunStore): Promise<RunState> {
  return new Promise((resolve) => {
    const stop = store.subscribe((state) => {
      if (state.phase !== "finished") return;
      stop();
      resolve(state);
    });
  });
}

interface CliJson {
  status: string;
  output?: JsonValue;
  error?: string;
  cause?: string;
  events: { id: number; previousEventId: number; type: string }[];
}

async function runCli(file: string, input: JsonValue): Promise<CliJson> {
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((text: unknown) => void lines.push(String(text)));
  const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    await cliRun([file, "--input-json", JSON.stringify(input), "--format", "json"]);
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  return JSON.parse(lines.join("\n")) as CliJson;
}

/** ISO times and the run's generated names differ between two runs started at different moments. */
function stable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>"));
}

const golden = readJson<{ target_file: string; input?: JsonValue }[]>(join(GUIDE_DEFINITIONS_DIR, "golden", "io_pairs.json"));
const inputs = new Map(golden.filter((g) => g.input !== undefined).map((g) => [g.target_file, g.input as JsonValue]));
const files = listJson(GUIDE_DEFINITIONS_DIR).filter((f) => f.endsWith(".asl.json"));
const cases = files
  .map((file) => ({ file, definition: readJson(join(GUIDE_DEFINITIONS_DIR, file)), input: inputs.get(file) ?? {} }))
  .filter(({ definition }) => !/waitForTaskToken|:activity:/.test(JSON.stringify(definition)));

describe("guide examples: the simulator's run equals the command line's", () => {
  it("covers the guide's complete definitions", () => {
    expect(files.length).toBeGreaterThanOrEqual(90);
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });
  it.each(cases)("$file", async ({ file, definition, input }) => {
    const store = createRunStore({ createClient: memoryClient, publishMs: 1 });
    const done = finished(store);
    store.getState().start({ definition, input, stateMachineName: "StateMachine" });
    const state = await done;
    const result = state.run?.result;
    const cli = await runCli(join(GUIDE_DEFINITIONS_DIR, file), input);
    expect(result?.status).toBe(cli.status);
    expect(stable(result?.output)).toEqual(stable(cli.output));
    expect(result?.error).toBe(cli.error);
    expect(stable(result?.cause)).toEqual(stable(cli.cause));
    expect(result?.events.map((e) => `${e.id}<${e.previousEventId} ${e.type}`)).toEqual(cli.events.map((e) => `${e.id}<${e.previousEventId} ${e.type}`));
  });
});
