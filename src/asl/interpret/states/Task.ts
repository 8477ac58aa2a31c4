/**
 * Task (asl-semantics §2.2, §9): InputPath → Parameters → the task's answer → ResultSelector →
 * ResultPath → OutputPath. The answer never comes from the network: the host's TaskHandler, a
 * per-state mock, a MockConfigFile test case, a callback the host sends for `.waitForTaskToken`
 * and activity tasks, or else a default result shaped like the integration's
 * (service-integrations.md §8) recorded as "unmocked".
 * JSONata: Arguments (default: the input) → the task's answer → Output (default: the result)
 * with Assign; TimeoutSeconds and HeartbeatSeconds may be expressions.
 */
import type { JsonValue } from "../../json";
import { uuidV4 } from "../../intrinsics/functions/statesUuid";
import { compilePath, evaluatePath } from "../../paths/evaluatePath";
import { defaultTaskResult } from "../../mocks/defaultResults";
import { parseResource, type ResourceInfo } from "../../mocks/resources";
import type { ResolvedTask } from "../../mocks/resolveTask";
import type { TaskOutcome } from "../../mocks/taskInvocation";
import type { TaskState } from "../../types";
import { dataLimitExceeded, dataLimitExceededInput, heartbeatTimedOut, runtimeError, taskTimedOut } from "../errors/statesErrors";
import { StatesError } from "../errors/StatesError";
import { finishResult } from "../finishResult";
import { compileTemplate } from "../io/payloadTemplate";
import { cached } from "../compile";
import { compileJsonataTemplate, evaluateJsonataTemplate, evaluateTyped, queryFailure, statesValue, type JsonataTemplate, type StatesValue } from "../io/jsonata";
import { jsonPathPipeline } from "../io/pipeline";
import { chain, isPromise, type MaybePromise } from "../maybePromise";
import { exceedsPayloadLimit } from "../payloadSize";
import { stopFrame, type CallbackAnswer, type Frame, type Run, type StopSignal } from "../runtime";
import type { Visit } from "../visit";
import { emitActivityStarted, emitFailed, emitScheduled, emitSubmitted, emitSucceeded } from "./taskEvents";
import type { StateHandler } from "./types";

/** Default TimeoutSeconds and HeartbeatSeconds (seed L3488–L3519). */
export const DEFAULT_TASK_TIMEOUT_SECONDS = 99_999_999;

function positiveSeconds(task: TaskState, field: "TimeoutSeconds" | "HeartbeatSeconds", effective: JsonValue, visit: Visit): number | undefined {
  const value = task[field];
  if (typeof value === "number") return value;
  const pathField = `${field}Path` as const;
  const path = task[pathField];
  if (typeof path !== "string") return undefined;
  const resolved = evaluatePath(compilePath(path), effective, visit);
  if (resolved === undefined) throw runtimeError(visit, `The ${pathField} parameter does not reference an input value: ${path}`);
  if (typeof resolved !== "number" || !Number.isInteger(resolved) || resolved <= 0) {
    throw runtimeError(visit, `The ${pathField} parameter references value ${JSON.stringify(resolved)} which is not a positive integer: ${path}`);
  }
  return resolved;
}

function isCallback(info: ResourceInfo): boolean {
  return info.pattern === "waitForTaskToken" || info.kind === "activity";
}

interface CompiledJsonataTask {
  arguments: JsonataTemplate | undefined;
  credentials: JsonataTemplate | undefined;
  timeoutSeconds: JsonataTemplate | undefined;
  heartbeatSeconds: JsonataTemplate | undefined;
}

function compileJsonataTask(task: TaskState): CompiledJsonataTask {
  return {
    arguments: task.Arguments !== undefined ? compileJsonataTemplate(task.Arguments, "Arguments") : undefined,
    credentials: task.Credentials !== undefined ? compileJsonataTemplate(task.Credentials, "Credentials") : undefined,
    timeoutSeconds: task.TimeoutSeconds !== undefined ? compileJsonataTemplate(task.TimeoutSeconds, "TimeoutSeconds") : undefined,
    heartbeatSeconds: task.HeartbeatSeconds !== undefined ? compileJsonataTemplate(task.HeartbeatSeconds, "HeartbeatSeconds") : undefined,
  };
}

