/**
 * The validator's view of a document, built in one pass: every scope (the machine, each
 * Parallel branch, each Map item processor) and every state in document order, with pointers,
 * names and the query language in force. Rules read this instead of walking the document again.
 *
 * Hostile input: only own properties are read, object identity is tracked so cyclic values
 * (possible when validate() is called on a live object, not parsed text) are walked once, and
 * scopes nested deeper than MAX_SCOPE_DEPTH are reported and skipped.
 */
import { appendPointer, escapePointerSegment, getOwn, isJsonObject, type JsonObject, type JsonValue } from "../json";
import { isStateType, type StateType } from "../types";

export type ScopeKind = "root" | "branch" | "processor";
export type QueryLanguageMode = "JSONPath" | "JSONata";

export interface ScopeInfo {
  kind: ScopeKind;
  /** Pointer of the machine object: "" for the root, "/States/P/Branches/0", "/States/M/ItemProcessor". */
  pointer: string;
  machine: JsonObject;
  /** The `States` object, when it is one. */
  statesNode: JsonObject | undefined;
  /** Object-valued states, in document order. */
  states: StateInfo[];
  byName: Map<string, StateInfo>;
  /** Keys of `States` whose value is not an object: a transition to one still resolves. */
  malformedNames: Set<string> | undefined;
  owner: StateInfo | undefined;
  branchIndex: number | undefined;
  depth: number;
}

export interface StateInfo {
  name: string;
  pointer: string;
  node: JsonObject;
  /** undefined when Type is missing or unknown. */
  type: StateType | undefined;
  scope: ScopeInfo;
  language: QueryLanguageMode;
  childScopes: ScopeInfo[];
}

export interface DocumentIndex {
  root: JsonObject;
  rootScope: ScopeInfo;
  scopes: ScopeInfo[];
  /** Pre-order: a Parallel or Map comes before the states of its branches/processor. */
  states: StateInfo[];
  /** Non-object entries of a `States` object: (scope, name, pointer, value). */
  malformedStates: { scope: ScopeInfo; name: string; pointer: string; value: JsonValue }[];
  /** Scopes skipped because they nest too deep or repeat (cyclic input). */
  skippedScopes: { pointer: string; state: StateInfo; reason: "depth" | "cycle" }[];
}

/** Every name in the scope's `States`, object-valued or not. */
export function scopeHasName(scope: ScopeInfo, name: string): boolean {
  return scope.byName.has(name) || (scope.malformedNames?.has(name) ?? false);
}

export function scopeNames(scope: ScopeInfo): string[] {
  return [...scope.byName.keys(), ...(scope.malformedNames ?? [])];
}

/** JSON Pointer escaping with a fast path for the usual names without ~ or /. */
export function escapeSegment(segment: string): string {
  return segment.includes("~") || segment.includes("/") ? escapePointerSegment(segment) : segment;
}

/** No real definition nests Parallel/Map this deep; deeper input is hostile or generated. */
export const MAX_SCOPE_DEPTH = 100;

function languageOf(node: JsonObject, inherited: QueryLanguageMode): QueryLanguageMode {
  const declared = getOwn(node, "QueryLanguage");
  return declared === "JSONata" || declared === "JSONPath" ? declared : inherited;
}

