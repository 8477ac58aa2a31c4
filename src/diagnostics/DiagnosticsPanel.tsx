import { countBySeverity, type Diagnostic } from "../asl/diagnostics";
import { Panel } from "../app/Panel";
import { useStudio } from "../store/StudioContext";
import { SeverityIcon } from "./SeverityIcon";

export function DiagnosticsPanel() {
  const diagnostics = useStudio((s) => s.diagnostics);
  const select = useStudio((s) => s.select);
  const counts = countBySeverity(diagnostics);
  const title = (
    <>
      Problems{" "}
      <span className="diagnostics-counts" data-testid="diagnostics-counts">
        {counts.error} errors, {counts.warning} warnings{counts.info > 0 ? `, ${counts.info} info` : ""}
      </span>
    </>
  );
  return (
    <Panel className="studio-bottom" title={title} label="Problems">
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
    </Panel>
  );
}

function location(d: Diagnostic): string {
  return d.range ? `Ln ${d.range.start.line}, Col ${d.range.start.column}` : "";
}
