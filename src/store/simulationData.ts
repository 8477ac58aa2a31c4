import type { RunOptions } from "../asl/interpret/types";
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

/** The mocks a run of the document uses: its per-state mocks and its imported test case, if any. */
export function runMocksOf(simulation: SimulationData): RunOptions["mocks"] {
  const { mocks, mockConfig } = simulation;
  const runMocks: NonNullable<RunOptions["mocks"]> = {};
  if (Object.keys(mocks).length > 0) runMocks.states = mocks;
  if (mockConfig) {
    runMocks.config = mockConfig.file;
    runMocks.testCase = mockConfig.testCase;
    if (mockConfig.stateMachine !== undefined) runMocks.stateMachine = mockConfig.stateMachine;
  }
  return runMocks.states || runMocks.config ? runMocks : undefined;
}
