import { getOwn, isJsonObject } from "../asl/json";
import { findStateByPointer } from "../asl/traverse";
import type { StudioStore } from "../store/createStudioStore";
import type { DocumentContent } from "./documentRecord";

/**
 * Replaces the studio's document with another one (restored, switched to, imported, from a
 * template or a share link): text as written, format, mode, selection, Config-mode settings,
 * sample inputs and mocks. A fresh document starts a fresh undo history. Text that does not parse
 * is kept as it is and opens in Code mode, with its errors, so nothing is ever shown as empty;
 * so does text that parses but is no state machine (no `States` object: a stray package.json).
 */
export function loadDocument(store: StudioStore, content: DocumentContent): void {
  store.getState().openDocument({ text: content.text, format: content.format, config: content.config, simulation: content.simulation });
  const { parse, features } = store.getState();
  const definition = parse.value;
  const notAMachine = !isJsonObject(definition) || !isJsonObject(getOwn(definition, "States"));
  let mode = notAMachine && features.codeMode ? "code" : (content.mode ?? "design");
  if ((mode === "code" && !features.codeMode) || (mode === "config" && !features.configMode)) mode = "design";
  const selection = definition === undefined ? [] : (content.selection ?? []).filter((pointer) => findStateByPointer(definition, pointer) !== undefined);
  store.setState({ mode, selection });
}
