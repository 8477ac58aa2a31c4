import type { ReactElement } from "react";
import type { StateType } from "../../asl/types";

/** A 16×16 glyph per state type, drawn in currentColor. */
export function StateIcon({ type, size = 16 }: { type: StateType | undefined; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" className="state-icon" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      {ICON_PATHS[type ?? "Pass"]}
    </svg>
  );
}

const ICON_PATHS: Record<StateType, ReactElement> = {
  Task: (
    <>
      <rect x="2" y="3" width="12" height="10" rx="2" />
      <path d="M5 7l2 2-2 2M8.5 11H11" />
    </>
  ),
  Pass: <path d="M2 8h11M10 5l3 3-3 3" />,
  Choice: (
    <>
      <path d="M8 2l6 6-6 6-6-6z" />
      <path d="M8 6v2.5M8 10.5v.01" />
    </>
  ),
  Wait: (
    <>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.5V8l2.5 1.5" />
    </>
  ),
  Succeed: (
    <>
      <circle cx="8" cy="8" r="6" />
      <path d="M5 8.2l2 2 4-4" />
    </>
  ),
  Fail: (
    <>
      <circle cx="8" cy="8" r="6" />
      <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" />
    </>
  ),
  Parallel: <path d="M2 4h12M2 8h12M2 12h12M4 2v12" />,
  Map: (
    <>
      <rect x="2" y="2" width="5" height="5" rx="1" />
      <rect x="9" y="2" width="5" height="5" rx="1" />
      <rect x="2" y="9" width="5" height="5" rx="1" />
      <rect x="9" y="9" width="5" height="5" rx="1" />
    </>
  ),
};
