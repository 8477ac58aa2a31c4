/** Resolves an InsertTarget to the field it names and rewrites that field. */
import { getOwn, hasOwn, isJsonObject, parsePointer, toPointer, type JsonObject, type JsonValue } from "../json";
import { findStateByPointer } from "../traverse";
import { insertBefore, replaceKey, setIn, withKey, withoutKey } from "./copyOnWrite";
import { getMachineAt, getStatesOf } from "./scopes";
import { TO_END, type Successor } from "./transitions";
import type { InsertTarget } from "./types";

export type EdgeField =
  | { kind: "StartAt" }
  | { kind: "Next" }
  | { kind: "End" }
  | { kind: "Default" }
  | { kind: "Choice"; index: number }
  | { kind: "Catch"; index: number };

export interface EdgeSite {
  scopePointer: string;
  machine: JsonObject;
  /** The state that holds the field; undefined for a scope's StartAt. */
  owner?: string;
  field: EdgeField;
  /** The name the field holds now; undefined when the edge leads to End or the field is missing. */
  target?: string;
}

const INDEX = /^(0|[1-9]\d*)$/;

function siteAtScope(root: JsonObject, scopePointer: string): EdgeSite | undefined {
  const machine = getMachineAt(root, scopePointer);
  if (!machine) return undefined;
  const startAt = getOwn(machine, "StartAt");
  return { scopePointer, machine, field: { kind: "StartAt" }, ...(typeof startAt === "string" ? { target: startAt } : {}) };
}

function siteAtState(root: JsonObject, ownerSegments: string[], field: EdgeField): EdgeSite | undefined {
  const location = findStateByPointer(root, toPointer(ownerSegments));
  if (!location) return undefined;
  const machine = getMachineAt(root, location.scope.pointer);
  if (!machine) return undefined;
  const state = location.state as unknown as JsonObject;
  let value: JsonValue | undefined;
  if (field.kind === "Next" || field.kind === "Default") value = getOwn(state, field.kind);
  if (field.kind === "Choice" || field.kind === "Catch") {
    const list = getOwn(state, field.kind === "Choice" ? "Choices" : "Catch");
    const item = Array.isArray(list) ? list[field.index] : undefined;
    if (!isJsonObject(item)) return undefined;
    value = getOwn(item, "Next");
  }
  const site: EdgeSite = { scopePointer: location.scope.pointer, machine, owner: location.name, field };
  return typeof value === "string" ? { ...site, target: value } : site;
}

/** The field an InsertTarget names, with its scope and current target; undefined if it does not exist. */
export function locateEdge(root: JsonObject, target: InsertTarget): EdgeSite | undefined {
  if (target.kind === "scope") return siteAtScope(root, target.scopePointer);
  const segments = parsePointer(target.fieldPointer);
  const last = segments[segments.length - 1];
  const owner = segments.slice(0, -1);
  if (last === "StartAt") return siteAtScope(root, toPointer(owner));
  if (last === "End" || last === "Default") return siteAtState(root, owner, { kind: last });
  if (last !== "Next") return undefined;
  const list = segments[segments.length - 3];
  const index = segments[segments.length - 2] ?? "";
  if ((list === "Choices" || list === "Catch") && INDEX.test(index)) {
    const field: EdgeField = { kind: list === "Choices" ? "Choice" : "Catch", index: Number(index) };
    const site = siteAtState(root, segments.slice(0, -3), field);
    if (site) return site;
  }
  return siteAtState(root, owner, { kind: "Next" });
}

/** Whether `name` is a state of the machine (what a transition from this scope can reach). */
export function isStateIn(machine: JsonObject, name: string): boolean {
  const states = getStatesOf(machine);
  return hasOwn(states, name) && isJsonObject(getOwn(states, name));
}

/**
 * Where the edge leads: its target when that is a state of the scope, else End. A dangling target
 * counts as End, so dropping a state on a broken branch gives a working one.
 */
export function edgeSuccessor(site: EdgeSite): Successor {
  return site.target !== undefined && isStateIn(site.machine, site.target) ? site.target : TO_END;
}

/** The owner state with the site's field pointing at `name`. */
function pointField(state: JsonObject, field: EdgeField, name: string): JsonObject | undefined {
  switch (field.kind) {
    case "Next":
    case "End": {
      const linked = hasOwn(state, "End") ? replaceKey(state, "End", "Next", name) : withKey(state, "Next", name);
      return withoutKey(linked, "End");
    }
    case "Default":
      return withKey(state, "Default", name);
    case "Choice":
    case "Catch": {
      const next = setIn(state, [field.kind === "Choice" ? "Choices" : "Catch", String(field.index), "Next"], name);
      return isJsonObject(next) ? next : undefined;
    }
    case "StartAt":
      return undefined;
  }
}

/** The site's machine with the edge's field now naming `name`; undefined if the owner vanished. */
export function pointEdgeAt(site: EdgeSite, machine: JsonObject, name: string): JsonObject | undefined {
  if (site.field.kind === "StartAt") {
    return hasOwn(machine, "StartAt") ? withKey(machine, "StartAt", name) : insertBefore(machine, "States", "StartAt", name);
  }
  const states = getStatesOf(machine);
  const owner = site.owner === undefined ? undefined : getOwn(states, site.owner);
  if (site.owner === undefined || !isJsonObject(owner)) return undefined;
  const updated = pointField(owner, site.field, name);
  return updated && withKey(machine, "States", withKey(states, site.owner, updated));
}
