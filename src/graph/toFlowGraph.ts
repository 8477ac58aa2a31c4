import { appendPointer, isJsonObject, type JsonObject } from "../asl/json";
import { getChildScopes, getRootScope, getScopeStates, getTransitions, resolveTarget, type Scope, type StateLocation } from "../asl/traverse";
import { isStateType } from "../asl/types";
import { describeCondition } from "./describeCondition";
import { describeState } from "./describeState";
import type { FlowEdge, FlowGraph, FlowNode } from "./types";

export const startId = (scopePointer: string) => `${scopePointer}#start`;
export const endId = (scopePointer: string) => `${scopePointer}#end`;
export const emptyId = (scopePointer: string) => `${scopePointer}#empty`;

/**
 * ASL → the graph the canvas draws: one node per state, a Start and an End marker per scope,
 * Parallel and Map as containers (a Parallel holds one lane per branch), and one edge per
 * transition, each carrying the pointer of the field that defines it.
 */
export function toFlowGraph(definition: unknown): FlowGraph {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const root = getRootScope(definition);
  if (root) addScope(root, undefined, 0);
  return { nodes, edges };

  function addScope(scope: Scope, parentId: string | undefined, depth: number): void {
    const states = getScopeStates(scope, depth);
    const withParent = <T extends object>(item: T): T & { parentId?: string } => (parentId === undefined ? item : { ...item, parentId });
    if (states.length === 0) {
      nodes.push(withParent({ id: emptyId(scope.pointer), kind: "empty" as const, scopePointer: scope.pointer, depth }));
      return;
    }
    const start = startId(scope.pointer);
    const end = endId(scope.pointer);
    nodes.push(withParent({ id: start, kind: "start" as const, scopePointer: scope.pointer, depth }));
    const first = typeof scope.machine.StartAt === "string" ? resolveTarget(scope, scope.machine.StartAt) : undefined;
    if (first) edges.push(withParent({ id: `${start}->${first.pointer}`, source: start, target: first.pointer, kind: "start" as const, fieldPointer: appendPointer(scope.pointer, "StartAt") }));

    let hasEnd = false;
    for (const location of states) {
      addState(location, parentId, depth);
      const state = location.state as unknown as JsonObject;
      for (const transition of getTransitions(location)) {
        const target = resolveTarget(scope, transition.target);
        if (!target) continue;
        const label =
          transition.kind === "choice"
            ? describeCondition(Array.isArray(state.Choices) ? state.Choices[transition.index ?? 0] : undefined)
            : transition.kind === "default"
              ? "Default"
              : transition.kind === "catch"
                ? catchLabel(state, transition.index ?? 0)
                : undefined;
        const edge: FlowEdge = { id: `${transition.pointer}->${target.pointer}`, source: location.pointer, target: target.pointer, kind: transition.kind, fieldPointer: transition.pointer };
        if (label !== undefined) edge.label = label;
        edges.push(withParent(edge));
      }
      if (state.End === true) {
        hasEnd = true;
        edges.push(withParent({ id: `${location.pointer}->end`, source: location.pointer, target: end, kind: "end" as const, fieldPointer: appendPointer(location.pointer, "End") }));
      } else if (state.Type === "Succeed" || state.Type === "Fail") {
        hasEnd = true;
        edges.push(withParent({ id: `${location.pointer}->end`, source: location.pointer, target: end, kind: "end" as const }));
      }
    }
    if (hasEnd) nodes.push(withParent({ id: end, kind: "end" as const, scopePointer: scope.pointer, depth }));
  }

  function addState(location: StateLocation, parentId: string | undefined, depth: number): void {
    const state = location.state as unknown as JsonObject;
    const type = isStateType(state.Type) ? state.Type : undefined;
    const node: FlowNode = { id: location.pointer, kind: "state", scopePointer: location.scope.pointer, depth, name: location.name, subtitle: describeState(state) };
    if (parentId !== undefined) node.parentId = parentId;
    if (type) node.stateType = type;
    const scopes = getChildScopes(location);
    if (type === "Parallel" || type === "Map") node.isContainer = true;
    nodes.push(node);
    if (type === "Parallel") {
      const branchCount = Array.isArray(state.Branches) ? state.Branches.length : 0;
      for (const scope of scopes) {
        nodes.push({ id: scope.pointer, kind: "branch", parentId: location.pointer, scopePointer: scope.pointer, depth: depth + 1, branchIndex: scope.branchIndex ?? 0, branchCount });
        addScope(scope, scope.pointer, depth + 1);
      }
      // Dropping a state on this slot creates the first branch (see getMachineAt).
      if (branchCount === 0) {
        const firstBranch = appendPointer(location.pointer, "Branches", 0);
        nodes.push({ id: emptyId(firstBranch), kind: "empty", parentId: location.pointer, scopePointer: firstBranch, depth: depth + 1 });
      }
    } else if (type === "Map") {
      const [processor] = scopes;
      if (processor) addScope(processor, location.pointer, depth + 1);
      else nodes.push({ id: emptyId(appendPointer(location.pointer, "ItemProcessor")), kind: "empty", parentId: location.pointer, scopePointer: appendPointer(location.pointer, "ItemProcessor"), depth: depth + 1 });
    }
  }
}

function catchLabel(state: JsonObject, index: number): string {
  const catcher = Array.isArray(state.Catch) ? state.Catch[index] : undefined;
  const errors = isJsonObject(catcher) && Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals.filter((e): e is string => typeof e === "string") : [];
  const text = errors.join(", ") || "Catch";
  return text.length > 40 ? text.slice(0, 39) + "…" : text;
}
