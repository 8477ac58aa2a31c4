import { createStore, type StoreApi } from "zustand/vanilla";
import type { Diagnostic } from "../asl/diagnostics";
import { isJsonObject, type JsonValue } from "../asl/json";
import type { ParseResult, TextFormat } from "../asl/parse/types";
import { serialize } from "../asl/serialize";
import { updateText } from "../asl/textEdits/updateText";
import type { StateMachine, WorkflowType } from "../asl/types";
import { parseDefinition } from "../asl/parse/parseDefinition";
import { parseDiagnostics, validateText } from "../asl/validate/validateText";
import { emptyHistory, record, redoStep, undoStep, type History } from "./history";
import { createRunStore, type RunStore } from "./runSlice";
import { defaultSimulationData, type SimulationData } from "./simulationData";
import { defaultConfig, type StudioConfig } from "./studioConfig";

export type Mode = "design" | "code" | "config";
export type LayoutDirection = "DOWN" | "RIGHT";
export type Theme = "light" | "dark";
/** What the person chose: a theme, or to follow the system's light or dark preference. */
export type ThemeChoice = Theme | "system";

/** The system's preference; light where it cannot be read (tests, old browsers). */
export function systemTheme(): Theme {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Parts of the studio an embedder can turn off (all on by default). */
export interface StudioFeatures {
  simulator: boolean;
  export: boolean;
  import: boolean;
  templates: boolean;
  /** The "Recent" documents list (the standalone app keeps several documents). */
  documents: boolean;
  share: boolean;
  codeMode: boolean;
  configMode: boolean;
}

export const ALL_FEATURES: StudioFeatures = { simulator: true, export: true, import: true, templates: true, documents: true, share: true, codeMode: true, configMode: true };

let instanceCounter = 0;

function themeFor(choice: ThemeChoice): { theme: Theme; themeChoice: ThemeChoice } {
  return { theme: choice === "system" ? systemTheme() : choice, themeChoice: choice };
}

/** What an edit command returns (see src/asl/edit). */
export interface EditOutcome {
  definition: StateMachine;
  selection?: string[];
}

export type Edit = (definition: StateMachine) => EditOutcome;

export interface StudioOptions {
  documentName?: string;
  text?: string;
  definition?: JsonValue;
  format?: TextFormat;
  mode?: Mode;
  workflowType?: WorkflowType;
  config?: Partial<StudioConfig>;
  /**
   * Validates large texts off the main thread (the app passes a Web Worker client). Without it,
   * or for small texts, validation runs synchronously with each change.
   */
  validateInBackground?: (text: string, format: TextFormat, workflowType: WorkflowType) => Promise<Diagnostic[]>;
  simulation?: SimulationData;
  theme?: Theme;
  /** Wins over `theme`: "system" follows the system's preference. */
  themeChoice?: ThemeChoice;
  /** Nothing can be edited from the UI (canvas, inspector, code editor, config); the API still can. */
  readOnly?: boolean;
  features?: Partial<StudioFeatures>;
}

export interface TextChange {
  /** Merge consecutive changes with the same key (a burst of typing) into one undo step. */
  coalesceKey?: string;
  selection?: string[];
}

export interface StudioState {
  mode: Mode;
  format: TextFormat;
  /** The text as the user wrote it; never replaced while it does not parse. */
  text: string;
  /** The last document that parsed. The canvas shows it while the text is broken. */
  definition: JsonValue | undefined;
  /** The parse of the current text (problems, source map). */
  parse: ParseResult;
  diagnostics: Diagnostic[];
  /** Pointers of the selected states. */
  selection: string[];
  /** Config mode's settings; `config.type` is the workflow type the validator checks against. */
  config: StudioConfig;
  /** Sample inputs and mocks, kept with the document. */
  simulation: SimulationData;
  /** The simulator's runs (runSlice.ts): a companion store, not part of the document or its undo history. */
  run: RunStore;
  history: History;
  /** Copied states (the payload of src/asl/edit's copyStates), kept per studio instance. */
  clipboard: unknown;
  layoutDirection: LayoutDirection;
  /** The theme shown; `themeChoice` says whether it follows the system. */
  theme: Theme;
  themeChoice: ThemeChoice;
  readOnly: boolean;
  features: StudioFeatures;
  /** Unique per store on the page: for DOM ids and editor model URIs, so instances never collide. */
  instanceId: string;

  /** Replaces the text and records an undo step. */
  setText: (text: string, change?: TextChange) => void;
  /**
   * Opens another document: its text as written, format, settings and simulation data, with a
   * fresh undo history and nothing selected. Large texts are validated off the main thread.
   */
  openDocument: (document: { text: string; format: TextFormat; config: StudioConfig; simulation: SimulationData }) => void;
  /**
   * Applies a pure edit to the current document and records one undo step (edits with the same
   * `coalesceKey` in quick succession, like typing into one field, merge). False when the text
   * does not parse: the document is read-only until it does.
   */
  applyEdit: (edit: Edit, change?: Pick<TextChange, "coalesceKey">) => boolean;
  setDefinition: (definition: JsonValue) => void;
  /** Converts the document to JSON or YAML (one undo step); false while the text does not parse. */
  setFormat: (format: TextFormat) => boolean;
  undo: () => void;
  redo: () => void;
  setMode: (mode: Mode) => void;
  select: (pointers: string[]) => void;
  /** Changes Config-mode settings; a type change re-validates (Express forbids .sync and callbacks). */
  setConfig: (patch: Partial<StudioConfig>) => void;
  setSimulation: (patch: Partial<SimulationData>) => void;
  setClipboard: (payload: unknown) => void;
  setLayoutDirection: (direction: LayoutDirection) => void;
  /** An explicit light or dark theme (the embedding API's and the host's choice). */
  setTheme: (theme: Theme) => void;
  /** "system" reads the system's preference now; call it again when the preference changes. */
  chooseTheme: (choice: ThemeChoice) => void;
}

export type StudioStore = StoreApi<StudioState>;

/** True when the current text parses, so graph and inspector edits may apply. */
export function isEditable(state: StudioState): boolean {
  return !state.readOnly && state.parse.value !== undefined && isJsonObject(state.definition);
}

/** Texts at least this long (about 150 states) are validated off the main thread when possible. */
export const BACKGROUND_VALIDATION_CHARS = 64 * 1024;

/** One store per studio instance: embeds and tests each get their own. */
export function createStudioStore(options: StudioOptions = {}): StudioStore {
  const format = options.format ?? "json";
  const text = options.text ?? (options.definition !== undefined ? serialize(options.definition, format) : "");
  const config = { ...defaultConfig(options.documentName ?? "MyStateMachine", options.workflowType ?? "STANDARD"), ...options.config };
  const initial = validateText(text, format, { workflowType: config.type });

  return createStore<StudioState>()((set, get) => {
    let validation = 0;
    /** Sets text without touching history; keeps the last good document when the text is broken. */
    const load = (next: string, selection?: string[], format: TextFormat = get().format) => {
      const { config: currentConfig, definition, diagnostics: previous } = get();
      const background = options.validateInBackground !== undefined && next.length >= BACKGROUND_VALIDATION_CHARS;
      const request = ++validation;
      if (!background) {
        const result = validateText(next, format, { workflowType: currentConfig.type });
        set({ format, text: next, parse: result.parse, diagnostics: result.diagnostics, definition: result.parse.value ?? definition, ...(selection ? { selection } : {}) });
        return;
      }
      // Large texts: parse here (the canvas needs the document now), validate in the worker.
      // Syntax errors show at once; otherwise the previous findings stay until the new ones land.
      const parse = parseDefinition(next, format);
      const problems = parseDiagnostics(parse);
      set({ format, text: next, parse, diagnostics: parse.value === undefined ? problems : previous, definition: parse.value ?? definition, ...(selection ? { selection } : {}) });
      if (parse.value === undefined) return;
      options.validateInBackground?.(next, format, currentConfig.type).then(
        (diagnostics) => {
          if (request === validation) set({ diagnostics });
        },
        () => {
          if (request === validation && get().text === next) set({ diagnostics: validateText(next, format, { workflowType: get().config.type }).diagnostics });
        },
      );
    };

    return {
      mode: options.mode ?? "design",
      format,
      text,
      definition: initial.parse.value,
      parse: initial.parse,
      diagnostics: initial.diagnostics,
      selection: [],
      config,
      simulation: options.simulation ?? defaultSimulationData(),
      run: createRunStore(),
      history: emptyHistory(),
      clipboard: undefined,
      layoutDirection: "DOWN",
      ...themeFor(options.themeChoice ?? options.theme ?? "light"),
      readOnly: options.readOnly ?? false,
      features: { ...ALL_FEATURES, ...options.features },
      instanceId: `studio-${++instanceCounter}`,

      setText: (next, change = {}) => {
        const { text: current, format: currentFormat, selection, history } = get();
        if (next === current) return;
        set({ history: record(history, { text: current, format: currentFormat, selection }, change.coalesceKey, Date.now()) });
        load(next, change.selection);
      },
      openDocument: ({ text: next, format: nextFormat, config: nextConfig, simulation }) => {
        // No last good document or findings carry over from the one being replaced.
        set({ config: nextConfig, simulation, history: emptyHistory(), selection: [], definition: undefined, diagnostics: [] });
        load(next, undefined, nextFormat);
      },
      setFormat: (format) => {
        const state = get();
        if (format === state.format) return true;
        if (!isEditable(state)) return false;
        set({ history: record(state.history, { text: state.text, format: state.format, selection: state.selection }, undefined, Date.now()) });
        load(serialize(state.definition as JsonValue, format), state.selection, format);
        return true;
      },
      applyEdit: (edit, change = {}) => {
        const state = get();
        if (!isEditable(state)) return false;
        const outcome = edit(state.definition as unknown as StateMachine);
        // Only the edited part of the text changes: the user's formatting and comments survive.
        const next = updateText(state.text, state.format, state.definition as JsonValue, outcome.definition as unknown as JsonValue);
        if (next === state.text) {
          if (outcome.selection) set({ selection: outcome.selection });
          return true;
        }
        state.setText(next, { ...change, ...(outcome.selection ? { selection: outcome.selection } : {}) });
        return true;
      },
      setDefinition: (next) => {
        const state = get();
        state.setText(state.parse.value !== undefined && isJsonObject(state.definition) ? updateText(state.text, state.format, state.definition as JsonValue, next) : serialize(next, state.format));
      },
      undo: () => {
        if (get().readOnly) return;
        const { history, text: current, format: currentFormat, selection } = get();
        const step = undoStep(history, { text: current, format: currentFormat, selection });
        if (!step) return;
        set({ history: step.history });
        load(step.entry.text, step.entry.selection, step.entry.format);
      },
      redo: () => {
        if (get().readOnly) return;
        const { history, text: current, format: currentFormat, selection } = get();
        const step = redoStep(history, { text: current, format: currentFormat, selection });
        if (!step) return;
        set({ history: step.history });
        load(step.entry.text, step.entry.selection, step.entry.format);
      },
      setMode: (mode) => set({ mode }),
      select: (pointers) => set({ selection: pointers }),
      setConfig: (patch) => {
        if (get().readOnly) return;
        const { text: current, format: currentFormat, config: previous } = get();
        const next = { ...previous, ...patch };
        set({ config: next });
        if (next.type !== previous.type) load(current, undefined, currentFormat);
      },
      setSimulation: (patch) => set({ simulation: { ...get().simulation, ...patch } }),
      setClipboard: (payload) => set({ clipboard: payload }),
      setLayoutDirection: (direction) => set({ layoutDirection: direction }),
      setTheme: (theme) => set(themeFor(theme)),
      chooseTheme: (choice) => set(themeFor(choice)),
    };
  });
}