/** JSONata TimeoutSeconds / HeartbeatSeconds: a positive integer, written or computed (corpus 0577, 0584). */
function jsonataSeconds(node: JsonataTemplate | undefined, field: string, states: StatesValue, visit: Visit): number | undefined {
  if (!node) return undefined;
  const value = evaluateTyped(node, "integer", field, states, visit) as number;
  if (value <= 0) throw queryFailure(visit, field, `The ${field} field must be a positive integer, not ${value}.`);
  return value;
}

export const runTask: StateHandler = (run, state, raw, frame, visit) => {
  const task = state.state as TaskState;
  const info = parseResource(typeof task.Resource === "string" ? task.Resource : "", run.region);
  const pipeline = jsonPathPipeline;
  const stages = visit.stages;
  stages.input = raw;
  const callback = isCallback(info);
  if (callback) {
    visit.taskToken = uuidV4(run.random) + uuidV4(run.random).replace(/-/g, "");
    visit.resetContext();
  }
  let parameters: JsonValue;
  let timeoutSeconds: number | undefined;
  let heartbeatSeconds: number | undefined;
  if (state.queryLanguage === "JSONata") {
    // Arguments (default: the input), Credentials, TimeoutSeconds, HeartbeatSeconds over $states.input.
    const compiled = cached(state, "jsonata:task", () => compileJsonataTask(task));
    const states = statesValue(visit, raw);
    parameters = compiled.arguments ? evaluateJsonataTemplate(compiled.arguments, states, visit) : raw;
    stages.afterArguments = parameters;
    if (compiled.credentials) evaluateJsonataTemplate(compiled.credentials, states, visit);
    if (exceedsPayloadLimit(parameters, run.maxPayloadBytes)) throw dataLimitExceededInput(state.name);
    timeoutSeconds = jsonataSeconds(compiled.timeoutSeconds, "TimeoutSeconds", states, visit);
    const heartbeat = jsonataSeconds(compiled.heartbeatSeconds, "HeartbeatSeconds", states, visit);
    heartbeatSeconds = callback ? heartbeat : undefined;
  } else {
    const effective = pipeline.input(state, raw, visit);
    stages.afterInputPath = effective;
    parameters = state.parameters ? pipeline.build(state.parameters, effective, visit) : effective;
    stages.afterParameters = parameters;
    if (task.Credentials !== undefined) pipeline.build(compileTemplate(task.Credentials), effective, visit);
    if (exceedsPayloadLimit(parameters, run.maxPayloadBytes)) throw dataLimitExceededInput(state.name);
    timeoutSeconds = positiveSeconds(task, "TimeoutSeconds", effective, visit);
    heartbeatSeconds = callback ? positiveSeconds(task, "HeartbeatSeconds", effective, visit) : undefined;
  }

  emitScheduled(run, frame, info, parameters, timeoutSeconds, heartbeatSeconds);
  const invocation = {
    stateName: state.name,
    pointer: state.pointer,
    resource: info.arn,
    input: parameters,
    invocationIndex: run.nextInvocation(state.name),
    retryCount: visit.retryCount,
    iterationPath: frame.iterationPath,
    ...(visit.taskToken !== undefined ? { taskToken: visit.taskToken } : {}),
  };
  let resolved = run.resolver.resolve(invocation);
  // An async task handler is not waited for once the task's Parallel/Map has failed (seed L4660–L4664).
  if (isPromise(resolved) && frame.stop !== undefined) resolved = stoppable(frame, frame.stop, resolved);
  const answer = chain(resolved, (found): MaybePromise<ResolvedTask> => {
    if (found) return found;
    if (callback && run.options.callbacks !== "default") return waitForCallback(run, frame, state.name, info, parameters, visit);
    const value = defaultTaskResult(info, {
      input: parameters,
      uuid: () => uuidV4(run.random),
      region: info.region,
      accountId: run.accountId,
      now: new Date(frame.now).toISOString(),
    });
    return { outcome: { kind: "return", value }, source: "unmocked" };
  });
  const settle = (found: ResolvedTask) => {
    visit.mock = found.source;
    return chain(applyDuration(run, frame, found.outcome, timeoutSeconds, heartbeatSeconds, callback), (timedOut) => {
      const outcome = timedOut ?? found.outcome;
      if (outcome.kind === "throw") {
        emitFailed(run, frame, info, outcome.error, outcome.cause, found.source);
        throw new StatesError(outcome.error, outcome.cause);
      }
      if (exceedsPayloadLimit(outcome.value, run.maxPayloadBytes)) {
        // Recorded wording names the resource: 'lambda' for lambda:invoke, the ARN for a function (corpus 0550, 0552).
        const error = dataLimitExceeded(info.kind === "integration" || info.kind === "sdk" ? info.resourceType : info.arn);
        emitFailed(run, frame, info, error.error, error.cause, found.source);
        throw error;
      }
      emitSucceeded(run, frame, info, outcome.value, found.source);
      return { output: finishResult(state, pipeline, raw, outcome.value, visit), next: state.next };
    });
  };
  return isPromise(answer) ? answer.then(settle) : settle(answer);
};

