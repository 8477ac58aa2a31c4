import { useRef, type KeyboardEvent, type PointerEvent } from "react";

/**
 * A vertical splitter between the workspace's columns: drag it, or focus it and use the arrow keys
 * (Home/End for the limits). `direction` says which way the panel grows when dragged right.
 */
export function PanelResizer({ label, value, min, max, direction, onResize, className }: { label: string; value: number; min: number; max: number; direction: 1 | -1; onResize: (value: number) => void; className: string }) {
  const drag = useRef<{ x: number; value: number } | undefined>(undefined);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = { x: e.clientX, value };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(drag.current.value + direction * (e.clientX - drag.current.x));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 60 : 20;
    if (e.key === "ArrowRight") onResize(value + direction * step);
    else if (e.key === "ArrowLeft") onResize(value - direction * step);
    else if (e.key === "Home") onResize(min);
    else if (e.key === "End") onResize(max);
    else return;
    e.preventDefault();
  };
  return (
    <div
      className={`panel-resizer ${className}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = undefined)}
      onPointerCancel={() => (drag.current = undefined)}
      onKeyDown={onKeyDown}
    />
  );
}
