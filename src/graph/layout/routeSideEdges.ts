import type { FlowEdge, FlowGraph } from "../types";
import type { Box, EdgeRoute, GraphLayout, Point } from "./layoutGraph";
import { LABEL_HEIGHT, labelWidth } from "./sizes";
import type { LayoutDirection } from "./toElkGraph";

const LANE_GAP = 8;
const FIRST_LANE = 14;

/**
 * Routes the edges ELK did not lay out (catch edges, see splitSideEdges) along the side of the
 * nodes they pass: out of the source's side, along a lane clear of every node of the same
 * container between the two ends, and into the target's side. Each target gets its own lane,
 * so several errors into one handler read as one bus.
 */
export function routeSideEdges(layout: GraphLayout, graph: FlowGraph, edges: readonly FlowEdge[], direction: LayoutDirection): void {
  if (edges.length === 0) return;
  const down = direction === "DOWN";
  // Along = the flow axis (y when top-down); across = where the lanes are (x when top-down).
  const point = (alongValue: number, acrossValue: number): Point => (down ? { x: acrossValue, y: alongValue } : { x: alongValue, y: acrossValue });
  const startAlong = (b: Box) => (down ? b.y : b.x);
  const sizeAlong = (b: Box) => (down ? b.height : b.width);
  const farAcross = (b: Box) => (down ? b.x + b.width : b.y + b.height);

  const siblings = new Map<string, Box[]>();
  for (const node of graph.nodes) {
    const box = layout.nodes.get(node.id);
    if (!box) continue;
    const key = node.parentId ?? "";
    const list = siblings.get(key) ?? [];
    list.push(box);
    siblings.set(key, list);
  }

  const lanes = new Map<string, number>();
  const laneOf = (key: string) => {
    if (!lanes.has(key)) lanes.set(key, lanes.size);
    return lanes.get(key) as number;
  };

  let extent = { x: layout.width, y: layout.height };
  for (const edge of edges) {
    const source = layout.nodes.get(edge.source);
    const target = layout.nodes.get(edge.target);
    if (!source || !target) continue;
    const from = startAlong(source) + sizeAlong(source) / 2;
    const to = startAlong(target) + sizeAlong(target) / 2;
    const low = Math.min(startAlong(source), startAlong(target));
    const high = Math.max(startAlong(source) + sizeAlong(source), startAlong(target) + sizeAlong(target));
    let clear = Math.max(farAcross(source), farAcross(target));
    for (const box of siblings.get(edge.parentId ?? "") ?? []) {
      if (startAlong(box) < high && startAlong(box) + sizeAlong(box) > low) clear = Math.max(clear, farAcross(box));
    }
    const lane = clear + FIRST_LANE + laneOf(`${edge.parentId ?? ""}→${edge.target}`) * LANE_GAP;
    const points = [point(from, farAcross(source)), point(from, lane), point(to, lane), point(to, farAcross(target))];
    const route: EdgeRoute = { points };
    if (edge.label) {
      const width = labelWidth(edge.label);
      route.label = down ? { x: farAcross(source) + 4, y: from - LABEL_HEIGHT - 2, width, height: LABEL_HEIGHT } : { x: from + 4, y: farAcross(source) + 2, width, height: LABEL_HEIGHT };
    }
    layout.edges.set(edge.id, route);
    extent = down ? { x: Math.max(extent.x, lane + 24), y: extent.y } : { x: extent.x, y: Math.max(extent.y, lane + 24) };
  }
  layout.width = extent.x;
  layout.height = extent.y;
}
