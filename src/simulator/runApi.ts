/**
 * Running from code (the embedding API's `run(input, mocks)`): starts a run in the studio's
 * simulator, exactly as the Run button does (same worker and speed, the breakpoints set on the
 * graph apply, shown on the graph), and resolves with its result. Not used by the UI itself.
 *
 * @example
 * const result = await runInStudio(store, { input: { id: 1 }, mocks: { Charge: { result: { ok: true } } } });
 */
import type { JsonValue } from "../asl/json";
import type { ExecutionResult, RunOptions } from "../asl/interpret/types";
import type { StateMockMap } from "../asl/mocks/types";
import type { StudioStore } from "../store/createStudioStore";
import type { RunState } from "../store/runSlice";
import { buildRunRequest } from "./runController";

export interface RunInStudioOptions {
  /** The execution input; default: the active sample input. */
  input?: JsonValue;
  /** Per-state mocks; default: the document's mocks (and imported test case). */
  mocks?: StateMockMap;
  /** A whole mock setup (MockConfigFile + test case), replacing the document's. */
  mockConfig?: NonNullable<RunOptions["mocks"]>;
}

export function runInStudio(studio: StudioStore, options: RunInStudioOptions = {}): Promise<ExecutionResult> {
  const built = buildRunRequest(studio.getState());
  if (!built.ok) return Promise.reject(new Error(built.message));
  const request = { ...built.request };
  if (options.input !== undefined) request.input = options.input;
  if (options.mockConfig) request.mocks = options.mockConfig;
  else if (options.mocks) request.mocks = { states: options.mocks };
  const runStore = studio.getState().run;
  return new Promise<ExecutionResult>((resolve, reject) => {
    const settle = (state: RunState): boolean => {
      if (state.phase !== "finished" || !state.run) return false;
      if (state.run.result) resolve(state.run.result);
      else reject(new Error(state.run.failure ?? "The run failed to start."));
      return true;
    };
    runStore.getState().start(request);
    const runId = runStore.getState().run?.runId;
    if (settle(runStore.getState())) return;
    const stop = runStore.subscribe((state) => {
      if (state.run?.runId !== runId) {
        stop();
        reject(new Error("The run was replaced by another run."));
      } else if (settle(state)) stop();
    });
  });
}
