import { useId, useState } from "react";
import { appendPointer, isJsonObject } from "../../asl/json";
import { editObjectAt } from "../model/editAt";
import { addErrorName, readErrorNames, removeErrorName } from "../model/errorHandling";
import { FieldHelpButton, FieldHelpPanel, useFieldHelp } from "./FieldHelp";
import { FieldMessages } from "./FieldMessages";
import { useApplyEdit } from "./useApplyEdit";
import { useDocValue } from "./useDocValue";
import { useFieldDiagnostics } from "./useFieldDiagnostics";

/**
 * A retrier's or catcher's ErrorEquals: the names as removable chips, and a box to add one, with
 * the predefined States.* names (and the integration's own errors) suggested as you type.
 */
export function ErrorNamesField({ pointer, suggestions }: { pointer: string; suggestions: readonly string[] }) {
  const handler = useDocValue(pointer);
  const apply = useApplyEdit();
  const [draft, setDraft] = useState("");
  const id = useId();
  const names = isJsonObject(handler) ? readErrorNames(handler) : [];
  const diagnostics = useFieldDiagnostics(appendPointer(pointer, "ErrorEquals"));
  const about = useFieldHelp();
  const add = () => {
    if (draft.trim() === "") return;
    apply(editObjectAt(pointer, (h) => addErrorName(h, draft)));
    setDraft("");
  };
  return (
    <div className="field">
      <div className="field-label-row">
        <label className="field-label" htmlFor={id}>
          Errors<code className="field-asl">ErrorEquals</code>
        </label>
        <FieldHelpButton field="ErrorEquals" expanded={about.expanded} onToggle={about.toggle} panelId={about.panelId} />
      </div>
      {about.expanded && <FieldHelpPanel field="ErrorEquals" id={about.panelId} />}
      <ul className="chips" aria-label="Errors matched">
        {names.map((name) => (
          <li key={name} className="chip">
            <span className="chip-text">{name}</span>
            <button type="button" className="chip-remove" aria-label={`Remove ${name}`} title={`Remove ${name}`} onClick={() => apply(editObjectAt(pointer, (h) => removeErrorName(h, name)))}>
              ×
            </button>
          </li>
        ))}
        {names.length === 0 && <li className="chips-empty">No errors yet: add at least one.</li>}
      </ul>
      <div className="inline-add">
        <input
          id={id}
          className="field-input is-mono"
          type="text"
          list={`${id}-list`}
          autoComplete="off"
          spellCheck={false}
          placeholder="States.ALL or a custom error"
          value={draft}
          aria-describedby={`${id}-messages`}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
        <datalist id={`${id}-list`}>
          {suggestions.filter((s) => !names.includes(s)).map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <button type="button" className="button" onClick={add} disabled={draft.trim() === ""}>
          Add error
        </button>
      </div>
      <FieldMessages id={`${id}-messages`} diagnostics={diagnostics} />
    </div>
  );
}
