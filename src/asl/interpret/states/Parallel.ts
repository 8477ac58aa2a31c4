/**
 * Parallel (asl-semantics §2.7, seed L4534–L4703): every branch gets the effective input (after
 * InputPath/Parameters; shared, never mutated); the result is the array of branch outputs in
 * branch order. A failing branch fails the state with that branch's `{Error, Cause}` (DECISION:
 * no States.BranchFailed, which the guide does not name); later-starting work is not started.
 */
import type { JsonValue } from "../../json";
import type { ParallelState } from "../../types";
import { appendPointer } from "../../json";
import { cached, compileChildScope, type CompiledScope } from "../compile";
import { finishResult } from "../finishResult";
import { pipelineFor } from "../io/pipeline";
import { firstFailure, runIteration, runIterations } from "../iterations";
import { chain } from "../maybePromise";
import { forkFrame } from "../runtime";
import type { StateHandler } from "./types";

export const runParallel: StateHandler = (run, state, raw, frame, visit) => {
  const branches = cached<CompiledScope[]>(state, "branches", () =>
    ((state.state as ParallelState).Branches ?? []).map((branch, i) => compileChildScope(branch, appendPointer(state.pointer, "Branches", i), state)),
  );
  const pipeline = pipelineFor(state, visit);
  const stages = visit.record.stages;
  stages.input = raw;
  const effective = pipeline.input(state, raw, visit);
  stages.afterInputPath = effective;
  const parameters = state.parameters ? pipeline.build(state.parameters, effective, visit) : effective;
  stages.afterParameters = parameters;
  run.emit(frame, { type: "ParallelStateStarted" });
  const schedule = runIterations(
    branches.length,
    0,
    frame.now,
    (index, start) => {
      const branchFrame = forkFrame(frame, { kind: "branch", state: state.name, index });
      branchFrame.now = start;
      return runIteration(run, branches[index] as CompiledScope, parameters, branchFrame);
    },
    (outcome) => !outcome.ok,
  );
  return chain(schedule, ({ outcomes, endTime }) => {
    frame.now = endTime;
    const failure = firstFailure(outcomes);
    if (failure) {
      run.emit(frame, { type: "ParallelStateFailed" });
      throw failure;
    }
    run.emit(frame, { type: "ParallelStateSucceeded" });
    const result: JsonValue[] = outcomes.map((o) => (o?.value ?? null) as JsonValue);
    return { output: finishResult(state, pipeline, raw, result, visit), next: state.next };
  });
};
