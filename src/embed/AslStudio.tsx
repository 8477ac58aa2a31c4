/**
 * `<AslStudio>`: the studio as a React component for portals built with React. Each element has
 * its own store (nothing is shared between instances); props after the first render are applied
 * to it (definition, theme, readOnly, mode, features), callbacks are always the latest ones.
 *
 * @example
 * const studio = useRef<AslStudioHandle>(null);
 * <AslStudio ref={studio} definition={machine} theme="dark" features={{ simulator: false }}
 *   onChange={(definition) => setMachine(definition)} onSave={save} />
 */
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import { createValidationClient } from "../worker/validationClient";
import { App } from "../app/App";
import type { Diagnostic } from "../asl/diagnostics";
import { deepEqual, type JsonValue } from "../asl/json";
import type { TextFormat } from "../asl/parse/types";
import { createStudioStore, type Mode, type StudioFeatures, type StudioStore, type Theme } from "../store/createStudioStore";
import type { SimulationData } from "../store/simulationData";
import type { StudioConfig } from "../store/studioConfig";
import { createStudioApi, type StudioApi } from "./createStudioApi";

export interface ChangeDetail {
  /** The text as written (JSON or YAML). */
  text: string;
  format: TextFormat;
  /** The document parses and has no error. */
  valid: boolean;
}

export interface AslStudioOptions {
  /** The document: an ASL object, or text (JSON or YAML, as given by `format`). */
  definition?: JsonValue | string;
  format?: TextFormat;
  readOnly?: boolean;
  theme?: Theme;
  mode?: Mode;
  /** Parts to turn off: simulator, export, import, templates, share, codeMode, configMode, documents. */
  features?: Partial<StudioFeatures>;
  /** The state machine's name (Config mode, file names, exports). */
  name?: string;
  config?: Partial<StudioConfig>;
  simulation?: SimulationData;
  /** A new version of the document that parses (every edit, after typing pauses). */
  onChange?: (definition: JsonValue | undefined, detail: ChangeDetail) => void;
  /** The findings changed (syntax and ASL rules), in document order. */
  onValidate?: (diagnostics: Diagnostic[]) => void;
  /** The user asked to save (the Save button or Ctrl/⌘+S); shown only when given. */
  onSave?: (definition: JsonValue | undefined, detail: ChangeDetail) => void;
}

export type AslStudioHandle = StudioApi;

/** The store options for a set of studio options. */
export function storeOptionsFor(options: AslStudioOptions): Parameters<typeof createStudioStore>[0] {
  const format = options.format ?? "json";
  const fromText = typeof options.definition === "string";
  return {
    format,
    ...(fromText ? { text: options.definition as string } : options.definition !== undefined ? { definition: options.definition } : { text: "" }),
    ...(options.mode ? { mode: options.mode } : {}),
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.readOnly !== undefined ? { readOnly: options.readOnly } : {}),
    ...(options.features ? { features: { documents: false, ...options.features } } : { features: { documents: false } }),
    ...(options.simulation ? { simulation: options.simulation } : {}),
    documentName: options.name ?? options.config?.name ?? "MyStateMachine",
    validateInBackground: createValidationClient().validate,
    ...(options.config ? { config: options.config } : {}),
  };
}

export function changeDetail(store: StudioStore): ChangeDetail {
  const state = store.getState();
  return { text: state.text, format: state.format, valid: state.parse.value !== undefined && !state.diagnostics.some((d) => d.severity === "error") };
}

/** Calls the host's callbacks as the store changes; returns the unsubscribe. */
export function bindCallbacks(store: StudioStore, callbacks: () => Pick<AslStudioOptions, "onChange" | "onValidate">): () => void {
  return store.subscribe((state, previous) => {
    const { onChange, onValidate } = callbacks();
    if (state.definition !== previous.definition) onChange?.(state.definition, changeDetail(store));
    if (state.diagnostics !== previous.diagnostics) onValidate?.(state.diagnostics);
  });
}

/** Applies changed options to a live store (the host re-rendered or called update). */
export function applyOptions(store: StudioStore, api: StudioApi, options: AslStudioOptions, previous: AslStudioOptions): void {
  if (options.definition !== undefined && options.definition !== previous.definition) {
    if (typeof options.definition === "string") {
      if (options.definition !== store.getState().text) store.getState().setText(options.definition);
    } else if (!deepEqual(options.definition, store.getState().definition)) api.setDefinition(options.definition);
  }
  if (options.theme && options.theme !== previous.theme) store.getState().setTheme(options.theme);
  if (options.readOnly !== undefined && options.readOnly !== previous.readOnly) store.setState({ readOnly: options.readOnly });
  if (options.mode && options.mode !== previous.mode) api.setMode(options.mode);
  if (options.features && !deepEqual(options.features as JsonValue, (previous.features ?? {}) as JsonValue)) api.setFeatures(options.features);
  if (options.format && options.format !== previous.format) store.getState().setFormat(options.format);
}

export const AslStudio = forwardRef<AslStudioHandle, AslStudioOptions>(function AslStudio(props, ref) {
  const [store] = useState(() => createStudioStore(storeOptionsFor(props)));
  const api = useMemo(() => createStudioApi(store), [store]);
  const latest = useRef(props);
  const applied = useRef(props);
  latest.current = props;

  useImperativeHandle(ref, () => api, [api]);
  useEffect(() => bindCallbacks(store, () => latest.current), [store]);
  useEffect(() => () => api.dispose(), [api]);
  useEffect(() => {
    applyOptions(store, api, props, applied.current);
    applied.current = props;
  });

  const onSave = useMemo(() => (props.onSave ? () => latest.current.onSave?.(store.getState().definition, changeDetail(store)) : undefined), [props.onSave !== undefined, store]); // eslint-disable-line react-hooks/exhaustive-deps
  return <App store={store} onSave={onSave} embedded />;
});
