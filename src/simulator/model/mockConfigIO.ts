/**
 * Step Functions Local MockConfigFile import and export (seed L20708–L20800):
 * - import: parse and check a file, list its state machines and test cases;
 * - export: the simulator's per-state mocks as one test case. The simulator repeats the last
 *   answer of a mock once it is used up, Step Functions Local fails a missing invocation index;
 *   so the last answer is exported as a range up to EXPORT_LAST_INDEX to behave the same.
 */
import { parseJsonText } from "./parseJsonText";
import type { JsonValue } from "../../asl/json";
import { MockConfigError, parseMockConfig, selectTestCase } from "../../asl/mocks/mockConfig";
import type { MockConfigFile, MockedResponseEntry, StateMock, StateMockStep } from "../../asl/mocks/types";

export const EXPORT_LAST_INDEX = 999;

export interface ImportedMockConfig {
  file: MockConfigFile;
  stateMachines: string[];
  /** Test cases per state machine. */
  testCases: Record<string, string[]>;
}

export function readMockConfig(text: string): ImportedMockConfig {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new MockConfigError(`The file is not valid JSON (line ${parsed.line}, column ${parsed.column}): ${parsed.message}`);
  const file = parseMockConfig(parsed.value);
  const stateMachines = Object.keys(file.StateMachines);
  if (stateMachines.length === 0) throw new MockConfigError("The mock config defines no state machine under StateMachines.");
  const testCases: Record<string, string[]> = {};
  for (const name of stateMachines) testCases[name] = Object.keys(file.StateMachines[name]?.TestCases ?? {});
  return { file, stateMachines, testCases };
}

/** The response name a test case gives each state (empty when the choice is invalid). */
export function testCaseMocks(file: MockConfigFile, testCase: string, stateMachine?: string): Record<string, string> {
  try {
    return selectTestCase(file, testCase, stateMachine);
  } catch {
    return {};
  }
}

function entry(step: StateMockStep): MockedResponseEntry {
  if ("error" in step) return { Throw: { Error: step.error, ...(step.cause !== undefined ? { Cause: step.cause } : {}) } };
  return { Return: step.result };
}

/** One MockedResponses entry set for a per-state mock; undefined for ItemReader data (no Step Functions Local equivalent). */
export function toMockedResponse(mock: StateMock): Record<string, MockedResponseEntry> | undefined {
  if ("itemReader" in mock) return undefined;
  const steps = "sequence" in mock ? mock.sequence : [mock];
  if (steps.length === 0) return undefined;
  const response: Record<string, MockedResponseEntry> = {};
  steps.forEach((step, index) => {
    const last = index === steps.length - 1;
    response[last && index < EXPORT_LAST_INDEX ? `${index}-${EXPORT_LAST_INDEX}` : String(index)] = entry(step);
  });
  return response;
}

/** The per-state mocks as a MockConfigFile with one state machine and one test case. */
export function exportMockConfig(mocks: Record<string, StateMock>, stateMachine: string, testCase: string): MockConfigFile {
  const testCaseMap: Record<string, string> = {};
  const responses: Record<string, Record<string, MockedResponseEntry>> = {};
  const used = new Set<string>();
  for (const [stateName, mock] of Object.entries(mocks)) {
    const response = toMockedResponse(mock);
    if (!response) continue;
    let name = `${stateName.replace(/[^A-Za-z0-9]+/g, "")}Mock` || "StateMock";
    for (let n = 2; used.has(name); n++) name = `${name.replace(/\d+$/, "")}${n}`;
    used.add(name);
    testCaseMap[stateName] = name;
    responses[name] = response;
  }
  return { StateMachines: { [stateMachine]: { TestCases: { [testCase]: testCaseMap } } }, MockedResponses: responses };
}

export function formatJson(value: JsonValue | MockConfigFile): string {
  return JSON.stringify(value, null, 2);
}
