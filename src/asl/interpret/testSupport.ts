/** Test helpers: where the shared corpus lives, and a one-call run. Not used by production code. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { JsonValue } from "../json";
import { runExecution } from "./runExecution";
import type { ExecutionResult, RunOptions } from "./types";

/** `shared/` sits beside the repository (../shared from the repo root). */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared");
export const SEED_FILE = join(SHARED_DIR, "seeds/step-functions-developer-guide.zh.txt");
export const AWS_RECORDED_DIR = join(SHARED_DIR, "corpus/aws-recorded");
export const GUIDE_DEFINITIONS_DIR = join(SHARED_DIR, "corpus/guide-definitions");

export function sharedAvailable(): boolean {
  return existsSync(AWS_RECORDED_DIR);
}

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
