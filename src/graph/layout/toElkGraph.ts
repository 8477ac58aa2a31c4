import type { ElkExtendedEdge, ElkNode, LayoutOptions } from "elkjs/lib/elk-api";
import type { FlowGraph } from "../types";
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

/**
 * The flow graph as an ELK compound graph: containers (Map states, Parallel states and their
 * branch lanes) hold their children and the edges between them. Coordinates come back
 * absolute (`elk.json.*Coords: ROOT`), so the canvas needs no parent offsets.
 */
export function toElkGraph(graph: FlowGraph, direction: LayoutDirection = "DOWN"): ElkNode {
  const root: ElkNode = {
    id: ROOT_ID,
    layoutOptions: {
      ...layerOptions(direction),
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.json.shapeCoords": "ROOT",
      "elk.json.edgeCoords": "ROOT",
      "elk.padding": "[top=24,left=24,bottom=24,right=24]",
    },
    children: [],
    edges: [],
  };
  const elkNodes = new Map<string, ElkNode>([[ROOT_ID, root]]);
  const containerOf = (parentId: string | undefined) => elkNodes.get(parentId ?? ROOT_ID) ?? root;

  for (const node of graph.nodes) {
    const elkNode: ElkNode = { id: node.id };
    if (node.isContainer) {
      elkNode.layoutOptions = {
        ...layerOptions(direction),
        "elk.padding": `[top=${CONTAINER_HEADER},left=${CONTAINER_PADDING},bottom=${CONTAINER_PADDING},right=${CONTAINER_PADDING}]`,
      };
      elkNode.children = [];
      elkNode.edges = [];
    } else if (node.kind === "branch") {
      elkNode.layoutOptions = { ...layerOptions(direction), "elk.padding": `[top=${BRANCH_HEADER},left=12,bottom=12,right=12]` };
      elkNode.children = [];
      elkNode.edges = [];
    } else {
      Object.assign(elkNode, leafSize(node));
    }
    elkNodes.set(node.id, elkNode);
    containerOf(node.parentId).children?.push(elkNode);
  }

  for (const edge of graph.edges) {
    const elkEdge: ElkExtendedEdge = { id: edge.id, sources: [edge.source], targets: [edge.target] };
    if (edge.label) elkEdge.labels = [{ text: edge.label, width: labelWidth(edge.label), height: LABEL_HEIGHT }];
    containerOf(edge.parentId).edges?.push(elkEdge);
  }
  return root;
}
