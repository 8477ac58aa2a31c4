/**
 * Which workflow variables a state can read: those assigned on some way into it
 * ("Passing data between states with variables", "Variable scope"). Pure, over a plain
 * definition, so the code editor (completion, hover), the inspector and the simulator share it.
 *
 * - Inside one scope (the machine, a Parallel branch, a Map item processor) a variable is
 *   available to a state when an edge into the state, or into a state before it, assigns it: the
 *   Next of a state with Assign, the matched Choice rule's own Assign (the state's Assign only on
 *   Default), a catcher's Assign on its way to the catcher's Next. A state's own Assign is not
 *   visible to its own expressions (they read the values of state entry), unless a loop leads
 *   back to it.
 * - States in a branch or iteration also see the variables available to their Parallel or Map
 *   state (outer scopes, recursively); what they assign stays inside. The Map's or Parallel's
 *   own Assign runs after its branches, so its inner states do not see it.
 * - A distributed Map's child executions see no outer variable (DECISION in interpret/variables.ts).
 */
import { appendPointer, escapePointerSegment, getOwn, isJsonObject, type JsonObject, type JsonValue } from "../../asl/json";
import { findStateByPointer, getScopeStates, getTransitions, resolveTarget, visitStates, type Scope, type StateLocation, type Transition } from "../../asl/traverse";

export interface VariableSource {
  /** The state whose Assign (its own, a Choice rule's, a catcher's) sets the variable. */
  stateName: string;
  statePointer: string;
  /** Pointer of the Assign key (`…/Assign/total` or `…/Assign/total.$`). */
  pointer: string;
  /** The key as written (JSONPath: `total.$`). */
  key: string;
  /** The value as written. */
  value: JsonValue;
  /** 0: the state's own scope; 1: the scope around it, and so on. */
  outer: number;
}

export interface VariableInScope {
  name: string;
  sources: VariableSource[];
}

/** The variable names a key of an Assign object sets (JSONPath `x.$` sets x). */
export function variableNameOfKey(key: string): string {
  return key.endsWith(".$") ? key.slice(0, -2) : key;
}

interface AssignSite {
  assign: JsonObject;
  pointer: string;
}

/** The Assign that takes effect when the state leaves along `transition`. */
function assignOnEdge(location: StateLocation, transition: Transition): AssignSite | undefined {
  const state = location.state as unknown as JsonObject;
  const at = (node: JsonValue | undefined, pointer: string): AssignSite | undefined => {
    const assign = isJsonObject(node) ? getOwn(node, "Assign") : undefined;
    return isJsonObject(assign) ? { assign, pointer: appendPointer(pointer, "Assign") } : undefined;
  };
  switch (transition.kind) {
    case "next":
    case "default":
      return at(state, location.pointer);
    case "choice": {
      const rules = getOwn(state, "Choices");
      const index = transition.index ?? -1;
      return Array.isArray(rules) ? at(rules[index], appendPointer(location.pointer, "Choices", index)) : undefined;
    }
    case "catch": {
      const catchers = getOwn(state, "Catch");
      const index = transition.index ?? -1;
      return Array.isArray(catchers) ? at(catchers[index], appendPointer(location.pointer, "Catch", index)) : undefined;
    }
  }
}

function isDistributedProcessor(scope: Scope): boolean {
  if (scope.kind !== "processor" || !scope.owner) return false;
  const processor = getOwn(scope.owner.state as unknown as JsonObject, "ItemProcessor");
  const config = isJsonObject(processor) ? getOwn(processor, "ProcessorConfig") : undefined;
  return isJsonObject(config) && getOwn(config, "Mode") === "DISTRIBUTED";
}

