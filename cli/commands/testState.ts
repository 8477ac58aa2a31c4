/**
 * `asl-studio test-state FILE --state NAME …`: runs one state like the TestState API.
 * Exit: 0 SUCCEEDED or CAUGHT_ERROR, 1 FAILED or RETRIABLE, 2 usage or I/O error.
 */
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CommandResult } from "../io";
import { isJsonObject } from "../../src/asl/json";
import type { StateMock } from "../../src/asl/mocks/types";
import { testState, TestStateError, type InspectionLevel } from "../../src/asl/interpret/testState";
import { parseFlags, parseJsonText, readDefinition, readInput } from "./run";

export const TEST_STATE_USAGE = `Usage: asl-studio test-state FILE --state NAME [options]

Runs one state of the state machine in FILE like the TestState API: one attempt, no retries.

Options:
  --state NAME                 the state to test (required unless FILE holds one state)
  --input FILE                 the state input, a JSON file (default {})
  --input-json JSON            the state input, inline JSON
  --mock JSON                  the Task's answer: {"result": …} or {"error": "…", "cause": "…"}
  --inspection-level LEVEL     INFO (default), DEBUG or TRACE: DEBUG adds the data after each stage
  --format json                print the TestState response as JSON
  -h, --help                   show this help

Exit status: 0 SUCCEEDED or CAUGHT_ERROR, 1 FAILED or RETRIABLE, 2 usage or I/O error.`;

function parseMock(text: string): StateMock {
  const value = parseJsonText(text, "--mock");
  if (!isJsonObject(value)) throw new UsageError('--mock must be a JSON object: {"result": …} or {"error": "…", "cause": "…"}.');
  if ("result" in value) return value as unknown as StateMock;
  if (typeof value.error === "string" && (value.cause === undefined || typeof value.cause === "string")) return value as unknown as StateMock;
  if (Array.isArray(value.sequence)) return value as unknown as StateMock;
  throw new UsageError('--mock must be {"result": …}, {"error": "…", "cause": "…"} or {"sequence": […]}.');
}

export async function run(args: string[]): Promise<CommandResult> {
  try {
    const flags = parseFlags(args, ["state", "input", "input-json", "mock", "inspection-level", "format"]);
    if (flags.help) {
      console.log(TEST_STATE_USAGE);
      return EXIT_OK;
    }
    if (flags.positional.length !== 1) throw new UsageError(`Expected one definition FILE.\n\n${TEST_STATE_USAGE}`);
    const format = flags.values.get("format");
    if (format !== undefined && format !== "json") throw new UsageError("--format must be json.");
    const level = (flags.values.get("inspection-level") ?? "INFO").toUpperCase();
    if (level !== "INFO" && level !== "DEBUG" && level !== "TRACE") throw new UsageError("--inspection-level must be INFO, DEBUG or TRACE.");
    const definition = await readDefinition(flags.positional[0] as string);
    const input = await readInput(flags);
    const mockText = flags.values.get("mock");
    const stateName = flags.values.get("state");
    const result = await testState(definition, input ?? {}, {
      inspectionLevel: level as InspectionLevel,
      ...(stateName !== undefined ? { stateName } : {}),
      ...(mockText !== undefined ? { mock: parseMock(mockText) } : {}),
    });
    if (format === "json") {
      console.log(JSON.stringify(result, null, 2));
    } else {
      console.log(`Status: ${result.status}`);
      if (result.output !== undefined) console.log(`Output: ${result.output}`);
      if (result.error !== undefined) console.log(`Error: ${result.error}`);
      if (result.cause !== undefined) console.log(`Cause: ${result.cause}`);
      if (result.nextState !== undefined) console.log(`Next state: ${result.nextState}`);
      if (result.inspectionData) {
        console.log("Inspection data:");
        for (const [stage, value] of Object.entries(result.inspectionData)) console.log(`  ${stage}: ${value}`);
      }
    }
    return result.status === "SUCCEEDED" || result.status === "CAUGHT_ERROR" ? EXIT_OK : EXIT_FAILED;
  } catch (error) {
    if (error instanceof UsageError || error instanceof TestStateError) {
      console.error(`asl-studio test-state: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
