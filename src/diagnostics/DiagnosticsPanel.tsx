import { countBySeverity, type Diagnostic } from "../asl/diagnostics";
import { useStudio } from "../store/StudioContext";
import { SeverityIcon } from "./SeverityIcon";

/** "N errors, M warnings": shown in the Problems tab, visible whichever bottom tab is open. */
export function DiagnosticsCounts() {
  const diagnostics = useStudio((s) => s.diagnostics);
  const counts = countBySeverity(diagnostics);
  return (
    <span className={`diagnostics-counts${counts.error > 0 ? " has-errors" : ""}`} data-testid="diagnostics-counts">
      {counts.error} errors, {counts.warning} warnings{counts.info > 0 ? `, ${counts.info} info` : ""}
    </span>
  );
}

/** The Problems list: each located diagnostic; a click selects its state. */
export function DiagnosticsPanel() {
  const diagnostics = useStudio((s) => s.diagnostics);
  const select = useStudio((s) => s.select);
  return (
    <section className="diagnostics-panel" aria-label="Problems">
      {diagnostics.length === 0 ? (
        <p className="panel-empty" data-testid="diagnostics-empty">
          No problems: the definition is valid.
        </p>
      ) : (
        <ul className="diagnostics-list" data-testid="diagnostics-list">
          {diagnostics.map((d, i) => (
            <li key={`${d.code}:${d.path}:${i}`}>
              <button
                type="button"
                className="diagnostic-row"
                data-testid="diagnostic"
                data-code={d.code}
                data-severity={d.severity}
                onClick={() => select(d.statePointer ? [d.statePointer] : [])}
              >
                <SeverityIcon severity={d.severity} />
                <span className="diagnostic-code">{d.code}</span>
                <span className="diagnostic-message">{d.message}</span>
                <span className="diagnostic-state">{d.stateName ?? ""}</span>
                <span className="diagnostic-location">{location(d)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function location(d: Diagnostic): string {
  return d.range ? `Ln ${d.range.start.line}, Col ${d.range.start.column}` : "";
}
