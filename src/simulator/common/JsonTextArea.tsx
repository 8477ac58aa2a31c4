import { useId } from "react";
import { parseJsonText } from "../model/parseJsonText";

/** A JSON editor: a textarea that validates as you type and points at the first syntax error. */
export function JsonTextArea({ value, onChange, label, rows = 8, testId, hideLabel = false }: { value: string; onChange: (text: string) => void; label: string; rows?: number; testId?: string; hideLabel?: boolean }) {
  const id = useId();
  const parsed = parseJsonText(value);
  return (
    <div className="json-textarea">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "sim-label"}>
        {label}
      </label>
      <textarea
        id={id}
        className={`sim-textarea${parsed.ok ? "" : " is-invalid"}`}
        value={value}
        rows={rows}
        spellCheck={false}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? undefined : `${id}-error`}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      {!parsed.ok && (
        <p id={`${id}-error`} className="sim-error-text" role="alert">
          Line {parsed.line}, column {parsed.column}: {parsed.message}
        </p>
      )}
    </div>
  );
}
