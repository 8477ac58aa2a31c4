/**
 * `asl-studio run FILE …`: runs a state machine on the interpreter (no network; tasks come from
 * mocks or default results) and prints the output, or the error and cause.
 * Exit: 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED, 2 usage or I/O error.
 */
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, readTextFile, UsageError, type CommandResult } from "../io";
import type { JsonValue } from "../../src/asl/json";
import { formatFromFileName, parseDefinition } from "../../src/asl/parse/parseDefinition";
import { toAwsHistoryEvent } from "../../src/asl/interpret/events";
import { InvalidDefinitionError, runExecution } from "../../src/asl/interpret/runExecution";
import type { StateVisit } from "../../src/asl/interpret/types";
import { MockConfigError, parseMockConfig, selectTestCase } from "../../src/asl/mocks/mockConfig";

export const RUN_USAGE = `Usage: asl-studio run FILE [options]

Runs the state machine in FILE (JSON, or YAML by extension .yaml/.yml) with no AWS calls: Task
results come from mocks, or a default result shaped like the integration's response.

Options:
  --input FILE             execution input, a JSON file (default {})
  --input-json JSON        execution input, inline JSON
  --mock-config FILE       a Step Functions Local MockConfigFile
  --test-case NAME         the test case of the mock config to use (needed with --mock-config)
  --state-machine NAME     the state machine of the mock config (optional when it holds one)
  --format json            print {"status","output","error","cause","events","unmockedStates"}
                           as JSON: events in AWS's GetExecutionHistory form; unmockedStates
                           names the Task states that ran with no mock (a default result)
  --max-transitions N      stop after N state transitions (default 25000)
  -h, --help               show this help

Exit status: 0 SUCCEEDED, 1 FAILED, TIMED_OUT or ABORTED, 2 usage or I/O error.`;

export interface ParsedFlags {
  positional: string[];
  values: Map<string, string>;
  help: boolean;
}

/** `--name value` / `--name=value` flags; `allowed` lists the names that take a value. */
export function parseFlags(args: readonly string[], allowed: readonly string[]): ParsedFlags {
  const positional: string[] = [];
  const values = new Map<string, string>();
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!allowed.includes(name)) throw new UsageError(`Unknown option --${name}.`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      i++;
    }
    if (value === undefined) throw new UsageError(`--${name} needs a value.`);
    if (values.has(name)) throw new UsageError(`--${name} is given twice.`);
    values.set(name, value);
  }
  return { positional, values, help };
}

export function parseJsonText(text: string, what: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
}

export async function readDefinition(file: string): Promise<JsonValue> {
  const text = await readTextFile(file);
  const parsed = parseDefinition(text, formatFromFileName(file));
  const fatal = parsed.problems.find((p) => p.fatal);
  if (fatal || parsed.value === undefined) {
    throw new UsageError(`${file}:${fatal?.line ?? 1}:${fatal?.column ?? 1}: ${fatal?.message ?? "not a definition"}`);
  }
  return parsed.value;
}

export async function readInput(flags: ParsedFlags): Promise<JsonValue | undefined> {
  const file = flags.values.get("input");
  const inline = flags.values.get("input-json");
  if (file !== undefined && inline !== undefined) throw new UsageError("Give --input or --input-json, not both.");
  if (file !== undefined) return parseJsonText(await readTextFile(file), file);
  if (inline !== undefined) return parseJsonText(inline, "--input-json");
  return undefined;
}

/** The Task states that ran unmocked (a default result), each once, in the order they first ran. */
export function unmockedStates(visits: readonly StateVisit[]): string[] {
  const names = new Set<string>();
  for (const visit of visits) if (visit.mock === "unmocked") names.add(visit.stateName);
  return [...names];
}

export async function run(args: string[]): Promise<CommandResult> {
  try {
    return await runCommand(args);
  } catch (error) {
    if (error instanceof UsageError || error instanceof MockConfigError || error instanceof InvalidDefinitionError) {
      console.error(`asl-studio run: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function runCommand(args: string[]): Promise<CommandResult> {
  const flags = parseFlags(args, ["input", "input-json", "mock-config", "test-case", "state-machine", "format", "max-transitions"]);
  if (flags.help) {
    console.log(RUN_USAGE);
    return EXIT_OK;
  }
  if (flags.positional.length !== 1) throw new UsageError(`Expected one definition FILE.\n\n${RUN_USAGE}`);
  const format = flags.values.get("format");
  if (format !== undefined && format !== "json") throw new UsageError(`--format must be json.`);
  let maxTransitions: number | undefined;
  const max = flags.values.get("max-transitions");
  if (max !== undefined) {
    maxTransitions = Number(max);
    if (!Number.isInteger(maxTransitions) || maxTransitions <= 0) throw new UsageError("--max-transitions must be a positive integer.");
  }
  const mockFile = flags.values.get("mock-config");
  const testCase = flags.values.get("test-case");
  const stateMachine = flags.values.get("state-machine");
  if (mockFile === undefined && (testCase !== undefined || stateMachine !== undefined)) throw new UsageError("--test-case and --state-machine need --mock-config.");
  if (mockFile !== undefined && testCase === undefined) throw new UsageError("--mock-config needs --test-case NAME.");

  const definition = await readDefinition(flags.positional[0] as string);
  const input = await readInput(flags);
  let mocks: NonNullable<Parameters<typeof runExecution>[2]>["mocks"];
  if (mockFile !== undefined && testCase !== undefined) {
    const config = parseMockConfig(parseJsonText(await readTextFile(mockFile), mockFile));
    selectTestCase(config, testCase, stateMachine);
    mocks = { config, testCase, ...(stateMachine !== undefined ? { stateMachine } : {}) };
  }
  const result = await runExecution(definition, input, {
    callbacks: "default",
    ...(mocks ? { mocks } : {}),
    ...(maxTransitions !== undefined ? { maxTransitions } : {}),
  }).result;

  if (format === "json") {
    const out: Record<string, unknown> = { status: result.status };
    if (result.status === "SUCCEEDED") out.output = result.output;
    if (result.error !== undefined) out.error = result.error;
    if (result.cause !== undefined) out.cause = result.cause;
    out.events = result.events.map(toAwsHistoryEvent);
    // AWS's event form has no place for "this task was not mocked" (toAwsHistoryEvent drops the
    // internal marker): it is kept here, outside the events, under a name AWS does not use.
    out.unmockedStates = unmockedStates(result.visits);
    console.log(JSON.stringify(out, null, 2));
  } else if (result.status === "SUCCEEDED") {
    console.log(JSON.stringify(result.output, null, 2));
  } else {
    console.log(`Execution ${result.status}`);
    if (result.error !== undefined) console.log(`Error: ${result.error}`);
    if (result.cause !== undefined) console.log(`Cause: ${result.cause}`);
  }
  return result.status === "SUCCEEDED" ? EXIT_OK : EXIT_FAILED;
}
