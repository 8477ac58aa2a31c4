/**
 * Parallel (asl-semantics §2.7, seed L4534–L4703): every branch gets the effective input (after
 * InputPath/Parameters; shared, never mutated); the result is the array of branch outputs in
 * branch order. A failing branch fails the state with that branch's `{Error, Cause}` (DECISION:
 * no States.BranchFailed, which the guide does not name) at the virtual time it failed, and the
 * other branches are stopped there (seed L4660–L4664; iterations.ts). Stopped from outside (an
 * enclosing Parallel/Map failed), the state records ParallelStateAborted and stops too.
 * History: ParallelStateSucceeded's previousEventId is the last event of the branch that ended
 * last (ParallelStateFailed's, of the failing branch): the branches hang off ParallelStateStarted
 * and the state's end event closes the chain of the branch that ended it.
 * JSONata: the branches get Arguments (default: the input); Output defaults to the result.
 * Each branch reads the variables around the Parallel; what it assigns stays in the branch.
 */
import type { JsonValue } from "../../json";
import type { StatesError } from "../errors/StatesError";
import type { ParallelState } from "../../types";
import { appendPointer } from "../../json";
import { cached, compileChildScope, type CompiledScope } from "../compile";
import { finishResult } from "../finishResult";
import { compileJsonataTemplate, evaluateJsonataTemplate, statesValue } from "../io/jsonata";
import { jsonPathPipeline } from "../io/pipeline";
import { firstFailed, lastEnded, runIteration, runIterations } from "../iterations";
import { chain } from "../maybePromise";
import { forkFrame, stopFrame } from "../runtime";
import type { StateHandler } from "./types";

export const runParallel: StateHandler = (run, state, raw, frame, visit) => {
  const branches = cached<CompiledScope[]>(state, "branches", () =>
    ((state.state as ParallelState).Branches ?? []).map((branch, i) => compileChildScope(branch, appendPointer(state.pointer, "Branches", i), state)),
  );
  const pipeline = jsonPathPipeline;
  const stages = visit.stages;
  stages.input = raw;
  let parameters: JsonValue;
  if (state.queryLanguage === "JSONata") {
    // Arguments (default: the input) is what every branch gets.
    const args = cached(state, "jsonata:arguments", () => {
      const value = (state.state as ParallelState).Arguments;
      return value === undefined ? undefined : compileJsonataTemplate(value, "Arguments");
    });
    parameters = args ? evaluateJsonataTemplate(args, statesValue(visit, raw), visit) : raw;
    stages.afterArguments = parameters;
  } else {
    const effective = pipeline.input(state, raw, visit);
    stages.afterInputPath = effective;
    parameters = state.parameters ? pipeline.build(state.parameters, effective, visit) : effective;
    stages.afterParameters = parameters;
  }
  run.emit(frame, { type: "ParallelStateStarted" });
  const schedule = runIterations(
    branches.length,
    0,
    frame.now,
    frame.stop,
    `The branch was stopped because another branch of the Parallel state '${state.name}' failed.`,
    (index, start, signal) => {
      const branchFrame = forkFrame(frame, { kind: "branch", state: state.name, index });
      branchFrame.now = start;
      branchFrame.stop = signal;
      return runIteration(run, branches[index] as CompiledScope, parameters, branchFrame);
    },
    (outcome) => !outcome.ok,
  );
  return chain(schedule, ({ outcomes, endTime, cut, signal }) => {
    const failed = firstFailed(outcomes);
    if (failed) {
      // The state fails when its first branch fails (seed L4660–L4664), not when the last one ends.
      frame.now = failed.endTime;
      frame.lastEventId = failed.lastEventId;
      run.emit(frame, { type: "ParallelStateFailed" });
      throw failed.error as StatesError;
    }
    if (cut) {
      const stopped = stopFrame(frame, signal);
      run.emit(frame, { type: "ParallelStateAborted" });
      throw stopped;
    }
    frame.now = endTime;
    // It follows the last event of the branch that ended last, as the Started event is followed by each branch's first.
    const last = lastEnded(outcomes);
    if (last !== undefined) frame.lastEventId = last.lastEventId;
    run.emit(frame, { type: "ParallelStateSucceeded" });
    const result: JsonValue[] = outcomes.map((o) => (o?.value ?? null) as JsonValue);
    return { output: finishResult(state, pipeline, raw, result, visit), next: state.next };
  });
};