export function buildIndex(root: JsonObject): DocumentIndex {
  const seen = new WeakSet<object>();
  const scopes: ScopeInfo[] = [];
  const states: StateInfo[] = [];
  const malformedStates: DocumentIndex["malformedStates"] = [];
  const skippedScopes: DocumentIndex["skippedScopes"] = [];

  const makeScope = (kind: ScopeKind, pointer: string, machine: JsonObject, owner: StateInfo | undefined, depth: number, branchIndex?: number): ScopeInfo => {
    const statesValue = getOwn(machine, "States");
    return {
      kind,
      pointer,
      machine,
      statesNode: isJsonObject(statesValue) ? statesValue : undefined,
      states: [],
      byName: new Map(),
      malformedNames: undefined,
      owner,
      branchIndex,
      depth,
    };
  };

  const walk = (scope: ScopeInfo, language: QueryLanguageMode): void => {
    scopes.push(scope);
    const statesNode = scope.statesNode;
    if (!statesNode) return;
    for (const name of Object.keys(statesNode)) {
      const value = statesNode[name] as JsonValue;
      const pointer = `${scope.pointer}/States/${escapeSegment(name)}`;
      if (!isJsonObject(value)) {
        (scope.malformedNames ??= new Set()).add(name);
        malformedStates.push({ scope, name, pointer, value });
        continue;
      }
      const typeValue = getOwn(value, "Type");
      const info: StateInfo = {
        name,
        pointer,
        node: value,
        type: isStateType(typeValue) ? typeValue : undefined,
        scope,
        language: languageOf(value, language),
        childScopes: [],
      };
      scope.states.push(info);
      if (!scope.byName.has(name)) scope.byName.set(name, info);
      states.push(info);
      for (const child of childMachines(info)) {
        if (seen.has(child.machine)) {
          skippedScopes.push({ pointer: child.pointer, state: info, reason: "cycle" });
          continue;
        }
        if (scope.depth + 1 > MAX_SCOPE_DEPTH) {
          skippedScopes.push({ pointer: child.pointer, state: info, reason: "depth" });
          continue;
        }
        seen.add(child.machine);
        const childScope = makeScope(child.kind, child.pointer, child.machine, info, scope.depth + 1, child.branchIndex);
        info.childScopes.push(childScope);
        walk(childScope, info.language);
      }
    }
  };

  seen.add(root);
  const rootScope = makeScope("root", "", root, undefined, 0);
  walk(rootScope, languageOf(root, "JSONPath"));
  return { root, rootScope, scopes, states, malformedStates, skippedScopes };
}

interface ChildMachine {
  kind: ScopeKind;
  pointer: string;
  machine: JsonObject;
  branchIndex?: number;
}

function childMachines(info: StateInfo): ChildMachine[] {
  const node = info.node;
  if (info.type === "Parallel") {
    const branches = getOwn(node, "Branches");
    if (!Array.isArray(branches)) return [];
    const result: ChildMachine[] = [];
    for (let i = 0; i < branches.length; i++) {
      const branch = branches[i];
      if (isJsonObject(branch)) result.push({ kind: "branch", pointer: appendPointer(info.pointer, "Branches", i), machine: branch, branchIndex: i });
    }
    return result;
  }
  if (info.type === "Map") {
    // ItemProcessor wins when both are written; the pair itself is reported as mutually exclusive.
    for (const key of ["ItemProcessor", "Iterator"]) {
      const machine = getOwn(node, key);
      if (isJsonObject(machine)) return [{ kind: "processor", pointer: appendPointer(info.pointer, key), machine }];
    }
  }
  return [];
}

/** "this state machine", "this branch", "this Map's item processor": where a name must live. */
export function describeScope(scope: ScopeInfo): string {
  if (scope.kind === "root") return "this state machine";
  if (scope.kind === "branch") return "this branch";
  return "this Map's item processor";
}

/** ProcessorConfig of a Map's ItemProcessor (or deprecated Iterator), when written as an object. */
export function processorConfigOf(map: JsonObject): JsonObject | undefined {
  for (const key of ["ItemProcessor", "Iterator"]) {
    const processor = getOwn(map, key);
    if (isJsonObject(processor)) {
      const config = getOwn(processor, "ProcessorConfig");
      return isJsonObject(config) ? config : undefined;
    }
  }
  return undefined;
}

/** A Map in distributed mode: ProcessorConfig.Mode is "DISTRIBUTED" (seed L5304–L5318). */
export function isDistributedMap(map: JsonObject): boolean {
  const config = processorConfigOf(map);
  return config !== undefined && getOwn(config, "Mode") === "DISTRIBUTED";
}
