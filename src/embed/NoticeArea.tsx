import { useStudioShell } from "./StudioShell";

/** Short messages (exported, copied, opened, failed) at the bottom of the studio. */
export function NoticeArea() {
  const { notices, dismiss } = useStudioShell();
  return (
    <div className="notice-area" role="status" aria-live="polite" data-testid="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice is-${notice.kind}`} role={notice.kind === "error" ? "alert" : undefined}>
          <span>{notice.text}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
            <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </div>
      ))}
    </div>
  );
}
