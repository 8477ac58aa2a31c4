import type { FlowGraph } from "../types";
import type { Box, EdgeRoute, GraphLayout } from "./layoutGraph";
import { leafSize } from "./sizes";

const LAYER_GAP = 44;
const NODE_GAP = 36;
/** Only small, flat graphs get a quick first layout; the rest wait for ELK. */
export const QUICK_LAYOUT_MAX_NODES = 80;

/**
 * A first layout for a small graph without containers, computed on the spot while ELK's worker
 * starts (its first layout takes half a second on a cold page): states in layers by their
 * longest distance from Start (back edges ignored), centred, with straight edges. ELK's layout
 * replaces it as soon as it arrives. Undefined when the graph is not small and flat.
 */
export function quickLayout(graph: FlowGraph): GraphLayout | undefined {
  if (graph.nodes.length > QUICK_LAYOUT_MAX_NODES || graph.nodes.some((n) => n.parentId !== undefined || n.isContainer || n.kind === "branch")) return undefined;
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const outgoing = new Map<string, string[]>();
  for (const edge of graph.edges) outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge.target]);

  // Longest-path layering over the DAG left when edges back to an ancestor (loops) are dropped.
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string, depth: number) => {
    if (visiting.has(id) || (layer.get(id) ?? -1) >= depth) return;
    layer.set(id, depth);
    visiting.add(id);
    for (const next of outgoing.get(id) ?? []) visit(next, depth + 1);
    visiting.delete(id);
  };
  for (const node of graph.nodes) if (node.kind === "start" || node.kind === "empty") visit(node.id, 0);
  let deepest = Math.max(0, ...layer.values());
  for (const node of graph.nodes) if (!layer.has(node.id)) layer.set(node.id, ++deepest);
  // The End marker goes below everything.
  const end = graph.nodes.find((n) => n.kind === "end");
  if (end) layer.set(end.id, Math.max(...[...layer.entries()].filter(([id]) => id !== end.id).map(([, l]) => l)) + 1);

  const layers: string[][] = [];
  for (const node of graph.nodes) (layers[layer.get(node.id) as number] ??= []).push(node.id);
  const sizes = new Map(graph.nodes.map((n) => [n.id, leafSize(n)]));
  const widest = Math.max(...layers.map((ids) => ids.reduce((w, id) => w + (sizes.get(id)?.width ?? 0) + NODE_GAP, -NODE_GAP)));
  const nodes = new Map<string, Box>();
  let y = 24;
  for (const ids of layers) {
    if (!ids) continue;
    ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const width = ids.reduce((w, id) => w + (sizes.get(id)?.width ?? 0) + NODE_GAP, -NODE_GAP);
    let x = 24 + (widest - width) / 2;
    const height = Math.max(...ids.map((id) => sizes.get(id)?.height ?? 0));
    for (const id of ids) {
      const size = sizes.get(id) ?? { width: 0, height: 0 };
      nodes.set(id, { x, y: y + (height - size.height) / 2, ...size });
      x += size.width + NODE_GAP;
    }
    y += height + LAYER_GAP;
  }
  const edges = new Map<string, EdgeRoute>();
  for (const edge of graph.edges) {
    const s = nodes.get(edge.source);
    const t = nodes.get(edge.target);
    if (s && t) edges.set(edge.id, { points: [{ x: s.x + s.width / 2, y: s.y + s.height }, { x: t.x + t.width / 2, y: t.y }] });
  }
  return { nodes, edges, width: widest + 48, height: y };
}
