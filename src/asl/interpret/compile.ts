/**
 * Definitions are compiled lazily, once: each state's paths, templates, retriers and catchers
 * are parsed on its first visit and cached against the definition object, so repeated runs (the
 * UI re-running, a Map's thousands of iterations) reuse them.
 */
import { appendPointer, isJsonObject, type JsonValue } from "../json";
import type { Catcher, QueryLanguage, Retrier, State, StatesMachine } from "../types";
import { compileTemplate, type TemplateNode } from "./io/payloadTemplate";
import { compileResultPath, type ResultPathSpec } from "./io/resultPath";
import { compilePathSpec, type PathSpec } from "./io/selectPath";
import { enteredCode, exitedCode } from "./record";
import type { StateHandler } from "./states/types";

export interface CompiledScope {
  pointer: string;
  machine: StatesMachine;
  queryLanguage: QueryLanguage;
  states: Map<string, CompiledState | null>;
}

export interface CompiledState {
  name: string;
  pointer: string;
  type: State["Type"];
  state: State;
  scope: CompiledScope;
  queryLanguage: QueryLanguage;
  inputPath: PathSpec;
  outputPath: PathSpec;
  parameters: TemplateNode | undefined;
  resultSelector: TemplateNode | undefined;
  resultPath: ResultPathSpec;
  /** The state's Assign as written (JSONPath: a payload template; JSONata: names → values with expressions). */
  assign: JsonValue | undefined;
  next: string | undefined;
  end: boolean;
  retriers: readonly Retrier[];
  catchers: readonly (Catcher & { resultPathSpec: ResultPathSpec })[];
  /** Per-type compiled data (Choice rules, Map settings…), filled by the state's module on first use. */
  cache: Map<string, unknown>;
  /** The state module's main compiled data, kept in a field for the hot path (no Map lookup, no closure). */
  extra: unknown;
  /** The visit log (record.ts, its id) that last recorded this state, and the state's index in it. */
  recordLog: number;
  recordIndex: number;
  /** Event codes of the state's `…StateEntered` / `…StateExited` (record.ts). */
  enteredCode: number;
  exitedCode: number;
  /** The state module that runs it (set on first visit). */
  handler: StateHandler | undefined;
  /** The state `next` names, once looked up (runScope). */
  nextState: CompiledState | undefined;
  /** Every state name the state may go to (Next, Default, the Choices' and catchers' Next), for the record. */
  targets: readonly string[];
}

const roots = new WeakMap<object, CompiledScope>();
const children = new WeakMap<object, CompiledScope>();

export function compileRoot(definition: StatesMachine & { QueryLanguage?: QueryLanguage }): CompiledScope {
  let scope = roots.get(definition);
  if (!scope) {
    scope = { pointer: "", machine: definition, queryLanguage: definition.QueryLanguage ?? "JSONPath", states: new Map() };
    roots.set(definition, scope);
  }
  return scope;
}

/** The scope of a Parallel branch or Map processor; it inherits the query language of its owner. */
export function compileChildScope(machine: StatesMachine, pointer: string, owner: CompiledState): CompiledScope {
  let scope = children.get(machine);
  if (!scope) {
    scope = { pointer, machine, queryLanguage: owner.queryLanguage, states: new Map() };
    children.set(machine, scope);
  }
  return scope;
}

export function getState(scope: CompiledScope, name: string): CompiledState | undefined {
  const hit = scope.states.get(name);
  if (hit !== undefined) return hit ?? undefined;
  const states = scope.machine.States;
  const raw = isJsonObject(states as unknown as JsonValue) && Object.prototype.hasOwnProperty.call(states, name) ? states[name] : undefined;
  if (!raw || !isJsonObject(raw as unknown as JsonValue)) {
    scope.states.set(name, null);
    return undefined;
  }
  const compiled = compileState(raw, name, appendPointer(scope.pointer, "States", name), scope);
  scope.states.set(name, compiled);
  return compiled;
}

function compileState(state: State, name: string, pointer: string, scope: CompiledScope): CompiledState {
  const s = state as State & Record<string, unknown>;
  const isMap = state.Type === "Map";
  const parameters = !isMap && isJsonObject(s.Parameters as JsonValue) ? compileTemplate(s.Parameters as JsonValue) : undefined;
  const resultSelector = isJsonObject(s.ResultSelector as JsonValue) ? compileTemplate(s.ResultSelector as JsonValue) : undefined;
  const retriers = Array.isArray(s.Retry) ? (s.Retry as Retrier[]).filter((r) => isJsonObject(r as unknown as JsonValue)) : [];
  const catchers = Array.isArray(s.Catch)
    ? (s.Catch as Catcher[]).filter((c) => isJsonObject(c as unknown as JsonValue)).map((c) => ({ ...c, resultPathSpec: compileResultPath(c.ResultPath) }))
    : [];
  return {
    name,
    pointer,
    type: state.Type,
    state,
    scope,
    queryLanguage: state.QueryLanguage ?? scope.queryLanguage,
    inputPath: compilePathSpec(s.InputPath),
    outputPath: compilePathSpec(s.OutputPath),
    parameters,
    resultSelector,
    resultPath: compileResultPath(s.ResultPath),
    assign: s.Assign as JsonValue | undefined,
    next: typeof s.Next === "string" ? s.Next : undefined,
    end: s.End === true,
    retriers,
    catchers,
    cache: new Map(),
    extra: undefined,
    recordLog: 0,
    recordIndex: -1,
    enteredCode: enteredCode(state.Type),
    exitedCode: exitedCode(state.Type),
    handler: undefined,
    nextState: undefined,
    targets: targetsOf(s, catchers),
  };
}

function targetsOf(s: Record<string, unknown>, catchers: readonly Catcher[]): string[] {
  const targets: string[] = [];
  const add = (name: unknown) => {
    if (typeof name === "string" && !targets.includes(name)) targets.push(name);
  };
  add(s.Next);
  add(s.Default);
  if (Array.isArray(s.Choices)) for (const rule of s.Choices as unknown[]) if (isJsonObject(rule as JsonValue)) add((rule as Record<string, unknown>).Next);
  for (const catcher of catchers) add(catcher.Next);
  return targets;
}

/** Per-state compiled data owned by a state module, computed once. */
export function cached<T>(compiled: CompiledState, key: string, build: () => T): T {
  if (compiled.cache.has(key)) return compiled.cache.get(key) as T;
  const value = build();
  compiled.cache.set(key, value);
  return value;
}
