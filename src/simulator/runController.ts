/**
 * Turns what the studio holds (the document, the active sample input, the mocks) into a run
 * request for the run store. Pure reads of the studio state; the run itself happens in the worker.
 */
import { isJsonObject, type JsonValue } from "../asl/json";
import type { RunRequest } from "../store/runSlice";
import type { StudioState, StudioStore } from "../store/createStudioStore";
import { parseJsonText } from "./model/parseJsonText";
import { runMocksOf } from "../store/simulationData";

export type RunRequestResult = { ok: true; request: RunRequest } | { ok: false; message: string };

export function activeInput(state: Pick<StudioState, "simulation">) {
  const { inputs, activeInputId } = state.simulation;
  return inputs.find((i) => i.id === activeInputId) ?? inputs[0];
}

export function buildRunRequest(state: StudioState): RunRequestResult {
  const definition = state.definition;
  if (!isJsonObject(definition) || typeof definition.StartAt !== "string" || !isJsonObject(definition.States)) {
    return { ok: false, message: "There is no state machine to run: the document needs StartAt and States." };
  }
  const sample = activeInput(state);
  const parsed = sample ? parseJsonText(sample.text) : ({ ok: true, value: {} } as const);
  if (!parsed.ok) {
    return { ok: false, message: `The input "${sample?.name ?? "Input"}" is not valid JSON (line ${parsed.line}, column ${parsed.column}): ${parsed.message}.` };
  }
  const runMocks = runMocksOf(state.simulation);
  const request: RunRequest = {
    definition: definition as JsonValue,
    input: parsed.value,
    inputName: sample?.name ?? "Input",
    stateMachineName: state.config.name,
  };
  if (runMocks) request.mocks = runMocks;
  return { ok: true, request };
}

/** Starts a run (or a stepped run); returns an error message when the run cannot start. */
export function startRun(studio: StudioStore, options: { stepping?: boolean } = {}): string | undefined {
  const state = studio.getState();
  const built = buildRunRequest(state);
  const run = state.run.getState();
  run.setNotice(built.ok ? undefined : built.message);
  if (!built.ok) return built.message;
  // Keep the view the person is looking at (step details, events…); a first run shows the result.
  if (run.bottomTab !== "simulator" || !run.run) run.showSimulatorView(run.run ? run.simulatorView : "result");
  if (options.stepping) run.step(built.request);
  else run.start(built.request);
  return undefined;
}
