/**
 * Helpers for the edit and catalog tests: frozen fixtures (so any mutation throws) and a small
 * structural check (unique names, references that resolve in their scope).
 */
import { getOwn, isJsonObject, type JsonObject } from "../json";
import type { StateMachine } from "../types";
import { getTransitions, listScopes, resolveTarget } from "../traverse";
import type { InsertTarget } from "./types";

export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.getOwnPropertyNames(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A frozen deep copy of a definition written as a plain object literal. */
export function frozen(definition: object): StateMachine {
  return deepFreeze(JSON.parse(JSON.stringify(definition)) as StateMachine);
}

export function edge(fieldPointer: string): InsertTarget {
  return { kind: "edge", fieldPointer };
}

export function scope(scopePointer: string): InsertTarget {
  return { kind: "scope", scopePointer };
}

/**
 * Problems a structural check finds: a name used twice in the document, a StartAt or transition
 * that names no state of its scope, a non-terminal state with neither Next nor End. Empty scopes
 * (`States: {}` without StartAt) are reported only when `allowEmptyScopes` is false.
 */
export function structuralProblems(definition: StateMachine, allowEmptyScopes = true): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const scope of listScopes(definition)) {
    const names = Object.keys(scope.machine.States);
    const startAt = (scope.machine as unknown as JsonObject).StartAt;
    if (names.length === 0 && startAt === undefined) {
      if (!allowEmptyScopes) problems.push(`${scope.pointer || "root"}: empty`);
      continue;
    }
    if (typeof startAt !== "string" || !resolveTarget(scope, startAt)) problems.push(`${scope.pointer}/StartAt: ${String(startAt)}`);
    for (const name of names) {
      if (seen.has(name)) problems.push(`duplicate name ${name}`);
      seen.add(name);
      const location = resolveTarget(scope, name);
      if (!location) continue;
      for (const t of getTransitions(location)) if (!resolveTarget(scope, t.target)) problems.push(`${t.pointer}: ${t.target}`);
      const state = location.state as unknown as JsonObject;
      const type = getOwn(state, "Type");
      const needsExit = type !== "Choice" && type !== "Succeed" && type !== "Fail";
      if (needsExit && typeof state.Next !== "string" && state.End !== true) problems.push(`${location.pointer}: no Next or End`);
      if (type === "Choice" && !(Array.isArray(state.Choices) && state.Choices.every((r) => isJsonObject(r) && typeof r.Next === "string"))) {
        problems.push(`${location.pointer}: Choice rule without Next`);
      }
    }
  }
  return problems;
}
