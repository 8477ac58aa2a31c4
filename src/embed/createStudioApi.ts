import type { Diagnostic } from "../asl/diagnostics";
import type { JsonValue } from "../asl/json";
import { findState, findStateByPointer } from "../asl/traverse";
import type { StudioStore } from "../store/createStudioStore";

/** The programmatic face of one studio instance: `window.aslStudio` and, later, the embedding API. */
export interface StudioApi {
  getDefinition: () => JsonValue | undefined;
  setDefinition: (definition: JsonValue) => void;
  getText: () => string;
  /** Replaces the text as typed (JSON, or YAML when the editor is in YAML), one undo step. */
  setText: (text: string) => void;
  /** Names of the selected states. */
  getSelection: () => string[];
  /** Selects states by name (unknown names are ignored). */
  select: (names: string[]) => void;
  validate: () => Diagnostic[];
}

export function createStudioApi(store: StudioStore): StudioApi {
  return {
    getDefinition: () => store.getState().definition,
    setDefinition: (definition) => store.getState().setDefinition(definition),
    getText: () => store.getState().text,
    setText: (text) => store.getState().setText(text),
    getSelection: () => {
      const { selection, definition } = store.getState();
      return selection.flatMap((pointer) => findStateByPointer(definition, pointer)?.name ?? []);
    },
    select: (names) => {
      const { definition, select } = store.getState();
      select(names.flatMap((name) => findState(definition, name)?.pointer ?? []));
    },
    validate: () => store.getState().diagnostics,
  };
}
