import { appendPointer, isJsonObject } from "../asl/json";
import { findStateByPointer, getRootScope, getScopeStates } from "../asl/traverse";
import type { FlowGraph } from "./types";

export type InsertionPoint = { kind: "edge"; fieldPointer: string } | { kind: "scope"; scopePointer: string };

/**
 * Where keyboard insertion and paste put new states: right after the selected state (its Next,
 * End or Default edge), before it when it is terminal, else at the end of the main flow.
 */
export function insertionPointAfter(definition: unknown, graph: FlowGraph, statePointer: string | undefined): InsertionPoint | undefined {
  const location = statePointer ? findStateByPointer(definition, statePointer) : undefined;
  if (location) {
    const state = location.state as unknown as Record<string, unknown>;
    if (typeof state.Next === "string") return { kind: "edge", fieldPointer: appendPointer(location.pointer, "Next") };
    if (state.End === true) return { kind: "edge", fieldPointer: appendPointer(location.pointer, "End") };
    if (typeof state.Default === "string") return { kind: "edge", fieldPointer: appendPointer(location.pointer, "Default") };
    const incoming = graph.edges.find((e) => e.target === location.pointer && e.fieldPointer !== undefined);
    if (incoming?.fieldPointer) return { kind: "edge", fieldPointer: incoming.fieldPointer };
  }
  const root = getRootScope(definition);
  if (!root) return undefined;
  const states = getScopeStates(root, 0);
  if (states.length === 0) return { kind: "scope", scopePointer: "" };
  const last = states.find((s) => isJsonObject(s.state as unknown) && (s.state as unknown as Record<string, unknown>).End === true);
  if (last) return { kind: "edge", fieldPointer: appendPointer(last.pointer, "End") };
  const start = graph.edges.find((e) => e.kind === "start" && e.parentId === undefined);
  return start?.fieldPointer ? { kind: "edge", fieldPointer: start.fieldPointer } : undefined;
}
