import type { MockConfigFile, StateMock } from "../asl/mocks/types";

/** A named sample input; `text` is kept as typed, so an invalid JSON input is never lost. */
export interface SampleInput {
  id: string;
  name: string;
  text: string;
}

/**
 * What the simulator needs besides the definition, kept with the document (saved, templated,
 * shared): sample inputs and mocked task results per state (by state name).
 */
export interface SimulationData {
  inputs: SampleInput[];
  activeInputId: string;
  mocks: Record<string, StateMock>;
  /** An imported Step Functions Local MockConfigFile with the test case to run, when one is used. */
  mockConfig?: { file: MockConfigFile; testCase: string; stateMachine?: string };
}

export function defaultSimulationData(): SimulationData {
  return { inputs: [{ id: "input-1", name: "Input 1", text: "{}" }], activeInputId: "input-1", mocks: {} };
}
