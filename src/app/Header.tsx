import type { Mode } from "../store/createStudioStore";
import { useStudio } from "../store/StudioContext";

const MODES: { mode: Mode; label: string }[] = [
  { mode: "design", label: "Design" },
  { mode: "code", label: "Code" },
  { mode: "config", label: "Config" },
];

export function Header() {
  const documentName = useStudio((s) => s.config.name);
  const mode = useStudio((s) => s.mode);
  const setMode = useStudio((s) => s.setMode);
  return (
    <header className="studio-header">
      <div className="studio-brand" aria-hidden="true">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span>ASL Studio</span>
      </div>
      <h1 className="studio-document-name" data-testid="document-name">
        {documentName}
      </h1>
      <div className="mode-switch" role="tablist" aria-label="Mode">
        {MODES.map(({ mode: m, label }) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className="mode-switch-button" onClick={() => setMode(m)}>
            {label}
          </button>
        ))}
      </div>
    </header>
  );
}
