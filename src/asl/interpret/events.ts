/**
 * The execution history, named and shaped as AWS's (GetExecutionHistory: `id`,
 * `previousEventId`, `timestamp`, `type` and a `<type>EventDetails` object; event types listed at
 * seed L42150–L42360).
 *
 * Differences, on purpose:
 * - `timestamp` is a number (epoch milliseconds on the run's virtual clock), not a Date;
 * - detail fields AWS sends as JSON *strings* (`input`, `output`, `parameters`) hold the JSON value
 *   itself, shared with the run (never mutated). `toAwsHistoryEvent` gives AWS's string form.
 *   This keeps the hot path free of JSON.stringify.
 * - task events carry `mock`, saying where the result came from ("unmocked" when none was given);
 * - events of a distributed Map child execution carry `executionArn` (AWS keeps them in the
 *   child's own history; their ids count from 1 per child).
 */
import type { JsonObject, JsonValue } from "../json";

export type StateTypeName = "Task" | "Pass" | "Choice" | "Wait" | "Succeed" | "Fail" | "Parallel" | "Map";

/** Where a task result came from. */
export type MockSourceKind = "mockConfig" | "stateMock" | "handler" | "callback" | "unmocked";

interface EventBase {
  id: number;
  previousEventId: number;
  timestamp: number;
  /** Set on events of a distributed Map child execution. */
  executionArn?: string;
}

export interface ExecutionStartedEvent extends EventBase {
  type: "ExecutionStarted";
  executionStartedEventDetails: { input: JsonValue; roleArn: string; stateMachineArn: string };
}
export interface ExecutionSucceededEvent extends EventBase {
  type: "ExecutionSucceeded";
  executionSucceededEventDetails: { output: JsonValue };
}
export interface ExecutionFailedEvent extends EventBase {
  type: "ExecutionFailed";
  executionFailedEventDetails: { error?: string; cause?: string };
}
export interface ExecutionTimedOutEvent extends EventBase {
  type: "ExecutionTimedOut";
  executionTimedOutEventDetails: { error?: string; cause?: string };
}
export interface ExecutionAbortedEvent extends EventBase {
  type: "ExecutionAborted";
  executionAbortedEventDetails: { error?: string; cause?: string };
}

export type StateEnteredType = `${StateTypeName}StateEntered`;
export type StateExitedType = `${Exclude<StateTypeName, "Fail">}StateExited`;

export interface StateEnteredEvent extends EventBase {
  type: StateEnteredType;
  stateEnteredEventDetails: { name: string; input: JsonValue };
}
export interface StateExitedEvent extends EventBase {
  type: StateExitedType;
  stateExitedEventDetails: {
    name: string;
    output: JsonValue;
    /** The workflow variables the state assigned (AWS sends each value as JSON text; here the values). */
    assignedVariables?: JsonObject;
  };
}

export interface TaskScheduledEvent extends EventBase {
  type: "TaskScheduled";
  taskScheduledEventDetails: {
    resourceType: string;
    resource: string;
    region: string;
    parameters: JsonValue;
    timeoutInSeconds?: number;
    heartbeatInSeconds?: number;
  };
}
export interface TaskStartedEvent extends EventBase {
  type: "TaskStarted";
  taskStartedEventDetails: { resourceType: string; resource: string };
}
export interface TaskSubmittedEvent extends EventBase {
  type: "TaskSubmitted";
  taskSubmittedEventDetails: { resourceType: string; resource: string; output: JsonValue; taskToken: string };
}
export interface TaskSucceededEvent extends EventBase {
  type: "TaskSucceeded";
  taskSucceededEventDetails: { resourceType: string; resource: string; output: JsonValue; mock: MockSourceKind };
}
export interface TaskFailedEvent extends EventBase {
  type: "TaskFailed";
  taskFailedEventDetails: { resourceType: string; resource: string; error?: string; cause?: string; mock: MockSourceKind };
}
export interface TaskTimedOutEvent extends EventBase {
  type: "TaskTimedOut";
  taskTimedOutEventDetails: { resourceType: string; resource: string; error: string; cause?: string; mock: MockSourceKind };
}

export interface LambdaFunctionScheduledEvent extends EventBase {
  type: "LambdaFunctionScheduled";
  lambdaFunctionScheduledEventDetails: { resource: string; input: JsonValue; timeoutInSeconds?: number };
}
export interface LambdaFunctionStartedEvent extends EventBase {
  type: "LambdaFunctionStarted";
}
export interface LambdaFunctionSucceededEvent extends EventBase {
  type: "LambdaFunctionSucceeded";
  lambdaFunctionSucceededEventDetails: { output: JsonValue; mock: MockSourceKind };
}
export interface LambdaFunctionFailedEvent extends EventBase {
  type: "LambdaFunctionFailed";
  lambdaFunctionFailedEventDetails: { error?: string; cause?: string; mock: MockSourceKind };
}
export interface LambdaFunctionTimedOutEvent extends EventBase {
  type: "LambdaFunctionTimedOut";
  lambdaFunctionTimedOutEventDetails: { error: string; cause?: string; mock: MockSourceKind };
}

export interface ActivityScheduledEvent extends EventBase {
  type: "ActivityScheduled";
  activityScheduledEventDetails: { resource: string; input: JsonValue; timeoutInSeconds?: number; heartbeatInSeconds?: number };
}
export interface ActivityStartedEvent extends EventBase {
  type: "ActivityStarted";
  activityStartedEventDetails: { workerName: string };
}
export interface ActivitySucceededEvent extends EventBase {
  type: "ActivitySucceeded";
  activitySucceededEventDetails: { output: JsonValue; mock: MockSourceKind };
}
export interface ActivityFailedEvent extends EventBase {
  type: "ActivityFailed";
  activityFailedEventDetails: { error?: string; cause?: string; mock: MockSourceKind };
}
export interface ActivityTimedOutEvent extends EventBase {
  type: "ActivityTimedOut";
  activityTimedOutEventDetails: { error: string; cause?: string; mock: MockSourceKind };
}

