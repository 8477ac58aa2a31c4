/** Move up, move down and delete buttons for one entry of an ordered list (rules, retriers, branches). */
export function ListItemActions({ noun, index, count, onMove, onRemove, canRemove = true }: { noun: string; index: number; count: number; onMove: (to: number) => void; onRemove: () => void; canRemove?: boolean }) {
  const n = index + 1;
  return (
    <div className="item-actions">
      <button type="button" className="icon-button" aria-label={`Move ${noun} ${n} up`} title="Move up" disabled={index === 0} onClick={() => onMove(index - 1)}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M8 3l-5 5h3.5v5h3V8H13z" fill="currentColor" /></svg>
      </button>
      <button type="button" className="icon-button" aria-label={`Move ${noun} ${n} down`} title="Move down" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M8 13l5-5H9.5V3h-3v5H3z" fill="currentColor" /></svg>
      </button>
      <button type="button" className="icon-button is-danger" aria-label={`Delete ${noun} ${n}`} title="Delete" disabled={!canRemove} onClick={onRemove}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" /></svg>
      </button>
    </div>
  );
}
