/**
 * Step Functions Local's MockConfigFile (seed L20708–L20800, L21232–L21305): checks the shape and
 * answers invocations. Invocation keys are 0-based: "0", or an inclusive range "1-2". Each entry
 * holds exactly one of Return or Throw. Retries consume successive indexes; an index with no entry
 * fails the execution (seed L20902–L20907).
 */
import { getOwn, isJsonObject, type JsonValue } from "../json";
import type { MockConfigFile, MockedResponseEntry } from "./types";

export class MockConfigError extends Error {}

/** Checks a parsed JSON document against the MockConfigFile shape; throws MockConfigError naming the first problem. */
export function parseMockConfig(value: JsonValue): MockConfigFile {
  if (!isJsonObject(value)) throw new MockConfigError("A mock config file must be a JSON object with StateMachines and MockedResponses.");
  const machines = getOwn(value, "StateMachines");
  const responses = getOwn(value, "MockedResponses");
  if (!isJsonObject(machines)) throw new MockConfigError("StateMachines must be an object: { <state machine>: { TestCases: { … } } }.");
  if (!isJsonObject(responses)) throw new MockConfigError("MockedResponses must be an object: { <response name>: { \"0\": { Return | Throw } } }.");
  for (const [machineName, machine] of Object.entries(machines)) {
    const cases = isJsonObject(machine) ? getOwn(machine, "TestCases") : undefined;
    if (!isJsonObject(cases)) throw new MockConfigError(`StateMachines.${machineName}.TestCases must be an object.`);
    for (const [caseName, testCase] of Object.entries(cases)) {
      if (!isJsonObject(testCase)) throw new MockConfigError(`Test case ${machineName}.${caseName} must map state names to mocked response names.`);
      for (const [stateName, responseName] of Object.entries(testCase)) {
        if (typeof responseName !== "string") throw new MockConfigError(`Test case ${caseName}: the mock of state "${stateName}" must be a response name (string).`);
        if (!Object.prototype.hasOwnProperty.call(responses, responseName)) {
          throw new MockConfigError(`Test case ${caseName}: state "${stateName}" uses "${responseName}", which MockedResponses does not define.`);
        }
      }
    }
  }
  for (const [responseName, response] of Object.entries(responses)) {
    if (!isJsonObject(response)) throw new MockConfigError(`MockedResponses.${responseName} must be an object keyed by invocation ("0", "1-2").`);
    for (const [key, entry] of Object.entries(response)) {
      if (!parseRange(key)) throw new MockConfigError(`MockedResponses.${responseName}: "${key}" is not an invocation index ("0") or range ("1-2").`);
      if (!isJsonObject(entry)) throw new MockConfigError(`MockedResponses.${responseName}.${key} must be { "Return": … } or { "Throw": … }.`);
      const hasReturn = Object.prototype.hasOwnProperty.call(entry, "Return");
      const hasThrow = Object.prototype.hasOwnProperty.call(entry, "Throw");
      if (hasReturn === hasThrow) throw new MockConfigError(`MockedResponses.${responseName}.${key} must hold exactly one of Return and Throw.`);
      if (hasThrow) {
        const thrown = getOwn(entry, "Throw");
        if (!isJsonObject(thrown) || typeof getOwn(thrown, "Error") !== "string") {
          throw new MockConfigError(`MockedResponses.${responseName}.${key}.Throw must be { "Error": string, "Cause": string }.`);
        }
      }
    }
  }
  return value as unknown as MockConfigFile;
}

export function parseRange(key: string): [number, number] | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(key);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return to >= from ? [from, to] : undefined;
}

/**
 * The name of the config's state machine in use: `stateMachine` when given, else the only one.
 * The key is the state machine's name ("字段名称是状态机的名称", seed L21211–L21214), so a run with
 * this config has it as `$$.StateMachine.Name` (and in the state machine's ARN).
 */
export function selectStateMachineName(config: MockConfigFile, stateMachine?: string): string {
  if (stateMachine !== undefined) return stateMachine;
  const names = Object.keys(config.StateMachines);
  if (names.length !== 1) throw new MockConfigError(`The mock config holds ${names.length} state machines (${names.join(", ")}); say which one.`);
  return names[0] as string;
}

/** Picks the test case's state → response map. With one state machine in the file, its name may be left out. */
export function selectTestCase(config: MockConfigFile, testCase: string, stateMachine?: string): Record<string, string> {
  const names = Object.keys(config.StateMachines);
  const machineName = selectStateMachineName(config, stateMachine);
  const machine = Object.prototype.hasOwnProperty.call(config.StateMachines, machineName) ? config.StateMachines[machineName] : undefined;
  if (!machine) throw new MockConfigError(`The mock config has no state machine "${machineName}" (it has ${names.join(", ")}).`);
  const cases = machine.TestCases;
  const selected = Object.prototype.hasOwnProperty.call(cases, testCase) ? cases[testCase] : undefined;
  if (!selected) throw new MockConfigError(`State machine "${machineName}" has no test case "${testCase}" (it has ${Object.keys(cases).join(", ")}).`);
  return selected;
}

/** The entry answering the n-th (0-based) invocation, or undefined when none covers it. */
export function findMockedResponse(response: Record<string, MockedResponseEntry>, invocation: number): MockedResponseEntry | undefined {
  if (Object.prototype.hasOwnProperty.call(response, String(invocation))) return response[String(invocation)];
  for (const key of Object.keys(response)) {
    const range = parseRange(key);
    if (range && invocation >= range[0] && invocation <= range[1]) return response[key];
  }
  return undefined;
}
