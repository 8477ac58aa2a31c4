/** The seam between the interpreter and whatever answers a Task: mocks, a host callback, defaults. */
import type { JsonValue } from "../json";
import type { IterationStep } from "../interpret/types";

export interface TaskInvocation {
  stateName: string;
  pointer: string;
  resource: string;
  /** The task's effective input (after InputPath and Parameters). */
  input: JsonValue;
  /** 0-based count of this state's invocations in the run, retries and Map iterations included (Step Functions Local's numbering). */
  invocationIndex: number;
  /** Retries of the current visit so far. */
  retryCount: number;
  iterationPath: readonly IterationStep[];
  taskToken?: string;
}

/** A task's answer: a result, or an error. `delaySeconds` is the task's duration on the virtual clock. */
export type TaskOutcome =
  | { kind: "return"; value: JsonValue; delaySeconds?: number }
  | { kind: "throw"; error: string; cause?: string; delaySeconds?: number };

/** A host-supplied answerer. Return undefined to let the mocks and defaults answer. */
export type TaskHandler = (invocation: TaskInvocation) => TaskOutcome | undefined | Promise<TaskOutcome | undefined>;
