import type { ElkNode } from "elkjs/lib/elk-api";
import type { FlowGraph, FlowNode } from "../types";
import { routeSideEdges } from "./routeSideEdges";
import { labelWidth, leafSize } from "./sizes";
import { splitSideEdges, toElkGraph, type LayoutDirection } from "./toElkGraph";

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

export interface EdgeRoute {
  points: Point[];
  label?: Box;
}

/** Absolute positions of every node and the route of every edge. */
export interface GraphLayout {
  nodes: Map<string, Box>;
  edges: Map<string, EdgeRoute>;
  width: number;
  height: number;
}

/** The part of ELK we use, so the browser can pass its Worker-backed instance and Node the bundled one. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export async function layoutGraph(graph: FlowGraph, elk: ElkLike, direction: LayoutDirection = "DOWN"): Promise<GraphLayout> {
  const { layered, side } = splitSideEdges(graph);
  const layout = fromElkResult(await elk.layout(toElkGraph(graph, direction, layered)));
  routeSideEdges(layout, graph, side, direction);
  return layout;
}

export function fromElkResult(root: ElkNode): GraphLayout {
  const nodes = new Map<string, Box>();
  const edges = new Map<string, EdgeRoute>();
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      nodes.set(child.id, { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 });
      visit(child);
    }
    for (const edge of node.edges ?? []) {
      const section = edge.sections?.[0];
      if (!section) continue;
      const route: EdgeRoute = { points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(({ x, y }) => ({ x, y })) };
      const label = edge.labels?.[0];
      if (label) route.label = { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 };
      edges.set(edge.id, route);
    }
  };
  visit(root);
  return { nodes, edges, width: root.width ?? 0, height: root.height ?? 0 };
}

/**
 * A key that changes only when the layout would: nodes, their sizes and containers, edges and the
 * width reserved for their labels. Label text, field values and comments do not enter it, so
 * editing a Choice value or a catcher's errors re-lays out only when the label needs more room.
 */
export function layoutKey(graph: FlowGraph, direction: LayoutDirection): string {
  const parts: string[] = [direction];
  for (const node of graph.nodes) parts.push(`${node.id}|${node.kind}|${node.parentId ?? ""}|${sizeKey(node)}`);
  for (const edge of graph.edges) parts.push(`${edge.id}|${edge.label ? labelWidth(edge.label) : ""}`);
  return parts.join("\n");
}

function sizeKey(node: FlowNode): string {
  if (node.isContainer || node.kind === "branch") return "container";
  const { width, height } = leafSize(node);
  return `${width}x${height}`;
}
