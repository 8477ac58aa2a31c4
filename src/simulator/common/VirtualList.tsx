import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders only the rows in view (fixed row height), so tables of 10,000+ rows scroll smoothly.
 * `scrollToIndex` brings a row into view when it changes.
 */
export function VirtualList({ count, rowHeight, renderRow, label, scrollToIndex, overscan = 12, className = "", role = "rowgroup" }: { count: number; rowHeight: number; renderRow: (index: number) => ReactNode; label?: string; scrollToIndex?: number; overscan?: number; className?: string; role?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    setHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element || scrollToIndex === undefined || scrollToIndex < 0) return;
    const top = scrollToIndex * rowHeight;
    if (top < element.scrollTop || top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = Math.max(0, top - element.clientHeight / 2);
  }, [scrollToIndex, rowHeight]);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) rows.push(renderRow(i));
  return (
    <div ref={ref} className={`virtual-list ${className}`} role={role} aria-label={label} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div style={{ height: count * rowHeight, position: "relative" }}>
        <div style={{ position: "absolute", top: first * rowHeight, left: 0, right: 0 }}>{rows}</div>
      </div>
    </div>
  );
}