/**
 * Lets the task's duration pass on the virtual clock. Longer than TimeoutSeconds → States.Timeout
 * at the timeout; for callback tasks, longer than HeartbeatSeconds (no heartbeats on the virtual
 * clock) → States.HeartbeatTimeout (DECISION, asl-semantics §2.2).
 */
function applyDuration(
  run: Run,
  frame: Frame,
  outcome: TaskOutcome,
  timeoutSeconds: number | undefined,
  heartbeatSeconds: number | undefined,
  callback: boolean,
): MaybePromise<TaskOutcome | undefined> {
  const delay = outcome.delaySeconds ?? 0;
  const timeout = timeoutSeconds ?? DEFAULT_TASK_TIMEOUT_SECONDS;
  if (delay > timeout) {
    const error = taskTimedOut();
    return chain(run.sleep(frame, timeout * 1000), () => ({ kind: "throw" as const, error: error.error as string }));
  }
  if (callback && heartbeatSeconds !== undefined && delay > heartbeatSeconds) {
    const error = heartbeatTimedOut();
    return chain(run.sleep(frame, heartbeatSeconds * 1000), () => ({ kind: "throw" as const, error: error.error as string }));
  }
  return chain(run.sleep(frame, delay * 1000), () => undefined);
}

/**
 * `promise`, or a rejection with the stop once `signal` stops: work waiting for the host (an async
 * task handler) is not waited for after the task's Parallel/Map failed. Its duration is unknown,
 * so it is cut whenever the group stops, even at a later time. What the host still does is ignored.
 */
function stoppable<T>(frame: Frame, signal: StopSignal, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const halt = (stopped: StopSignal) => {
      detach();
      reject(stopFrame(frame, stopped));
    };
    const detach = signal.stopped ? noop : signal.listen(halt);
    promise.then(
      (value) => {
        detach();
        resolve(value);
      },
      (error: unknown) => {
        detach();
        reject(error);
      },
    );
    if (signal.stopped) halt(signal);
  });
}

function noop(): void {}

function waitForCallback(run: Run, frame: Frame, stateName: string, info: ResourceInfo, input: JsonValue, visit: Visit): Promise<ResolvedTask> {
  const token = visit.taskToken as string;
  emitSubmitted(run, frame, info, token);
  emitActivityStarted(run, frame, info);
  const signal = frame.stop;
  let detach = noop;
  return new Promise<CallbackAnswer>((resolve) => {
    run.callbacks.set(token, { taskToken: token, stateName, resource: info.arn, input, iterationPath: frame.iterationPath, resolve });
    // The task's Parallel/Map failed: AWS stops the branch (seed L4660–L4664), so no answer is
    // waited for; the task leaves the pending list at once (handle.pendingTasks()).
    if (signal !== undefined) {
      const stop = () => {
        run.callbacks.delete(token);
        resolve({ kind: "stopped" });
      };
      if (signal.stopped) stop();
      else detach = signal.listen(stop);
    }
  }).then((answer): ResolvedTask => {
    detach();
    run.callbacks.delete(token);
    if (answer.kind === "stopped") throw stopFrame(frame, signal as StopSignal);
    if (answer.kind === "aborted") throw new StatesError(undefined, run.abortReason, "aborted");
    if (answer.kind === "success") {
      const outcome: TaskOutcome = { kind: "return", value: answer.output };
      if (answer.afterSeconds !== undefined) outcome.delaySeconds = answer.afterSeconds;
      return { outcome, source: "callback" };
    }
    const outcome: TaskOutcome = { kind: "throw", error: answer.error ?? "" };
    if (answer.error === undefined) delete (outcome as { error?: string }).error;
    if (answer.cause !== undefined) outcome.cause = answer.cause;
    if (answer.afterSeconds !== undefined) outcome.delaySeconds = answer.afterSeconds;
    return { outcome, source: "callback" };
  });
}
