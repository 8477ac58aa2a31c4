import type { Diagnostic } from "../../asl/diagnostics";
import { SeverityIcon } from "../../diagnostics/SeverityIcon";
import { fieldMessage } from "../model/diagnosticsAt";

/**
 * The messages beside a field: the validator's findings, and the field's own immediate check
 * when the validator has nothing to say (the draft may not be in the document yet).
 */
export function FieldMessages({ id, diagnostics, localError, localWarning }: { id: string; diagnostics: readonly Diagnostic[]; localError?: string | undefined; localWarning?: string | undefined }) {
  const hasError = diagnostics.some((d) => d.severity === "error");
  const local = localError !== undefined && !hasError ? localError : undefined;
  if (diagnostics.length === 0 && local === undefined && localWarning === undefined) return null;
  return (
    <ul className="field-messages" id={id}>
      {local !== undefined && (
        <li className="field-message" data-severity="error" data-testid="field-message">
          <SeverityIcon severity="error" />
          <span>{local}</span>
        </li>
      )}
      {diagnostics.map((d, i) => (
        <li key={`${d.code}:${d.path}:${i}`} className="field-message" data-severity={d.severity} data-code={d.code} data-testid="field-message">
          <SeverityIcon severity={d.severity} />
          <span>{fieldMessage(d)}</span>
        </li>
      ))}
      {localWarning !== undefined && (
        <li className="field-message" data-severity="warning" data-testid="field-message">
          <SeverityIcon severity="warning" />
          <span>{localWarning}</span>
        </li>
      )}
    </ul>
  );
}
