/**
 * Walks the states of a definition, top level and nested (Parallel branches, Map item
 * processors), with the JSON Pointer of each state and of the machine (scope) it lives in.
 * Tolerates half-written documents: anything that is not shaped like a machine is skipped.
 */
import { appendPointer, isJsonObject, type JsonObject, type JsonValue } from "./json";
import type { State, StatesMachine } from "./types";

export type ScopeKind = "root" | "branch" | "processor";

/** A machine with `StartAt` + `States`: the document itself, a Parallel branch, or a Map processor. */
export interface Scope {
  kind: ScopeKind;
  /** Pointer to the machine object: "" for the root, "/States/P/Branches/0", "/States/M/ItemProcessor". */
  pointer: string;
  machine: StatesMachine;
  /** The Parallel/Map state that owns this scope; undefined for the root. */
  owner?: StateLocation;
  /** Parallel branch index. */
  branchIndex?: number;
}

export interface StateLocation {
  name: string;
  /** Pointer to the state object, e.g. "/States/Charge card". Unique even when names repeat. */
  pointer: string;
  state: State;
  scope: Scope;
  /** 0 at top level, 1 inside one Parallel/Map, and so on. */
  depth: number;
}

export type TransitionKind = "next" | "choice" | "default" | "catch";

export interface Transition {
  kind: TransitionKind;
  target: string;
  /** Pointer to the string field holding the target name. */
  pointer: string;
  /** Index of the Choice rule or catcher. */
  index?: number;
}

function asMachine(value: unknown): StatesMachine | undefined {
  return isJsonObject(value) && isJsonObject(value.States) ? (value as unknown as StatesMachine) : undefined;
}

/** The scopes a state opens: one per Parallel branch, one for a Map's item processor. */
export function getChildScopes(location: StateLocation): Scope[] {
  const state = location.state as unknown as JsonObject;
  const scopes: Scope[] = [];
  if (state.Type === "Parallel" && Array.isArray(state.Branches)) {
    state.Branches.forEach((branch, branchIndex) => {
      const machine = asMachine(branch);
      if (machine) {
        scopes.push({
          kind: "branch",
          pointer: appendPointer(location.pointer, "Branches", branchIndex),
          machine,
          owner: location,
          branchIndex,
        });
      }
    });
  } else if (state.Type === "Map") {
    const key = isJsonObject(state.ItemProcessor) ? "ItemProcessor" : isJsonObject(state.Iterator) ? "Iterator" : undefined;
    const machine = key ? asMachine(state[key]) : undefined;
    if (key && machine) scopes.push({ kind: "processor", pointer: appendPointer(location.pointer, key), machine, owner: location });
  }
  return scopes;
}

export function getScopeStates(scope: Scope, depth: number): StateLocation[] {
  const result: StateLocation[] = [];
  for (const name of Object.keys(scope.machine.States)) {
    const state = scope.machine.States[name] as unknown;
    if (!isJsonObject(state)) continue;
    result.push({ name, pointer: appendPointer(scope.pointer, "States", name), state: state as unknown as State, scope, depth });
  }
  return result;
}

export function getRootScope(definition: unknown): Scope | undefined {
  const machine = asMachine(definition);
  return machine ? { kind: "root", pointer: "", machine } : undefined;
}

/**
 * Calls `visit` for every state, parents before children, in document order.
 * Return `false` from `visit` to skip a state's nested scopes.
 */
export function visitStates(definition: unknown, visit: (location: StateLocation) => void | false): void {
  const root = getRootScope(definition);
  if (!root) return;
  const walk = (scope: Scope, depth: number): void => {
    for (const location of getScopeStates(scope, depth)) {
      if (visit(location) === false) continue;
      for (const child of getChildScopes(location)) walk(child, depth + 1);
    }
  };
  walk(root, 0);
}

export function listStates(definition: unknown): StateLocation[] {
  const all: StateLocation[] = [];
  visitStates(definition, (location) => {
    all.push(location);
  });
  return all;
}

/** All scopes in the document, root first. */
export function listScopes(definition: unknown): Scope[] {
  const root = getRootScope(definition);
  if (!root) return [];
  const scopes: Scope[] = [root];
  visitStates(definition, (location) => {
    scopes.push(...getChildScopes(location));
  });
  return scopes;
}

/** Finds a state by name anywhere in the document (the first one, if names repeat). */
export function findState(definition: unknown, name: string): StateLocation | undefined {
  let found: StateLocation | undefined;
  visitStates(definition, (location) => {
    if (found) return false;
    if (location.name === name) found = location;
    return undefined;
  });
  return found;
}

export function findStateByPointer(definition: unknown, pointer: string): StateLocation | undefined {
  let found: StateLocation | undefined;
  visitStates(definition, (location) => {
    if (found) return false;
    if (location.pointer === pointer) {
      found = location;
      return false;
    }
    return pointer.startsWith(location.pointer + "/") ? undefined : false;
  });
  return found;
}

/** Resolves a transition target inside the scope the transition lives in; targets never cross scopes. */
export function resolveTarget(scope: Scope, name: string): StateLocation | undefined {
  if (!Object.prototype.hasOwnProperty.call(scope.machine.States, name)) return undefined;
  const state = scope.machine.States[name] as unknown;
  if (!isJsonObject(state)) return undefined;
  const depth = scope.owner ? scope.owner.depth + 1 : 0;
  return { name, pointer: appendPointer(scope.pointer, "States", name), state: state as unknown as State, scope, depth };
}

/** The outgoing transitions of a state: Next, each Choice rule's Next, Default, each catcher's Next. */
export function getTransitions(location: StateLocation): Transition[] {
  const state = location.state as unknown as JsonObject;
  const transitions: Transition[] = [];
  const add = (kind: TransitionKind, value: JsonValue | undefined, pointer: string, index?: number) => {
    if (typeof value === "string") transitions.push(index === undefined ? { kind, target: value, pointer } : { kind, target: value, pointer, index });
  };
  add("next", state.Next, appendPointer(location.pointer, "Next"));
  if (Array.isArray(state.Choices)) {
    state.Choices.forEach((rule, index) => {
      if (isJsonObject(rule)) add("choice", rule.Next, appendPointer(location.pointer, "Choices", index, "Next"), index);
    });
  }
  add("default", state.Default, appendPointer(location.pointer, "Default"));
  if (Array.isArray(state.Catch)) {
    state.Catch.forEach((catcher, index) => {
      if (isJsonObject(catcher)) add("catch", catcher.Next, appendPointer(location.pointer, "Catch", index, "Next"), index);
    });
  }
  return transitions;
}

/** Pointer of the machine that contains the state at `statePointer` ("/States/A" → ""). */
export function scopePointerOf(statePointer: string): string {
  const index = statePointer.lastIndexOf("/States/");
  return index <= 0 ? "" : statePointer.slice(0, index);
}
