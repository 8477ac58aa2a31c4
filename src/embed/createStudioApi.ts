/**
 * The programmatic face of one studio instance. The standalone page exposes it as
 * `window.aslStudio`; `mountAslStudio` and `<AslStudio ref>` return the same object (plus
 * `destroy`); the iframe protocol (iframeProtocol.ts) is a message front for it.
 */
import type { Diagnostic } from "../asl/diagnostics";
import type { ExecutionResult, RunOptions as InterpreterRunOptions } from "../asl/interpret/types";
import { deepEqual, type JsonValue } from "../asl/json";
import type { StateMock } from "../asl/mocks/types";
import type { TextFormat } from "../asl/parse/types";
import { findState, findStateByPointer } from "../asl/traverse";
import type { Mode, StudioFeatures, StudioStore, Theme } from "../store/createStudioStore";
import { runMocksOf, type SimulationData } from "../store/simulationData";
import type { StudioConfig } from "../store/studioConfig";

export interface RunOptions {
  /** Per-state mocks by state name; default: the document's own mocks and imported test case, as the Run button uses. */
  mocks?: Record<string, StateMock>;
}

export interface StudioApi {
  /** The document (the last version that parsed), or undefined before any did. */
  getDefinition: () => JsonValue | undefined;
  /** Replaces the document, keeping the text's format (and its comments where the structure allows). */
  setDefinition: (definition: JsonValue) => void;
  /** The text as written (JSON or YAML), even while it does not parse. */
  getText: () => string;
  /** Replaces the text as typed (JSON, or YAML when the editor is in YAML), one undo step. */
  setText: (text: string) => void;
  getFormat: () => TextFormat;
  /** Converts the document to JSON or YAML; false while the text does not parse. */
  setFormat: (format: TextFormat) => boolean;
  /** Names of the selected states. */
  getSelection: () => string[];
  /** Selects states by name (unknown names are ignored). */
  select: (names: string[]) => void;
  /** The current findings (syntax, ASL rules), in document order. */
  validate: () => Diagnostic[];
  /** True when the document parses and has no error (warnings allowed). */
  isValid: () => boolean;
  getConfig: () => StudioConfig;
  setConfig: (patch: Partial<StudioConfig>) => void;
  getSimulation: () => SimulationData;
  setSimulation: (patch: Partial<SimulationData>) => void;
  setMode: (mode: Mode) => void;
  setTheme: (theme: Theme) => void;
  setReadOnly: (readOnly: boolean) => void;
  setFeatures: (features: Partial<StudioFeatures>) => void;
  /**
   * Runs the document in the interpreter (a Web Worker), with no AWS calls: tasks answer from
   * `mocks` (default: the document's mocks) or with a default result. `input` defaults to the
   * active sample input.
   */
  run: (input?: JsonValue, mocks?: Record<string, StateMock>) => Promise<ExecutionResult>;
  /** Calls `listener` whenever the document changes to a new version that parses. */
  onChange: (listener: (definition: JsonValue | undefined) => void) => () => void;
}

export interface StudioApiOptions {
  /** Makes the interpreter client for `run` (default: the worker client, created on first run). */
  runner?: () => Promise<{ run: (definition: JsonValue, input: JsonValue | undefined, options: Pick<InterpreterRunOptions, "mocks" | "stateMachineName">) => Promise<ExecutionResult>; dispose?: () => void }>;
}

export type StudioApiWithDispose = StudioApi & { dispose: () => void };

async function workerRunner() {
  const { createInterpreterClient } = await import("../worker/interpreterClient");
  const client = createInterpreterClient();
  return {
    run: (definition: JsonValue, input: JsonValue | undefined, options: Pick<InterpreterRunOptions, "mocks" | "stateMachineName">) => client.run(definition, input, options).result,
    dispose: () => client.dispose(),
  };
}

function activeInput(simulation: SimulationData): JsonValue | undefined {
  const text = simulation.inputs.find((input) => input.id === simulation.activeInputId)?.text;
  if (text === undefined || text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    throw new Error("The active sample input is not valid JSON; pass an input to run().");
  }
}

export function createStudioApi(store: StudioStore, options: StudioApiOptions = {}): StudioApiWithDispose {
  let runner: ReturnType<NonNullable<StudioApiOptions["runner"]>> | undefined;
  const listeners = new Set<(definition: JsonValue | undefined) => void>();
  let unsubscribe: (() => void) | undefined;

  return {
    getDefinition: () => store.getState().definition,
    setDefinition: (definition) => {
      if (!deepEqual(definition, store.getState().definition) || store.getState().parse.value === undefined) store.getState().setDefinition(definition);
    },
    getText: () => store.getState().text,
    setText: (text) => store.getState().setText(text),
    getFormat: () => store.getState().format,
    setFormat: (format) => store.getState().setFormat(format),
    getSelection: () => {
      const { selection, definition } = store.getState();
      return selection.flatMap((pointer) => findStateByPointer(definition, pointer)?.name ?? []);
    },
    select: (names) => {
      const { definition, select } = store.getState();
      select(names.flatMap((name) => findState(definition, name)?.pointer ?? []));
    },
    validate: () => store.getState().diagnostics,
    isValid: () => {
      const state = store.getState();
      return state.parse.value !== undefined && !state.diagnostics.some((d) => d.severity === "error");
    },
    getConfig: () => store.getState().config,
    setConfig: (patch) => {
      // The host may configure even a read-only studio.
      const { readOnly } = store.getState();
      if (readOnly) store.setState({ readOnly: false });
      store.getState().setConfig(patch);
      if (readOnly) store.setState({ readOnly: true });
    },
    getSimulation: () => store.getState().simulation,
    setSimulation: (patch) => store.getState().setSimulation(patch),
    setMode: (mode) => {
      const { features } = store.getState();
      if ((mode === "code" && !features.codeMode) || (mode === "config" && !features.configMode)) return;
      store.getState().setMode(mode);
    },
    setTheme: (theme) => store.getState().setTheme(theme),
    setReadOnly: (readOnly) => store.setState({ readOnly }),
    setFeatures: (features) => store.setState({ features: { ...store.getState().features, ...features } }),
    run: async (input, mocks) => {
      const state = store.getState();
      if (state.definition === undefined) throw new Error("There is no definition to run.");
      runner ??= (options.runner ?? workerRunner)();
      const client = await runner;
      // Without mocks from the caller, the same mocks as the Run button: per state and the imported test case.
      const runMocks = mocks ? { states: mocks } : runMocksOf(state.simulation);
      return client.run(state.definition, input === undefined ? activeInput(state.simulation) : input, { ...(runMocks ? { mocks: runMocks } : {}), stateMachineName: state.config.name });
    },
    onChange: (listener) => {
      listeners.add(listener);
      unsubscribe ??= store.subscribe((state, previous) => {
        if (state.definition !== previous.definition) for (const l of listeners) l(state.definition);
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unsubscribe?.();
          unsubscribe = undefined;
        }
      };
    },
    dispose: () => {
      listeners.clear();
      unsubscribe?.();
      unsubscribe = undefined;
      void runner?.then((client) => client.dispose?.()).catch(() => undefined);
      runner = undefined;
    },
  };
}
