import type { Point } from "../../graph/layout/layoutGraph";

/**
 * The pieces of a path through orthogonal points with corners rounded by up to `radius`: each
 * straight run as its own `M…L…` line and each corner as its own `M…Q…` curve, in order.
 */
export function roundedPathPieces(points: readonly Point[], radius = 8): string[] {
  if (points.length < 2) return [];
  const pieces: string[] = [];
  let from = points[0] as Point;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1] as Point;
    const corner = points[i] as Point;
    const next = points[i + 1] as Point;
    const r = Math.min(radius, Math.hypot(corner.x - prev.x, corner.y - prev.y) / 2, Math.hypot(next.x - corner.x, next.y - corner.y) / 2);
    const cornerIn = { x: corner.x - Math.sign(corner.x - prev.x) * r, y: corner.y - Math.sign(corner.y - prev.y) * r };
    const cornerOut = { x: corner.x + Math.sign(next.x - corner.x) * r, y: corner.y + Math.sign(next.y - corner.y) * r };
    pieces.push(`M${from.x},${from.y} L${cornerIn.x},${cornerIn.y}`, `M${cornerIn.x},${cornerIn.y} Q${corner.x},${corner.y} ${cornerOut.x},${cornerOut.y}`);
    from = cornerOut;
  }
  const last = points[points.length - 1] as Point;
  pieces.push(`M${from.x},${from.y} L${last.x},${last.y}`);
  return pieces;
}

/** The same path as one SVG path. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 1) return `M${(points[0] as Point).x},${(points[0] as Point).y}`;
  return roundedPathPieces(points, radius)
    .map((piece, i) => (i === 0 ? piece : piece.slice(piece.indexOf(" ") + 1)))
    .join(" ");
}
