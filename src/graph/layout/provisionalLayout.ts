import type { FlowGraph } from "../types";
import type { Box, GraphLayout, Point } from "./layoutGraph";
import { leafSize } from "./sizes";

/** At most this many new nodes are placed by guess (a paste or a pattern); more wait for ELK. */
const MAX_GUESSED = 12;

/**
 * A stand-in layout for a changed graph while ELK computes the real one (half a second on a
 * 1,000-state machine): every node and edge that already had a place keeps it, a new state sits
 * between its predecessor and its successor (where it was dropped, for an insertion on an edge),
 * and new edges are drawn straight. The real layout replaces it as soon as it arrives.
 */
export function provisionalLayout(graph: FlowGraph, previous: GraphLayout): GraphLayout {
  const nodes = new Map<string, Box>();
  const placed = (id: string) => previous.nodes.get(id);
  for (const node of graph.nodes) {
    const box = previous.nodes.get(node.id);
    if (box) nodes.set(node.id, box);
  }
  // A new document, or a large change: nothing sensible to guess; the real layout follows.
  const added = graph.nodes.length - nodes.size;
  if (added > Math.max(MAX_GUESSED, graph.nodes.length * 0.05)) return { nodes, edges: new Map(), width: previous.width, height: previous.height };

  for (const node of graph.nodes) {
    if (nodes.has(node.id) || node.kind === "branch" || node.isContainer) continue;
    const size = leafSize(node);
    const incoming = graph.edges.find((e) => e.target === node.id && placed(e.source));
    const outgoing = graph.edges.find((e) => e.source === node.id && placed(e.target));
    const from = incoming ? placed(incoming.source) : undefined;
    const to = outgoing ? placed(outgoing.target) : undefined;
    let centre: Point | undefined;
    if (from && to) centre = { x: (from.x + from.width / 2 + to.x + to.width / 2) / 2, y: (from.y + from.height + to.y) / 2 };
    else if (from) centre = { x: from.x + from.width / 2, y: from.y + from.height + 24 + size.height / 2 };
    else if (to) centre = { x: to.x + to.width / 2, y: to.y - 24 - size.height / 2 };
    if (centre) nodes.set(node.id, { x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size });
  }

  const edges = new Map(previous.edges);
  for (const edge of graph.edges) {
    if (edges.has(edge.id)) continue;
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) continue;
    edges.set(edge.id, {
      points: [
        { x: source.x + source.width / 2, y: source.y + source.height },
        { x: target.x + target.width / 2, y: target.y },
      ],
    });
  }
  return { nodes, edges, width: previous.width, height: previous.height };
}
