import { createStore, type StoreApi } from "zustand/vanilla";
import type { Diagnostic } from "../asl/diagnostics";
import type { JsonValue } from "../asl/json";
import type { ParseResult, TextFormat } from "../asl/parse/types";
import { serialize } from "../asl/serialize";
import type { WorkflowType } from "../asl/types";
import { validateText } from "../asl/validate/validateText";

export type Mode = "design" | "code" | "config";

export interface StudioOptions {
  documentName?: string;
  text?: string;
  definition?: JsonValue;
  format?: TextFormat;
  mode?: Mode;
  workflowType?: WorkflowType;
}

export interface StudioState {
  documentName: string;
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
  workflowType: WorkflowType;

  setText: (text: string) => void;
  setDefinition: (definition: JsonValue) => void;
  setMode: (mode: Mode) => void;
  select: (pointers: string[]) => void;
  setWorkflowType: (type: WorkflowType) => void;
}

export type StudioStore = StoreApi<StudioState>;

/** One store per studio instance: embeds and tests each get their own. */
export function createStudioStore(options: StudioOptions = {}): StudioStore {
  const format = options.format ?? "json";
  const text = options.text ?? (options.definition !== undefined ? serialize(options.definition, format) : "");
  const workflowType = options.workflowType ?? "STANDARD";
  const initial = readText(text, format, workflowType);

  return createStore<StudioState>()((set, get) => ({
    documentName: options.documentName ?? "Untitled state machine",
    mode: options.mode ?? "design",
    format,
    text,
    definition: initial.parse.value,
    parse: initial.parse,
    diagnostics: initial.diagnostics,
    selection: [],
    workflowType,

    setText: (next) => {
      const { format: currentFormat, workflowType: type, definition } = get();
      const result = readText(next, currentFormat, type);
      set({ text: next, parse: result.parse, diagnostics: result.diagnostics, definition: result.parse.value ?? definition });
    },
    setDefinition: (next) => get().setText(serialize(next, get().format)),
    setMode: (mode) => set({ mode }),
    select: (pointers) => set({ selection: pointers }),
    setWorkflowType: (type) => {
      const { text: current, format: currentFormat } = get();
      const result = readText(current, currentFormat, type);
      set({ workflowType: type, diagnostics: result.diagnostics });
    },
  }));
}

function readText(text: string, format: TextFormat, workflowType: WorkflowType) {
  return validateText(text, format, { workflowType });
}
