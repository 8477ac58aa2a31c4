import type { Point } from "../../graph/layout/layoutGraph";

/** An SVG path through orthogonal points, with corners rounded by up to `radius`. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return "";
  const first = points[0] as Point;
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1] as Point;
    const corner = points[i] as Point;
    const next = points[i + 1] as Point;
    const r = Math.min(radius, Math.hypot(corner.x - prev.x, corner.y - prev.y) / 2, Math.hypot(next.x - corner.x, next.y - corner.y) / 2);
    const inX = corner.x - Math.sign(corner.x - prev.x) * r;
    const inY = corner.y - Math.sign(corner.y - prev.y) * r;
    const outX = corner.x + Math.sign(next.x - corner.x) * r;
    const outY = corner.y + Math.sign(next.y - corner.y) * r;
    d += ` L${inX},${inY} Q${corner.x},${corner.y} ${outX},${outY}`;
  }
  const last = points[points.length - 1] as Point;
  if (points.length > 1) d += ` L${last.x},${last.y}`;
  return d;
}
