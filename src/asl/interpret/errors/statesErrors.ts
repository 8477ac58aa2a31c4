/**
 * The predefined `States.*` error names (asl-semantics.md §8.1, seed L10687–L10777) and one
 * factory per error the interpreter raises. Causes follow the wording of executions recorded
 * against real AWS (shared/corpus/aws-recorded) where one was recorded.
 */
import { StatesError } from "./StatesError";

export const STATES_ERRORS = {
  ALL: "States.ALL",
  DataLimitExceeded: "States.DataLimitExceeded",
  Runtime: "States.Runtime",
  ExceedToleratedFailureThreshold: "States.ExceedToleratedFailureThreshold",
  HeartbeatTimeout: "States.HeartbeatTimeout",
  IntrinsicFailure: "States.IntrinsicFailure",
  ItemReaderFailed: "States.ItemReaderFailed",
  NoChoiceMatched: "States.NoChoiceMatched",
  ParameterPathFailure: "States.ParameterPathFailure",
  Permissions: "States.Permissions",
  ResultPathMatchFailure: "States.ResultPathMatchFailure",
  ResultWriterFailed: "States.ResultWriterFailed",
  TaskFailed: "States.TaskFailed",
  Timeout: "States.Timeout",
} as const;

export type StatesErrorName = (typeof STATES_ERRORS)[keyof typeof STATES_ERRORS];

/** Where a state-level failure happened, for AWS's cause prefix. */
export interface StateErrorSite {
  stateName: string;
  /** Id of the state's `…StateEntered` event. */
  enteredEventId: number;
}

/** AWS prefixes States.Runtime causes with the state and its entered event (recorded, e.g. corpus 0906). */
export function statePrefix(site: StateErrorSite): string {
  return `An error occurred while executing the state '${site.stateName}' (entered at the event id #${site.enteredEventId}).`;
}

export function runtimeError(site: StateErrorSite | undefined, message: string): StatesError {
  return new StatesError(STATES_ERRORS.Runtime, site ? `${statePrefix(site)} ${message}` : message);
}

/** A path that matched nothing (recorded wording, corpus 0906: "Invalid path '$.x' : No results for path: $['x']"). */
export function pathNotFoundMessage(path: string, normalized: string): string {
  return `Invalid path '${path}' : No results for path: ${normalized}`;
}

/**
 * JSONata's error (not in the guide, so kept out of STATES_ERRORS, whose names the editors
 * document): an expression failed or gave a value its field cannot use. Retriable and catchable.
 */
export const QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

/** A JSONata expression failed or gave a value the field cannot use (recorded wording, corpus 0037, 0735, 0856). */
export function queryEvaluationError(site: StateErrorSite | undefined, message: string): StatesError {
  return new StatesError(QUERY_EVALUATION_ERROR, site ? `${statePrefix(site)} ${message}` : message);
}

export function intrinsicFailure(site: StateErrorSite | undefined, message: string): StatesError {
  return new StatesError(STATES_ERRORS.IntrinsicFailure, site ? `${statePrefix(site)} ${message}` : message);
}

/** Recorded wording, corpus 0554. */
export function dataLimitExceeded(stateName: string): StatesError {
  return new StatesError(
    STATES_ERRORS.DataLimitExceeded,
    `The state/task '${stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
  );
}

export function dataLimitExceededInput(stateName: string): StatesError {
  return new StatesError(
    STATES_ERRORS.DataLimitExceeded,
    `The state/task '${stateName}' has an input with a size exceeding the maximum number of bytes service limit.`,
  );
}

export function resultPathMatchFailure(site: StateErrorSite, resultPath: string, why: string): StatesError {
  return new StatesError(
    STATES_ERRORS.ResultPathMatchFailure,
    `${statePrefix(site)} Unable to apply ResultPath '${resultPath}' to input: ${why}`,
  );
}

export function noChoiceMatched(site: StateErrorSite): StatesError {
  return new StatesError(STATES_ERRORS.NoChoiceMatched, `${statePrefix(site)} No choice rule matched and the state has no Default.`);
}

export function taskTimedOut(): StatesError {
  return new StatesError(STATES_ERRORS.Timeout, undefined);
}

export function heartbeatTimedOut(): StatesError {
  return new StatesError(STATES_ERRORS.HeartbeatTimeout, undefined);
}

export function exceedToleratedFailureThreshold(): StatesError {
  return new StatesError(
    STATES_ERRORS.ExceedToleratedFailureThreshold,
    "The specified tolerated failure threshold was exceeded",
  );
}

export function itemReaderFailed(message: string): StatesError {
  return new StatesError(STATES_ERRORS.ItemReaderFailed, message);
}

export function resultWriterFailed(message: string): StatesError {
  return new StatesError(STATES_ERRORS.ResultWriterFailed, message);
}