export interface MapStateStartedEvent extends EventBase {
  type: "MapStateStarted";
  mapStateStartedEventDetails: { length: number };
}
export interface MapIterationEvent extends EventBase {
  type: "MapIterationStarted" | "MapIterationSucceeded" | "MapIterationFailed" | "MapIterationAborted";
  mapIterationStartedEventDetails?: { name: string; index: number };
  mapIterationSucceededEventDetails?: { name: string; index: number };
  mapIterationFailedEventDetails?: { name: string; index: number };
  mapIterationAbortedEventDetails?: { name: string; index: number };
}
export interface MapStateEndEvent extends EventBase {
  type: "MapStateSucceeded" | "MapStateFailed" | "MapStateAborted";
}
export interface MapRunStartedEvent extends EventBase {
  type: "MapRunStarted";
  mapRunStartedEventDetails: { mapRunArn: string };
}
export interface MapRunSucceededEvent extends EventBase {
  type: "MapRunSucceeded";
}
export interface MapRunFailedEvent extends EventBase {
  type: "MapRunFailed";
  mapRunFailedEventDetails: { error?: string; cause?: string };
}
/** A JSONata expression failed (States.QueryEvaluationError); `location` names the field. */
export interface EvaluationFailedEvent extends EventBase {
  type: "EvaluationFailed";
  evaluationFailedEventDetails: { error: string; cause?: string; location?: string; state: string };
}
export interface ParallelEvent extends EventBase {
  type: "ParallelStateStarted" | "ParallelStateSucceeded" | "ParallelStateFailed" | "ParallelStateAborted";
}

export type HistoryEvent =
  | ExecutionStartedEvent
  | ExecutionSucceededEvent
  | ExecutionFailedEvent
  | ExecutionTimedOutEvent
  | ExecutionAbortedEvent
  | StateEnteredEvent
  | StateExitedEvent
  | TaskScheduledEvent
  | TaskStartedEvent
  | TaskSubmittedEvent
  | TaskSucceededEvent
  | TaskFailedEvent
  | TaskTimedOutEvent
  | LambdaFunctionScheduledEvent
  | LambdaFunctionStartedEvent
  | LambdaFunctionSucceededEvent
  | LambdaFunctionFailedEvent
  | LambdaFunctionTimedOutEvent
  | ActivityScheduledEvent
  | ActivityStartedEvent
  | ActivitySucceededEvent
  | ActivityFailedEvent
  | ActivityTimedOutEvent
  | MapStateStartedEvent
  | MapIterationEvent
  | MapStateEndEvent
  | MapRunStartedEvent
  | MapRunSucceededEvent
  | MapRunFailedEvent
  | ParallelEvent
  | EvaluationFailedEvent;

export type HistoryEventType = HistoryEvent["type"];

/** Distributes the HistoryEvent union over its members so `Omit` keeps each member's own fields. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event before the recorder gives it its id, previousEventId and timestamp. */
export type EventDraft = DistributiveOmit<HistoryEvent, "id" | "previousEventId" | "timestamp" | "executionArn">;

const STRING_FIELDS = new Set(["input", "output", "parameters"]);
/**
 * The payload fields followed by `<field>Details: { truncated: false }` (HistoryEventExecutionDataDetails):
 * the guide's example history shows `inputDetails` after a state's `input` and `outputDetails` after a
 * task's `output` (seed L21055–L21103; the fields say whether the payload was cut, L42058–L42059).
 * `parameters` has none. The simulator never truncates.
 */
const PAYLOAD_DETAILS: Record<string, string> = { input: "inputDetails", output: "outputDetails" };
const NOT_TRUNCATED = { truncated: false } as const;

/**
 * AWS's wire form of an event: `input`/`output`/`parameters` as JSON text (with
 * `inputDetails`/`outputDetails`), the timestamp as ISO 8601, no `mock` field.
 */
export function toAwsHistoryEvent(event: HistoryEvent): Record<string, unknown> {
  const out: Record<string, unknown> = { id: event.id, previousEventId: event.previousEventId, timestamp: new Date(event.timestamp).toISOString(), type: event.type };
  for (const [key, value] of Object.entries(event)) {
    if (key === "id" || key === "previousEventId" || key === "timestamp" || key === "type") continue;
    else if (key.endsWith("EventDetails") && value && typeof value === "object") {
      const details: Record<string, unknown> = {};
      for (const [field, fieldValue] of Object.entries(value as Record<string, unknown>)) {
        if (field === "mock") continue;
        if (field === "assignedVariables" && fieldValue && typeof fieldValue === "object") {
          const assigned: Record<string, string> = {};
          for (const [name, variable] of Object.entries(fieldValue as Record<string, unknown>)) assigned[name] = JSON.stringify(variable);
          details[field] = assigned;
          details.assignedVariablesDetails = { truncated: false };
          continue;
        }
        details[field] = STRING_FIELDS.has(field) ? JSON.stringify(fieldValue) : fieldValue;
        const payloadDetails = PAYLOAD_DETAILS[field];
        if (payloadDetails !== undefined) details[payloadDetails] = { ...NOT_TRUNCATED };
      }
      out[key] = details;
    } else out[key] = value;
  }
  return out;
}

// The event record of a run (EventLog) is in record.ts.
