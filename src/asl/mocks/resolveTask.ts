/**
 * Answers a Task invocation from the configured sources, in order: the host's TaskHandler, the
 * per-state mock, the MockConfigFile test case. `undefined` means "not mocked": the interpreter
 * then waits for a callback or uses the integration's default result.
 */
import { StatesError } from "../interpret/errors/StatesError";
import { findMockedResponse, selectTestCase } from "./mockConfig";
import type { TaskHandler, TaskInvocation, TaskOutcome } from "./taskInvocation";
import type { MockConfigFile, StateMock, StateMockMap, StateMockStep } from "./types";
import type { MockSourceKind } from "../interpret/events";

export interface ResolvedTask {
  outcome: TaskOutcome;
  source: MockSourceKind;
}

export interface TaskResolver {
  resolve(invocation: TaskInvocation): ResolvedTask | undefined | Promise<ResolvedTask | undefined>;
  /** The per-state mock of a state (for Map ItemReader data). */
  stateMock(stateName: string): StateMock | undefined;
}

function stepOutcome(step: StateMockStep): TaskOutcome {
  if ("error" in step) {
    const outcome: TaskOutcome = { kind: "throw", error: step.error };
    if (step.cause !== undefined) outcome.cause = step.cause;
    if (step.delaySeconds !== undefined) outcome.delaySeconds = step.delaySeconds;
    return outcome;
  }
  const outcome: TaskOutcome = { kind: "return", value: step.result };
  if (step.delaySeconds !== undefined) outcome.delaySeconds = step.delaySeconds;
  return outcome;
}

/** The answer of a per-state mock to its n-th invocation (a sequence repeats its last step). */
export function answerStateMock(mock: StateMock, invocationIndex: number): TaskOutcome | undefined {
  if ("sequence" in mock) {
    const steps = mock.sequence;
    if (steps.length === 0) return undefined;
    return stepOutcome(steps[Math.min(invocationIndex, steps.length - 1)] as StateMockStep);
  }
  if ("itemReader" in mock) return undefined;
  return stepOutcome(mock);
}

export function createTaskResolver(options: {
  config?: MockConfigFile;
  testCase?: string;
  stateMachine?: string;
  states?: StateMockMap;
  handler?: TaskHandler;
}): TaskResolver {
  const states = options.states;
  const testCase = options.config && options.testCase !== undefined ? selectTestCase(options.config, options.testCase, options.stateMachine) : undefined;
  const responses = options.config?.MockedResponses;

  const fromMocks = (invocation: TaskInvocation): ResolvedTask | undefined => {
    const stateMock = states && Object.prototype.hasOwnProperty.call(states, invocation.stateName) ? states[invocation.stateName] : undefined;
    if (stateMock) {
      const outcome = answerStateMock(stateMock, invocation.invocationIndex);
      if (outcome) return { outcome, source: "stateMock" };
    }
    if (testCase && responses && Object.prototype.hasOwnProperty.call(testCase, invocation.stateName)) {
      const responseName = testCase[invocation.stateName] as string;
      const response = Object.prototype.hasOwnProperty.call(responses, responseName) ? responses[responseName] : undefined;
      const entry = response ? findMockedResponse(response, invocation.invocationIndex) : undefined;
      if (!entry) {
        // DECISION (seed L20902–L20907 says only that the execution fails): an uncatchable States.Runtime.
        throw new StatesError(
          "States.Runtime",
          `No mocked response for invocation ${invocation.invocationIndex} of state '${invocation.stateName}' (MockedResponses.${responseName} in test case '${options.testCase ?? ""}').`,
        );
      }
      if ("Throw" in entry) {
        const thrown = entry.Throw;
        const outcome: TaskOutcome = { kind: "throw", error: thrown.Error };
        if (typeof thrown.Cause === "string") outcome.cause = thrown.Cause;
        return { outcome, source: "mockConfig" };
      }
      return { outcome: { kind: "return", value: entry.Return }, source: "mockConfig" };
    }
    return undefined;
  };

  return {
    stateMock: (stateName) => (states && Object.prototype.hasOwnProperty.call(states, stateName) ? states[stateName] : undefined),
    resolve(invocation) {
      if (options.handler) {
        const answer = options.handler(invocation);
        if (answer instanceof Promise) {
          return answer.then((outcome) => (outcome ? { outcome, source: "handler" as const } : fromMocks(invocation)));
        }
        if (answer) return { outcome: answer, source: "handler" };
      }
      return fromMocks(invocation);
    },
  };
}