/** States of the scope reachable from its StartAt (only they ever run). */
function reachableFromStart(scope: Scope, depth: number): Set<string> {
  const reached = new Set<string>();
  const start = scope.machine.StartAt;
  if (typeof start !== "string") return reached;
  const queue = [start];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (reached.has(name)) continue;
    const location = resolveTarget(scope, name);
    if (!location) continue;
    reached.add(name);
    for (const t of getTransitions({ ...location, depth })) if (!reached.has(t.target)) queue.push(t.target);
  }
  return reached;
}

/** The Assign sites on some way from the scope's start into `target`, inside its scope. */
function assignsBefore(target: StateLocation): { location: StateLocation; site: AssignSite }[] {
  const scope = target.scope;
  const states = getScopeStates(scope, target.depth);
  const reachable = reachableFromStart(scope, target.depth);
  const incoming = new Map<string, { from: StateLocation; transition: Transition }[]>();
  for (const location of states) {
    if (!reachable.has(location.name)) continue;
    for (const transition of getTransitions(location)) {
      const list = incoming.get(transition.target) ?? [];
      list.push({ from: location, transition });
      incoming.set(transition.target, list);
    }
  }
  const found: { location: StateLocation; site: AssignSite }[] = [];
  const seen = new Set<string>([target.name]);
  const queue = [target.name];
  const edges = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift() as string;
    for (const { from, transition } of incoming.get(name) ?? []) {
      const key = `${transition.pointer}`;
      if (edges.has(key)) continue;
      edges.add(key);
      const site = assignOnEdge(from, transition);
      if (site) found.push({ location: from, site });
      if (!seen.has(from.name)) {
        seen.add(from.name);
        queue.push(from.name);
      }
    }
  }
  return found;
}

/**
 * The variables a state can read when it is entered, by name, with the Assign keys that set
 * them (nearest scope first). Empty when the pointer names no state.
 */
export function variablesInScope(definition: JsonValue | undefined, statePointer: string): VariableInScope[] {
  const start = findStateByPointer(definition, statePointer);
  if (!start) return [];
  const byName = new Map<string, VariableSource[]>();
  let location: StateLocation | undefined = start;
  let outer = 0;
  while (location) {
    for (const { location: from, site } of assignsBefore(location)) {
      for (const key of Object.keys(site.assign)) {
        const name = variableNameOfKey(key);
        if (name === "") continue;
        const list = byName.get(name) ?? [];
        list.push({ stateName: from.name, statePointer: from.pointer, pointer: `${site.pointer}/${escapePointerSegment(key)}`, key, value: site.assign[key] as JsonValue, outer });
        byName.set(name, list);
      }
    }
    const scope: Scope = location.scope;
    if (scope.kind === "root" || isDistributedProcessor(scope)) break;
    location = scope.owner;
    outer++;
  }
  return [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, sources]) => ({ name, sources }));
}

/** Every Assign key of the document, wherever it is (for "assigned elsewhere" hints). */
export function allAssignments(definition: JsonValue | undefined): Map<string, { stateName: string; pointer: string }[]> {
  const out = new Map<string, { stateName: string; pointer: string }[]>();
  const add = (stateName: string, node: JsonValue | undefined, pointer: string) => {
    const assign = isJsonObject(node) ? getOwn(node, "Assign") : undefined;
    if (!isJsonObject(assign)) return;
    for (const key of Object.keys(assign)) {
      const name = variableNameOfKey(key);
      const list = out.get(name) ?? [];
      list.push({ stateName, pointer: `${pointer}/Assign/${escapePointerSegment(key)}` });
      out.set(name, list);
    }
  };
  visitStates(definition, (location) => {
    const state = location.state as unknown as JsonObject;
    add(location.name, state, location.pointer);
    const rules = getOwn(state, "Choices");
    if (Array.isArray(rules)) rules.forEach((rule, i) => add(location.name, rule, appendPointer(location.pointer, "Choices", i)));
    const catchers = getOwn(state, "Catch");
    if (Array.isArray(catchers)) catchers.forEach((catcher, i) => add(location.name, catcher, appendPointer(location.pointer, "Catch", i)));
  });
  return out;
}
