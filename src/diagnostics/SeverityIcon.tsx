import type { Severity } from "../asl/diagnostics";

const LABELS: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

/** Shape and label, not only colour, tell the severities apart. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`severity-icon severity-${severity}`} viewBox="0 0 16 16" width="16" height="16" role="img" aria-label={LABELS[severity]}>
      {severity === "error" && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
      {severity === "warning" && (
        <>
          <path d="M8 1.5l7 12.5H1z" />
          <path d="M8 6v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="12" r="0.9" fill="#fff" />
        </>
      )}
      {severity === "info" && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M8 7.5v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="5" r="0.9" fill="#fff" />
        </>
      )}
    </svg>
  );
}
