/**
 * The message protocol between the UI thread (interpreterClient.ts) and the interpreter worker
 * (interpreterHost.ts). Every message carries `v`, the protocol version; a side that receives
 * another version answers with an `error` and ignores the message. Everything here must survive
 * structured cloning: plain JSON-like data, no functions.
 */
import type { JsonValue } from "../asl/json";
import type { HistoryEvent } from "../asl/interpret/events";
import type { BeforeStateInfo, ExecutionResult, PendingTask, RunOptions, StateVisit } from "../asl/interpret/types";

export const PROTOCOL_VERSION = 1;

/** The serialisable part of RunOptions, plus breakpoints. */
type SerialisableRunOptions = Pick<
  RunOptions,
  | "mocks" | "clock" | "startTime" | "maxTransitions" | "executionName" | "stateMachineName" | "executionArn"
  | "stateMachineArn" | "roleArn" | "region" | "accountId" | "callbacks" | "maxPayloadBytes"
>;

export interface WorkerRunOptions extends SerialisableRunOptions {
  /** A seed only: a RandomSource is a function and cannot cross to the worker. */
  random?: number | string;
  /** Pause before these states: state names, or JSON pointers of states ("/States/A"). */
  breakpoints?: string[];
  /**
   * Real milliseconds to wait before each state entry, so a person can watch the run move
   * through the graph (the simulator's paced speeds). 0 or absent: no pause.
   */
  stateDelayMs?: number;
  /** Pause before the very first state and then before every state until `continue`. */
  stepping?: boolean;
}

/** An ExecutionResult without `events` (they were streamed already). */
export type WorkerResult = Omit<ExecutionResult, "events">;

export type ToWorker =
  | { v: 1; type: "start"; runId: string; definition: JsonValue; input?: JsonValue; options: WorkerRunOptions }
  | { v: 1; type: "abort"; runId: string; reason?: string }
  | { v: 1; type: "resume"; runId: string; mode: "step" | "continue"; breakpoints?: string[] }
  /** Replaces the breakpoints of a run in progress. */
  | { v: 1; type: "breakpoints"; runId: string; breakpoints: string[] }
  | { v: 1; type: "taskSuccess"; runId: string; taskToken: string; output: JsonValue; afterSeconds?: number }
  | { v: 1; type: "taskFailure"; runId: string; taskToken: string; error?: string; cause?: string; afterSeconds?: number };

export type FromWorker =
  | { v: 1; type: "events"; runId: string; events: HistoryEvent[] }
  /** Visits that ended since the last message (in the order they ended). */
  | { v: 1; type: "visits"; runId: string; visits: StateVisit[] }
  | { v: 1; type: "paused"; runId: string; info: BeforeStateInfo }
  | { v: 1; type: "taskPending"; runId: string; task: PendingTask }
  /** A pending callback task went away without an answer (its branch was stopped when a sibling failed). */
  | { v: 1; type: "taskGone"; runId: string; taskToken: string }
  | { v: 1; type: "result"; runId: string; result: WorkerResult }
  | { v: 1; type: "error"; runId?: string; message: string };

export function isProtocolMessage(value: unknown): value is { v: number; type: string } {
  return typeof value === "object" && value !== null && typeof (value as { v?: unknown }).v === "number" && typeof (value as { type?: unknown }).type === "string";
}
