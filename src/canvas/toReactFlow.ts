import type { Edge, Node } from "@xyflow/react";
import type { Diagnostic } from "../asl/diagnostics";
import type { StateType } from "../asl/types";
import type { GraphLayout, Point } from "../graph/layout/layoutGraph";
import type { FlowEdgeKind, FlowGraph, FlowNode } from "../graph/types";
import { edgeKey, type NodeRunInfo, type RunOverlay } from "../simulator/model/runOverlay";

export interface StateNodeData extends Record<string, unknown> {
  name: string;
  stateType: StateType | undefined;
  subtitle: string;
  errors: number;
  warnings: number;
  isContainer: boolean;
  /** The simulator's view of this state in the current run (absent: no run). */
  run?: NodeRunInfo;
  breakpoint?: boolean;
  /** The run is paused just before this state. */
  paused?: boolean;
}

/** What the simulator adds to the graph: the run overlay, breakpoints, where a run is paused. */
export interface CanvasRunState {
  overlay: RunOverlay | undefined;
  breakpoints: readonly string[];
  pausedAt: string | undefined;
}

export interface MarkerNodeData extends Record<string, unknown> {
  marker: "start" | "end";
  nested: boolean;
}

export interface BranchNodeData extends Record<string, unknown> {
  index: number;
  parallelPointer: string;
  /** False for a Parallel's only branch: a Parallel needs at least one. */
  removable: boolean;
}

export interface EmptyNodeData extends Record<string, unknown> {
  scopePointer: string;
}

export type CanvasNode =
  | Node<StateNodeData, "state">
  | Node<StateNodeData, "container">
  | Node<MarkerNodeData, "marker">
  | Node<BranchNodeData, "branch">
  | Node<EmptyNodeData, "empty">;

export interface RoutedEdgeData extends Record<string, unknown> {
  kind: FlowEdgeKind;
  points: Point[];
  label?: string;
  labelBox?: { x: number; y: number; width: number; height: number };
  fieldPointer?: string;
  /** The run took this transition. */
  taken?: boolean;
}

export type CanvasEdge = Edge<RoutedEdgeData, "routed">;

function issueCounts(diagnostics: readonly Diagnostic[]): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    if (!d.statePointer) continue;
    const entry = counts.get(d.statePointer) ?? { errors: 0, warnings: 0 };
    if (d.severity === "error") entry.errors++;
    else if (d.severity === "warning") entry.warnings++;
    counts.set(d.statePointer, entry);
  }
  return counts;
}

export function stateAriaLabel(data: StateNodeData): string {
  const problems = [data.errors > 0 ? `${data.errors} ${data.errors === 1 ? "error" : "errors"}` : "", data.warnings > 0 ? `${data.warnings} ${data.warnings === 1 ? "warning" : "warnings"}` : ""].filter(Boolean);
  const run = data.run ? [`${data.run.label.toLowerCase()}${data.run.retries > 0 ? ` after ${data.run.retries} ${data.run.retries === 1 ? "retry" : "retries"}` : ""}${data.run.count ? `, ${data.run.count}` : ""}`] : [];
  const extra = [...run, ...(data.paused ? ["paused here"] : []), ...(data.breakpoint ? ["breakpoint"] : [])];
  return `${data.stateType ?? "Unknown"} state ${data.name}${problems.length ? ", " + problems.join(", ") : ""}${extra.length ? ", " + extra.join(", ") : ""}`;
}

/** Graph + layout → React Flow nodes (positions relative to their container) and routed edges. */
export function toReactFlow(graph: FlowGraph, layout: GraphLayout, diagnostics: readonly Diagnostic[], selection: readonly string[], runState?: CanvasRunState): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const counts = issueCounts(diagnostics);
  const overlay = runState?.overlay;
  const breakpoints = new Set(runState?.breakpoints ?? []);
  const selected = new Set(selection);
  const names = new Map<string, string>();
  const nodes: CanvasNode[] = [];

  for (const node of graph.nodes) {
    const box = layout.nodes.get(node.id);
    if (!box) continue;
    const parentBox = node.parentId ? layout.nodes.get(node.parentId) : undefined;
    if (node.parentId && !parentBox) continue;
    const position = { x: box.x - (parentBox?.x ?? 0), y: box.y - (parentBox?.y ?? 0) };
    const common = { id: node.id, position, width: box.width, height: box.height, ...(node.parentId ? { parentId: node.parentId } : {}) };
    names.set(node.id, node.name ?? markerName(node));
    switch (node.kind) {
      case "state": {
        const issues = counts.get(node.id) ?? { errors: 0, warnings: 0 };
        const data: StateNodeData = { name: node.name ?? "", stateType: node.stateType, subtitle: node.subtitle ?? "", errors: issues.errors, warnings: issues.warnings, isContainer: node.isContainer === true };
        if (overlay) data.run = overlay.nodes.get(node.id) ?? { status: "not-run", label: "Not run", visits: 0, retries: 0 };
        if (breakpoints.has(node.id)) data.breakpoint = true;
        if (runState?.pausedAt === node.id) data.paused = true;
        nodes.push({
          ...common,
          type: node.isContainer ? "container" : "state",
          data,
          selected: selected.has(node.id),
          ariaLabel: stateAriaLabel(data),
          domAttributes: {
            "data-testid": "state-node",
            "data-state-name": data.name,
            "data-state-type": String(node.stateType ?? ""),
            "data-status": data.run?.status ?? "not-run",
            ...(data.breakpoint ? { "data-breakpoint": "true" } : {}),
          } as Record<string, string>,
        });
        break;
      }
      case "start":
      case "end":
        nodes.push({ ...common, type: "marker", data: { marker: node.kind, nested: node.depth > 0 }, selectable: false, draggable: false, focusable: false });
        break;
      case "branch":
        // React Flow turns pointer events off on non-interactive nodes; lanes and slots take drops and clicks.
        nodes.push({ ...common, type: "branch", data: { index: node.branchIndex ?? 0, parallelPointer: node.parentId ?? "", removable: (node.branchCount ?? 0) > 1 }, selectable: false, draggable: false, focusable: false, style: { pointerEvents: "all" } });
        break;
      case "empty":
        nodes.push({ ...common, type: "empty", data: { scopePointer: node.scopePointer }, selectable: false, draggable: false, focusable: false, style: { pointerEvents: "all" } });
        break;
    }
  }

  const edges: CanvasEdge[] = [];
  for (const edge of graph.edges) {
    const route = layout.edges.get(edge.id);
    if (!route) continue;
    const data: RoutedEdgeData = { kind: edge.kind, points: route.points };
    if (edge.label !== undefined) data.label = edge.label;
    if (route.label) data.labelBox = route.label;
    if (edge.fieldPointer !== undefined) data.fieldPointer = edge.fieldPointer;
    if (overlay?.edges.has(edgeKey(edge.source, edge.target, edge.kind === "catch"))) data.taken = true;
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: "routed",
      data,
      selectable: false,
      focusable: false,
      zIndex: data.taken ? 2 : 1,
      domAttributes: { "data-testid": "edge", "data-source": names.get(edge.source) ?? "", "data-target": names.get(edge.target) ?? "", "data-kind": edge.kind, ...(data.taken ? { "data-taken": "true" } : {}) } as Record<string, string>,
    });
  }
  return { nodes, edges };
}

function markerName(node: FlowNode): string {
  return node.kind === "start" ? "Start" : node.kind === "end" ? "End" : "";
}
