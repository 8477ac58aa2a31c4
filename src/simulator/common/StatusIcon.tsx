import type { NodeRunStatus } from "../model/runOverlay";

/** The status glyph shown with every status colour (colour is never the only signal). */
export function StatusIcon({ status, aborted = false, size = 14 }: { status: NodeRunStatus; aborted?: boolean; size?: number }) {
  const common = { width: size, height: size, viewBox: "0 0 16 16", "aria-hidden": true, className: `status-icon is-${status}` } as const;
  if (aborted)
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M3.5 12.5 12.5 3.5" stroke="currentColor" strokeWidth="1.6" />
      </svg>
    );
  switch (status) {
    case "succeeded":
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.6 8.3 7 10.6 11.4 5.6" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case "failed":
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.3 5.3 10.7 10.7M10.7 5.3 5.3 10.7" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    case "caught":
      return (
        <svg {...common}>
          <path d="M8 1.2 15.2 14H.8Z" fill="currentColor" />
          <path d="M8 5.6v4M8 11.6v.4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    case "running":
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeOpacity="0.3" strokeWidth="2" />
          <path d="M8 1.5a6.5 6.5 0 0 1 6.5 6.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" className="status-spin" />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeDasharray="2.5 2" />
        </svg>
      );
  }
}
