/** Test helpers: where the shared corpus lives, and a one-call run. Not used by production code. */
import { readFileSync, readdirSync } from "node:fs";
import type { JsonValue } from "../json";
import { runExecution } from "./runExecution";
import type { ExecutionResult, RunOptions } from "./types";

export { AWS_RECORDED_DIR, GUIDE_DEFINITIONS_DIR } from "../../../test/corpus";

export function readJson<T = JsonValue>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export function listJson(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
}

/** Fixed start time so timestamps in tests are stable. */
export const TEST_START = Date.UTC(2024, 0, 1, 0, 0, 0);

export function run(definition: JsonValue, input?: JsonValue, options: RunOptions = {}): Promise<ExecutionResult> {
  return runExecution(definition, input, { startTime: TEST_START, ...options }).result;
}
