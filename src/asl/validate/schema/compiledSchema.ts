/**
 * The schema's validators. They are compiled ahead of time (generateValidators.ts writes
 * precompiled.js with Ajv's standalone code generator), so no process or browser tab compiles
 * the schema or loads Ajv at run time: the first validation is as cheap as the later ones.
 * precompiled.test.ts checks that precompiled.js matches aslSchema.ts.
 */
import type { ValidateFunction } from "ajv";
import type { StateType } from "../../types";
import * as precompiled from "./precompiled";

export interface CompiledSchema {
  machine: ValidateFunction;
  /** JSONPath states. */
  states: Record<StateType, ValidateFunction>;
  /** JSONata states (fields.ts: JSONata fields, expressions where a field takes one). */
  jsonataStates: Record<StateType, ValidateFunction>;
}

const COMPILED: CompiledSchema = {
  machine: precompiled.Machine,
  states: {
    Task: precompiled.TaskState,
    Pass: precompiled.PassState,
    Choice: precompiled.ChoiceState,
    Wait: precompiled.WaitState,
    Succeed: precompiled.SucceedState,
    Fail: precompiled.FailState,
    Parallel: precompiled.ParallelState,
    Map: precompiled.MapState,
  },
  jsonataStates: {
    Task: precompiled.TaskJsonataState,
    Pass: precompiled.PassJsonataState,
    Choice: precompiled.ChoiceJsonataState,
    Wait: precompiled.WaitJsonataState,
    Succeed: precompiled.SucceedJsonataState,
    Fail: precompiled.FailJsonataState,
    Parallel: precompiled.ParallelJsonataState,
    Map: precompiled.MapJsonataState,
  },
};

export function getCompiledSchema(): CompiledSchema {
  return COMPILED;
}
