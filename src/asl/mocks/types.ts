/**
 * Mock shapes. `MockConfigFile` is Step Functions Local's format exactly as the guide documents it
 * (seed L20708–L20800, L21232–L21305). `StateMock` is the simpler per-state mock the UI holds.
 */
import type { JsonValue } from "../json";

/** `{"Return": result}` or `{"Throw": {"Error", "Cause"}}` for one invocation or a range of them. */
export type MockedResponseEntry = { Return: JsonValue } | { Throw: { Error: string; Cause?: string } };

export interface MockConfigFile {
  StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }>;
  /** Response name → invocation key ("0", "1-2") → entry. */
  MockedResponses: Record<string, Record<string, MockedResponseEntry>>;
}

/** One answer of a per-state mock. `delaySeconds` is how long the task takes on the virtual clock. */
export type StateMockStep =
  | { result: JsonValue; delaySeconds?: number }
  | { error: string; cause?: string; delaySeconds?: number };

/**
 * A per-state mock: a result, an error, or a sequence consumed one per invocation (the last step
 * repeats once the sequence is used up). For a Map with an ItemReader, `itemReader` holds the data
 * the reader would fetch: an array, or CSV / JSON / JSONL text.
 */
export type StateMock =
  | StateMockStep
  | { sequence: StateMockStep[] }
  | { itemReader: JsonValue };

export type StateMockMap = Record<string, StateMock>;
