import type { ReactNode } from "react";
import { PanelErrorBoundary } from "../persistence/PanelErrorBoundary";

export function Panel({ className, title, label, actions, children }: { className: string; title: ReactNode; label: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className={`panel ${className}`} aria-label={label}>
      <div className="panel-header">
        <h2 className="panel-title">{title}</h2>
        {actions}
      </div>
      <div className="panel-body">
        <PanelErrorBoundary name={label}>{children}</PanelErrorBoundary>
      </div>
    </section>
  );
}
