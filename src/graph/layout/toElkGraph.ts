import type { ElkExtendedEdge, ElkNode, LayoutOptions } from "elkjs/lib/elk-api";
import type { FlowEdge, FlowGraph } from "../types";
import { BRANCH_HEADER, CONTAINER_HEADER, CONTAINER_PADDING, LABEL_HEIGHT, labelWidth, leafSize } from "./sizes";

export type LayoutDirection = "DOWN" | "RIGHT";

const ROOT_ID = "__root__";

function layerOptions(direction: LayoutDirection): LayoutOptions {
  return {
    "elk.algorithm": "layered",
    "elk.direction": direction,
    "elk.spacing.nodeNode": "36",
    "elk.layered.spacing.nodeNodeBetweenLayers": "44",
    "elk.spacing.edgeNode": "18",
    "elk.spacing.edgeEdge": "12",
    "elk.spacing.edgeLabel": "4",
    "elk.layered.spacing.edgeNodeBetweenLayers": "18",
    "elk.edgeRouting": "ORTHOGONAL",
    "elk.edgeLabels.inline": "false",
    "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  };
}

/** From this many nodes on, layout favours speed (see the thoroughness option below). */
export const LARGE_GRAPH_NODES = 600;

/** Extra room beside a container's children for catch edges routed along its side. */
export const SIDE_GUTTER = 36;

/**
 * Catch edges stay out of ELK: error paths usually run to one shared handler far below, and each
 * such long edge costs ELK a chain of dummy nodes (a 1,000-state machine went from ~0.5 s to ~9 s).
 * They are routed afterwards along the side (routeSideEdges). A handler reached only by catch
 * edges keeps its first one in ELK, so it is placed after the state that first catches.
 */
export function splitSideEdges(graph: FlowGraph): { layered: FlowEdge[]; side: FlowEdge[] } {
  const reachedOtherwise = new Set(graph.edges.filter((e) => e.kind !== "catch").map((e) => e.target));
  const anchored = new Set<string>();
  const layered: FlowEdge[] = [];
  const side: FlowEdge[] = [];
  for (const edge of graph.edges) {
    if (edge.kind !== "catch") layered.push(edge);
    else if (!reachedOtherwise.has(edge.target) && !anchored.has(edge.target)) {
      anchored.add(edge.target);
      layered.push(edge);
    } else side.push(edge);
  }
  return { layered, side };
}

/**
 * The flow graph as an ELK compound graph: containers (Map states, Parallel states and their
 * branch lanes) hold their children and the edges between them, each laid out on its own
 * (no edge crosses a container boundary). Coordinates come back absolute
 * (`elk.json.*Coords: ROOT`), so the canvas needs no parent offsets.
 */
export function toElkGraph(graph: FlowGraph, direction: LayoutDirection = "DOWN", edges: readonly FlowEdge[] = graph.edges): ElkNode {
  const root: ElkNode = {
    id: ROOT_ID,
    layoutOptions: {
      ...layerOptions(direction),
      // Large graphs trade a little crossing reduction for about 15% less layout time.
      ...(graph.nodes.length > LARGE_GRAPH_NODES ? { "elk.layered.thoroughness": "1" } : {}),
      "elk.hierarchyHandling": "SEPARATE_CHILDREN",
      "elk.json.shapeCoords": "ROOT",
      "elk.json.edgeCoords": "ROOT",
      "elk.padding": "[top=24,left=24,bottom=24,right=24]",
    },
    children: [],
    edges: [],
  };
  const elkNodes = new Map<string, ElkNode>([[ROOT_ID, root]]);
  const layeredIds = new Set(edges.map((e) => e.id));
  const sideEdgeParents = new Set(graph.edges.filter((e) => !layeredIds.has(e.id)).map((e) => e.parentId ?? ROOT_ID));
  // Side-routed edges run along the right (top-down layout) or the bottom (left-to-right).
  const padding = (top: number, side: number, gutter: boolean) => {
    const extra = gutter ? SIDE_GUTTER : 0;
    return direction === "DOWN" ? `[top=${top},left=${side},bottom=${side},right=${side + extra}]` : `[top=${top},left=${side},bottom=${side + extra},right=${side}]`;
  };
  const containerOf = (parentId: string | undefined) => elkNodes.get(parentId ?? ROOT_ID) ?? root;

  for (const node of graph.nodes) {
    const elkNode: ElkNode = { id: node.id };
    if (node.isContainer) {
      elkNode.layoutOptions = {
        ...layerOptions(direction),
        "elk.padding": padding(CONTAINER_HEADER, CONTAINER_PADDING, sideEdgeParents.has(node.id)),
      };
      elkNode.children = [];
      elkNode.edges = [];
    } else if (node.kind === "branch") {
      elkNode.layoutOptions = { ...layerOptions(direction), "elk.padding": padding(BRANCH_HEADER, 12, sideEdgeParents.has(node.id)) };
      elkNode.children = [];
      elkNode.edges = [];
    } else {
      Object.assign(elkNode, leafSize(node));
    }
    elkNodes.set(node.id, elkNode);
    containerOf(node.parentId).children?.push(elkNode);
  }

  for (const edge of edges) {
    const elkEdge: ElkExtendedEdge = { id: edge.id, sources: [edge.source], targets: [edge.target] };
    if (edge.label) elkEdge.labels = [{ text: edge.label, width: labelWidth(edge.label), height: LABEL_HEIGHT }];
    containerOf(edge.parentId).edges?.push(elkEdge);
  }
  return root;
}
