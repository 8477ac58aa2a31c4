import { iterationLabel, type IterationLevel } from "../model/visitQueries";

/** The console's Map iteration viewer: a zero-based item dropdown with previous/next arrows; failed items say so. */
export function IterationPicker({ level, onPick }: { level: IterationLevel; onPick: (index: number) => void }) {
  const position = level.options.findIndex((o) => o.index === level.selected);
  const failed = level.options.filter((o) => o.status === "failed").length;
  const go = (delta: number) => {
    const next = level.options[position + delta];
    if (next) onPick(next.index);
  };
  return (
    <div className="iteration-picker" role="group" aria-label={`${level.mapState} iteration`}>
      <span className="sim-label">{level.mapState} iteration</span>
      <button type="button" className="sim-button is-small is-icon" onClick={() => go(-1)} disabled={position <= 0} aria-label="Previous iteration">
        ‹
      </button>
      <select value={level.selected} onChange={(e) => onPick(Number(e.target.value))} aria-label={`${level.mapState} iteration`} data-testid="iteration-picker">
        {level.options.map((o) => (
          <option key={o.index} value={o.index}>
            {iterationLabel(o)}
          </option>
        ))}
      </select>
      <span className="sim-muted">
        of {level.options.length}
        {failed > 0 ? `, ${failed} failed` : ""}
      </span>
      <button type="button" className="sim-button is-small is-icon" onClick={() => go(1)} disabled={position >= level.options.length - 1} aria-label="Next iteration">
        ›
      </button>
    </div>
  );
}
