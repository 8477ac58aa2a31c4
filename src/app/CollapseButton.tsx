/** Collapses a side panel to a thin rail; the rail's button brings it back. */
export function CollapseButton({ side, label, onCollapse }: { side: "left" | "right"; label: string; onCollapse: () => void }) {
  return (
    <button type="button" className="panel-collapse" onClick={onCollapse} aria-label={`Collapse the ${label.toLowerCase()}`} title={`Collapse the ${label.toLowerCase()}`}>
      {side === "left" ? "«" : "»"}
    </button>
  );
}

export function CollapsedRail({ className, label, side, onExpand }: { className: string; label: string; side: "left" | "right"; onExpand: () => void }) {
  return (
    <section className={`panel-rail ${className}`} aria-label={label}>
      <button type="button" className="panel-rail-button" onClick={onExpand} aria-label={`Show the ${label.toLowerCase()}`} title={`Show the ${label.toLowerCase()}`} aria-expanded={false}>
        <span aria-hidden="true">{side === "left" ? "»" : "«"}</span>
        <span className="panel-rail-label">{label}</span>
      </button>
    </section>
  );
}
