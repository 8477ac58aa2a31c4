/**
 * The context object `$$` (asl-semantics §6, seed L7690–L7751), built lazily: only a visit that
 * reads a `$$` path pays for it.
 */
import type { JsonObject, JsonValue } from "../json";
import type { History } from "./runtime";

export interface StateContextInput {
  history: History;
  stateName: string;
  enteredAt: number;
  retryCount: number;
  taskToken?: string;
  mapItem?: { index: number; value: JsonValue };
  overrides?: JsonObject;
}

export function buildContext(input: StateContextInput): JsonObject {
  const context: JsonObject = {
    Execution: input.history.contextExecution,
    State: { EnteredTime: new Date(input.enteredAt).toISOString(), Name: input.stateName, RetryCount: input.retryCount },
    StateMachine: input.history.stateMachineContext,
    // Outside a Task the Task object is empty (seed L7718–L7719).
    Task: input.taskToken === undefined ? {} : { Token: input.taskToken },
  };
  if (input.mapItem) context.Map = { Item: { Index: input.mapItem.index, Value: input.mapItem.value } };
  if (input.overrides) for (const key of Object.keys(input.overrides)) context[key] = input.overrides[key] as JsonValue;
  return context;
}
