import { useState, type KeyboardEvent } from "react";
import { matchesChord } from "../commands/keys";
import { findStateByPointer } from "../asl/traverse";
import { isEditable } from "../store/createStudioStore";
import { useStudio, useStudioStore } from "../store/StudioContext";
import { MachineInspector } from "./MachineInspector";
import type { InspectorTab } from "./model/stateTabs";
import { StateInspector } from "./StateInspector";
import "./inspector.css";

/**
 * The right panel: the selected state's inspector, the state machine's fields when nothing is
 * selected. Read-only while the code does not parse. Ctrl+Z / Ctrl+Shift+Z undo and redo
 * document edits here too, as every field writes straight to the document.
 */
export function Inspector() {
  const store = useStudioStore();
  const selection = useStudio((s) => s.selection);
  const definition = useStudio((s) => s.definition);
  const editable = useStudio(isEditable);
  const [tab, setTab] = useState<InspectorTab>("configuration");
  const pointer = selection.length === 1 ? selection[0] : undefined;
  const location = pointer === undefined ? undefined : findStateByPointer(definition, pointer);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const native = event.nativeEvent;
    if (matchesChord(native, "Mod+Z")) {
      event.preventDefault();
      store.getState().undo();
    } else if (matchesChord(native, "Mod+Shift+Z") || matchesChord(native, "Mod+Y")) {
      event.preventDefault();
      store.getState().redo();
    }
  };

  return (
    <div className="inspector" onKeyDown={onKeyDown} data-testid="inspector">
      {!editable && (
        <p className="inspector-readonly" data-testid="inspector-read-only">
          The code has a syntax error, so the form is read-only. Fix it in Code mode to edit here.
        </p>
      )}
      {selection.length > 1 ? (
        <div className="machine-inspector">
          <div className="inspector-heading">
            <h3 className="inspector-title">{selection.length} states selected</h3>
          </div>
          <p className="field-help inspector-hint">Select a single state to edit its fields.</p>
        </div>
      ) : location ? (
        <StateInspector key={location.pointer} pointer={location.pointer} tab={tab} onTab={setTab} readOnly={!editable} />
      ) : (
        <MachineInspector readOnly={!editable} />
      )}
    </div>
  );
}
