import { Component, type ErrorInfo, type ReactNode } from "react";
import { copyText, downloadFile } from "../export/browser/download";
import { useStudio } from "../store/StudioContext";

interface Props {
  /** What crashed, in words: "The inspector", "The header". */
  name: string;
  children: ReactNode;
  className?: string;
}

/**
 * Catches a crash in one panel: the panel shows what happened and offers to copy or download the
 * document (which lives in the store and is saved, so it is never lost) and to try again.
 */
export class PanelErrorBoundary extends Component<Props, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} crashed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <CrashNotice name={this.props.name} error={this.state.error} className={this.props.className} onRetry={() => this.setState({ error: undefined })} />;
  }
}

function CrashNotice({ name, error, className, onRetry }: { name: string; error: Error; className: string | undefined; onRetry: () => void }) {
  const text = useStudio((s) => s.text);
  const format = useStudio((s) => s.format);
  const docName = useStudio((s) => s.config.name);
  return (
    <div className={`panel-crash ${className ?? ""}`} role="alert" data-testid="panel-crash">
      <strong>{name} stopped working.</strong>
      <p>Your document is safe: it is kept and saved separately. Copy it before reloading if you want to be sure.</p>
      <p className="panel-crash-detail">{error.message}</p>
      <div className="panel-crash-actions">
        <button type="button" className="button is-primary" onClick={() => void copyText(text)}>
          Copy document
        </button>
        <button type="button" className="button" onClick={() => downloadFile(text, `${docName || "state-machine"}.asl.${format === "yaml" ? "yaml" : "json"}`)}>
          Download
        </button>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
