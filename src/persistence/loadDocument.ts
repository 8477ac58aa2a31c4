import { getOwn, isJsonObject } from "../asl/json";
import { findStateByPointer } from "../asl/traverse";
import { validateText } from "../asl/validate/validateText";
import type { StudioStore } from "../store/createStudioStore";
import { emptyHistory } from "../store/history";
import type { DocumentContent } from "./documentRecord";

/**
 * Replaces the studio's document with another one (restored, switched to, imported, from a
 * template or a share link): text as written, format, mode, selection, Config-mode settings,
 * sample inputs and mocks. A fresh document starts a fresh undo history. Text that does not parse
 * is kept as it is and opens in Code mode, with its errors, so nothing is ever shown as empty;
 * so does text that parses but is no state machine (no `States` object: a stray package.json).
 */
export function loadDocument(store: StudioStore, content: DocumentContent): void {
  const { parse, diagnostics } = validateText(content.text, content.format, { workflowType: content.config.type });
  const definition = parse.value;
  const broken = definition === undefined;
  const notAMachine = !isJsonObject(definition) || !isJsonObject(getOwn(definition, "States"));
  const features = store.getState().features;
  let mode = notAMachine && features.codeMode ? "code" : (content.mode ?? "design");
  if ((mode === "code" && !features.codeMode) || (mode === "config" && !features.configMode)) mode = "design";
  const selection = broken ? [] : (content.selection ?? []).filter((pointer) => findStateByPointer(definition, pointer) !== undefined);
  store.setState({
    text: content.text,
    format: content.format,
    parse,
    diagnostics,
    definition,
    mode,
    selection,
    config: content.config,
    simulation: content.simulation,
    history: emptyHistory(),
  });
}
