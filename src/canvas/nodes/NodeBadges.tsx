export function NodeBadges({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) return null;
  return (
    <span className="node-badges" data-testid="node-badge">
      {errors > 0 && (
        <span className="node-badge node-badge-error" title={`${errors} ${errors === 1 ? "error" : "errors"}`}>
          ✕ {errors}
        </span>
      )}
      {warnings > 0 && (
        <span className="node-badge node-badge-warning" title={`${warnings} ${warnings === 1 ? "warning" : "warnings"}`}>
          ! {warnings}
        </span>
      )}
    </span>
  );
}
