/**
 * The history events of a task, by resource kind: Lambda function ARNs record LambdaFunction*,
 * activities Activity*, every integration Task* (event types at seed L42150–L42360).
 */
import type { JsonValue } from "../../json";
import type { ResourceInfo } from "../../mocks/resources";
import type { MockSourceKind } from "../events";
import type { Frame, Run } from "../runtime";

export function emitScheduled(run: Run, frame: Frame, info: ResourceInfo, input: JsonValue, timeoutSeconds: number | undefined, heartbeatSeconds: number | undefined): void {
  if (info.kind === "lambdaFunction") {
    const details: { resource: string; input: JsonValue; timeoutInSeconds?: number } = { resource: info.arn, input };
    if (timeoutSeconds !== undefined) details.timeoutInSeconds = timeoutSeconds;
    run.emit(frame, { type: "LambdaFunctionScheduled", lambdaFunctionScheduledEventDetails: details });
    run.emit(frame, { type: "LambdaFunctionStarted" });
    return;
  }
  if (info.kind === "activity") {
    const details: { resource: string; input: JsonValue; timeoutInSeconds?: number; heartbeatInSeconds?: number } = { resource: info.arn, input };
    if (timeoutSeconds !== undefined) details.timeoutInSeconds = timeoutSeconds;
    if (heartbeatSeconds !== undefined) details.heartbeatInSeconds = heartbeatSeconds;
    run.emit(frame, { type: "ActivityScheduled", activityScheduledEventDetails: details });
    return;
  }
  const details: { resourceType: string; resource: string; region: string; parameters: JsonValue; timeoutInSeconds?: number; heartbeatInSeconds?: number } = {
    resourceType: info.resourceType,
    resource: info.resource,
    region: info.region,
    parameters: input,
  };
  if (timeoutSeconds !== undefined) details.timeoutInSeconds = timeoutSeconds;
  if (heartbeatSeconds !== undefined) details.heartbeatInSeconds = heartbeatSeconds;
  run.emit(frame, { type: "TaskScheduled", taskScheduledEventDetails: details });
  run.emit(frame, { type: "TaskStarted", taskStartedEventDetails: { resourceType: info.resourceType, resource: info.resource } });
}

export function emitActivityStarted(run: Run, frame: Frame, info: ResourceInfo): void {
  if (info.kind === "activity") run.emit(frame, { type: "ActivityStarted", activityStartedEventDetails: { workerName: "simulator" } });
}

export function emitSubmitted(run: Run, frame: Frame, info: ResourceInfo, token: string): void {
  if (info.kind === "activity" || info.kind === "lambdaFunction") return;
  run.emit(frame, { type: "TaskSubmitted", taskSubmittedEventDetails: { resourceType: info.resourceType, resource: info.resource, output: {}, taskToken: token } });
}

export function emitSucceeded(run: Run, frame: Frame, info: ResourceInfo, output: JsonValue, mock: MockSourceKind): void {
  if (info.kind === "lambdaFunction") run.emit(frame, { type: "LambdaFunctionSucceeded", lambdaFunctionSucceededEventDetails: { output, mock } });
  else if (info.kind === "activity") run.emit(frame, { type: "ActivitySucceeded", activitySucceededEventDetails: { output, mock } });
  else run.emit(frame, { type: "TaskSucceeded", taskSucceededEventDetails: { resourceType: info.resourceType, resource: info.resource, output, mock } });
}

export function emitFailed(run: Run, frame: Frame, info: ResourceInfo, error: string | undefined, cause: string | undefined, mock: MockSourceKind): void {
  const timedOut = error === "States.Timeout" || error === "States.HeartbeatTimeout";
  const base: { error?: string; cause?: string; mock: MockSourceKind } = { mock };
  if (error !== undefined) base.error = error;
  if (cause !== undefined) base.cause = cause;
  if (timedOut) {
    const details = { ...base, error: error as string };
    if (info.kind === "lambdaFunction") run.emit(frame, { type: "LambdaFunctionTimedOut", lambdaFunctionTimedOutEventDetails: details });
    else if (info.kind === "activity") run.emit(frame, { type: "ActivityTimedOut", activityTimedOutEventDetails: details });
    else run.emit(frame, { type: "TaskTimedOut", taskTimedOutEventDetails: { resourceType: info.resourceType, resource: info.resource, ...details } });
    return;
  }
  if (info.kind === "lambdaFunction") run.emit(frame, { type: "LambdaFunctionFailed", lambdaFunctionFailedEventDetails: base });
  else if (info.kind === "activity") run.emit(frame, { type: "ActivityFailed", activityFailedEventDetails: base });
  else run.emit(frame, { type: "TaskFailed", taskFailedEventDetails: { resourceType: info.resourceType, resource: info.resource, ...base } });
}
