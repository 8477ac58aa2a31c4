import { useId } from "react";
import { isJsonObject, type JsonObject, type JsonValue } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { FieldHelpButton, FieldHelpPanel, useFieldHelp } from "../fields/FieldHelp";
import { FieldMessages } from "../fields/FieldMessages";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { useDraft } from "../fields/useDraft";
import { useFieldDiagnostics } from "../fields/useFieldDiagnostics";
import { addAssignEntry, entryPointer, formatAssignValue, nameProblem, parseAssignValue, readAssign, removeAssignEntry, setAssignEntry, setEntryDynamic, type AssignEntry } from "../model/assignEntries";
import { editObjectAt } from "../model/editAt";
import { CodeInput } from "../expression/CodeInput";

const HELP: Record<QueryLanguageMode, string> = {
  JSONata: "Each value is JSON, or an expression {% … %} over $states (input, result…) and the variables of state entry. Later states read it as $name.",
  JSONPath: 'A "Path or intrinsic" value reads $ (the state\'s result, or its input for Choice and Wait), $$ or a variable; a JSON value is stored as written. Later states read it as $name.',
};

/**
 * The Assign of a state, a Choice rule or a catcher ("Passing data between states with
 * variables"), as a list of variables: name and value, in both query languages. Each change is
 * one pure edit of the owner object (a burst of typing in one row is one undo step).
 */
export function AssignEditor({ ownerPointer, language, title = "Variables", compact = false }: { ownerPointer: string; language: QueryLanguageMode; title?: string; compact?: boolean }) {
  const owner = useDocValue(ownerPointer);
  const apply = useApplyEdit();
  const headingId = useId();
  const node: JsonObject = isJsonObject(owner) ? owner : {};
  const entries = readAssign(node, language);
  const edit = (transform: (o: JsonObject) => JsonObject, coalesce?: string) => apply(editObjectAt(ownerPointer, transform), coalesce);
  const assignDiagnostics = useFieldDiagnostics(`${ownerPointer}/Assign`, true);
  const about = useFieldHelp();
  return (
    <div className={`assign-editor${compact ? " is-compact" : ""}`} role="group" aria-labelledby={headingId} data-testid="assign-editor">
      <div className="assign-header">
        <span className="field-label" id={headingId}>
          {title}
          <code className="field-asl">Assign</code>
        </span>
        <FieldHelpButton field="Assign" expanded={about.expanded} onToggle={about.toggle} panelId={about.panelId} />
        <button type="button" className="button is-small" onClick={() => edit((o) => addAssignEntry(o, language))}>
          Add variable
        </button>
      </div>
      {about.expanded && <FieldHelpPanel field="Assign" id={about.panelId} />}
      {entries.length === 0 ? <p className="field-help">No variables assigned{compact ? "." : " here."}</p> : null}
      <ol className="assign-list">
        {entries.map((entry, i) => (
          <AssignRow key={i} index={i} entries={entries} entry={entry} ownerPointer={ownerPointer} language={language} edit={edit} />
        ))}
      </ol>
      <FieldMessages id={`${headingId}-messages`} diagnostics={assignDiagnostics} />
      {!compact && <p className="field-help">{HELP[language]}</p>}
    </div>
  );
}

function AssignRow({ index, entries, entry, ownerPointer, language, edit }: {
  index: number;
  entries: readonly AssignEntry[];
  entry: AssignEntry;
  ownerPointer: string;
  language: QueryLanguageMode;
  edit: (transform: (o: JsonObject) => JsonObject, coalesce?: string) => void;
}) {
  const id = useId();
  const n = index + 1;
  const coalesce = `${ownerPointer}/Assign#${index}`;
  const [name, setName] = useDraft(entry.name, (v) => (typeof v === "string" ? v : ""), (text, v) => text === v);
  const [valueText, setValueText] = useDraft(entry.value, (v) => formatAssignValue({ dynamic: entry.dynamic, value: v ?? null }, language), (text, v) => {
    const parsed = parseAssignValue(text, entry.dynamic, language);
    return parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(v);
  });
  const diagnostics = useFieldDiagnostics(entryPointer(ownerPointer, entry.key));
  const namePending = name !== entry.name ? nameProblem(entries, index, name) : undefined;
  const parsedValue = parseAssignValue(valueText, entry.dynamic, language);
  const valueProblem = !parsedValue.ok ? parsedValue.message : parsedValue.problems.length > 0 ? parsedValue.problems.join(" ") : undefined;
  const local = namePending ?? valueProblem;

  const onName = (text: string) => {
    setName(text);
    // An empty or taken name (or, in JSONPath, one ending in .$) would lose or merge a variable: keep it in the field only.
    if (text === "" || entries.some((e, i) => i !== index && e.name === text) || (language === "JSONPath" && text.endsWith(".$"))) return;
    edit((o) => setAssignEntry(o, language, index, { name: text, dynamic: entry.dynamic, value: entry.value }), coalesce);
  };
  const onValue = (text: string) => {
    setValueText(text);
    const parsed = parseAssignValue(text, entry.dynamic, language);
    if (parsed.ok) edit((o) => setAssignEntry(o, language, index, { name: entry.name, dynamic: entry.dynamic, value: parsed.value as JsonValue }), coalesce);
  };
  const invalid = local !== undefined || diagnostics.some((d) => d.severity === "error");
  return (
    <li className="assign-row" data-testid="assign-row" data-variable={entry.name}>
      <div className="assign-row-fields">
        <label className="assign-name">
          <span className="assign-cell-label">Name</span>
          <span className="assign-name-input">
            <span className="assign-dollar" aria-hidden="true">
              $
            </span>
            <input
              className="field-input is-mono"
              type="text"
              spellCheck={false}
              autoComplete="off"
              value={name}
              aria-label={`Variable ${n} name`}
              aria-invalid={namePending !== undefined || undefined}
              aria-describedby={`${id}-messages`}
              onChange={(e) => onName(e.target.value)}
            />
          </span>
        </label>
        <div className="assign-value">
          <span className="assign-cell-label" id={`${id}-value-label`}>
            Value
            {language === "JSONPath" && (
              <select className="field-source" aria-label={`Variable ${n}: how the value is given`} value={entry.dynamic ? "path" : "json"} onChange={(e) => edit((o) => setEntryDynamic(o, index, e.target.value === "path"))}>
                <option value="json">JSON value</option>
                <option value="path">Path or intrinsic (.$)</option>
              </select>
            )}
          </span>
          <CodeInput
            value={valueText}
            onChange={onValue}
            minRows={1}
            maxRows={8}
            aria-label={`Variable ${n} value`}
            aria-invalid={invalid}
            aria-describedby={`${id}-messages`}
            placeholder={entry.dynamic ? "$.field, $$.Execution.Id, $other or States.…" : language === "JSONata" ? '{% $states.input.field %} or "text", 42, {…}' : '"text", 42, {…}'}
          />
        </div>
        <button type="button" className="icon-button is-danger assign-remove" aria-label={`Remove variable ${entry.name || n}`} title="Remove this variable" onClick={() => edit((o) => removeAssignEntry(o, language, index))}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <FieldMessages id={`${id}-messages`} diagnostics={diagnostics} localError={local} />
    </li>
  );
}
