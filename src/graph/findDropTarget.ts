import type { GraphLayout, Point } from "./layout/layoutGraph";
import type { FlowGraph } from "./types";

/** Where a dragged state would land: on an edge (by the field that defines it) or in an empty scope. */
export type DropTarget = { kind: "edge"; fieldPointer: string; edgeId: string; point: Point } | { kind: "scope"; scopePointer: string; nodeId: string };

/** How close (in canvas units) the pointer must come to an edge for it to light up. */
export const DROP_DISTANCE = 56;

function distanceToSegment(p: Point, a: Point, b: Point): { distance: number; closest: Point } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  const closest = { x: a.x + t * dx, y: a.y + t * dy };
  return { distance: Math.hypot(p.x - closest.x, p.y - closest.y), closest };
}

/**
 * The drop target nearest to `point`. When moving a state, `movingPointer` excludes the
 * state's own edges and everything inside it (a container cannot be dropped into itself).
 */
export function findDropTarget(graph: FlowGraph, layout: GraphLayout, point: Point, movingPointer?: string): DropTarget | undefined {
  const inside = (id: string) => movingPointer !== undefined && (id === movingPointer || id.startsWith(movingPointer + "/") || id.startsWith(movingPointer + "#"));

  for (const node of graph.nodes) {
    if (node.kind !== "empty" || inside(node.id)) continue;
    const box = layout.nodes.get(node.id);
    if (box && point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height) {
      return { kind: "scope", scopePointer: node.scopePointer, nodeId: node.id };
    }
  }

  let best: DropTarget | undefined;
  let bestDistance = DROP_DISTANCE;
  for (const edge of graph.edges) {
    if (edge.fieldPointer === undefined || inside(edge.source) || inside(edge.target)) continue;
    const route = layout.edges.get(edge.id);
    if (!route) continue;
    for (let i = 1; i < route.points.length; i++) {
      const { distance, closest } = distanceToSegment(point, route.points[i - 1] as Point, route.points[i] as Point);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { kind: "edge", fieldPointer: edge.fieldPointer, edgeId: edge.id, point: closest };
      }
    }
  }
  return best;
}
