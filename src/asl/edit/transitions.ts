/** Reading and rewriting the transition fields of one state object (Next, End, Choices, Default, Catch). */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from "../json";
import type { TransitionKind } from "../traverse";
import { mapArray, replaceKey, withKey, withoutKey } from "./copyOnWrite";

/** A transition to the scope's End marker. */
export const TO_END: unique symbol = Symbol("end of scope");
export type Successor = string | typeof TO_END;

/**
 * Returns the new target of a transition, or undefined to keep it. `TO_END` turns a `Next` into
 * `"End": true`; a Choice rule, Default or catcher cannot end, so for them `TO_END` keeps the old
 * (now dangling) name, which the validator reports.
 */
export type TargetMapper = (target: string, kind: TransitionKind) => Successor | undefined;

function mapRule(rule: JsonValue, mapper: TargetMapper, deep: boolean): JsonValue {
  if (!isJsonObject(rule)) return rule;
  let next = rule;
  const target = getOwn(rule, "Next");
  if (typeof target === "string") {
    const mapped = mapper(target, "choice");
    if (typeof mapped === "string") next = withKey(next, "Next", mapped);
  }
  if (deep) {
    for (const key of ["And", "Or"]) {
      const nested = getOwn(next, key);
      if (Array.isArray(nested)) next = withKey(next, key, mapArray(nested, (r) => mapRule(r, mapper, deep)));
    }
    const not = getOwn(next, "Not");
    if (not !== undefined) next = withKey(next, "Not", mapRule(not, mapper, deep));
  }
  return next;
}

/**
 * The state with every transition target passed through `mapper`; the same object when nothing
 * changes. With `deep`, Next fields inside And/Or/Not sub-rules (invalid, but possible in a
 * hand-written document) are mapped too.
 */
export function mapStateTargets(state: JsonObject, mapper: TargetMapper, deep = false): JsonObject {
  let next = state;
  const target = getOwn(state, "Next");
  if (typeof target === "string") {
    const mapped = mapper(target, "next");
    if (mapped === TO_END) next = replaceKey(next, "Next", "End", true);
    else if (mapped !== undefined) next = withKey(next, "Next", mapped);
  }
  const choices = getOwn(next, "Choices");
  if (Array.isArray(choices)) next = withKey(next, "Choices", mapArray(choices, (rule) => mapRule(rule, mapper, deep)));
  const fallback = getOwn(next, "Default");
  if (typeof fallback === "string") {
    const mapped = mapper(fallback, "default");
    if (typeof mapped === "string") next = withKey(next, "Default", mapped);
  }
  const catchers = getOwn(next, "Catch");
  if (Array.isArray(catchers)) {
    const mappedCatchers = mapArray(catchers, (catcher) => {
      if (!isJsonObject(catcher)) return catcher;
      const handler = getOwn(catcher, "Next");
      const mapped = typeof handler === "string" ? mapper(handler, "catch") : undefined;
      return typeof mapped === "string" ? withKey(catcher, "Next", mapped) : catcher;
    });
    next = withKey(next, "Catch", mappedCatchers);
  }
  return next;
}

const TERMINAL_TYPES = new Set(["Succeed", "Fail"]);

/**
 * Points a state where an edge led. A Task/Pass/Wait/Parallel/Map gets `Next` (or `"End": true`),
 * replacing whichever of the two it had at the same key position. A Choice gets the target on
 * every top-level rule without a `Next` and as `Default` when it has none; going to End leaves
 * those open. Succeed and Fail are terminal and stay as they are.
 */
export function setStateTransition(state: JsonObject, successor: Successor): JsonObject {
  const type = getOwn(state, "Type");
  if (typeof type === "string" && TERMINAL_TYPES.has(type)) return state;
  if (type === "Choice") {
    if (successor === TO_END) return state;
    let next = state;
    const choices = getOwn(state, "Choices");
    if (Array.isArray(choices)) {
      const filled = mapArray(choices, (rule) => (isJsonObject(rule) && typeof getOwn(rule, "Next") !== "string" ? withKey(rule, "Next", successor) : rule));
      next = withKey(next, "Choices", filled);
    }
    return typeof getOwn(next, "Default") === "string" ? next : withKey(next, "Default", successor);
  }
  if (successor === TO_END) return getOwn(state, "Next") !== undefined ? replaceKey(state, "Next", "End", true) : withKey(state, "End", true);
  const linked = getOwn(state, "End") !== undefined ? replaceKey(state, "End", "Next", successor) : withKey(state, "Next", successor);
  return getOwn(linked, "End") === undefined ? linked : withoutKey(linked, "End");
}

/**
 * Where control goes after a state on the normal path, used to rewire predecessors when it is
 * removed: its `Next`; for a Choice its `Default`, else its first rule's `Next`; otherwise End.
 * A target equal to the state's own name (a self-loop) counts as End.
 */
export function getSuccessor(state: JsonObject, ownName: string): Successor {
  const usable = (value: JsonValue | undefined): value is string => typeof value === "string" && value !== ownName;
  const next = getOwn(state, "Next");
  if (usable(next)) return next;
  if (getOwn(state, "Type") !== "Choice") return TO_END;
  const fallback = getOwn(state, "Default");
  if (usable(fallback)) return fallback;
  const choices = getOwn(state, "Choices");
  if (Array.isArray(choices)) {
    for (const rule of choices) {
      const target = isJsonObject(rule) ? getOwn(rule, "Next") : undefined;
      if (usable(target)) return target;
    }
  }
  return TO_END;
}

/** The names a state transitions to (Next, Choice rules, Default, Catch), in that order. */
export function listTargets(state: JsonObject): string[] {
  const targets: string[] = [];
  mapStateTargets(state, (target) => {
    targets.push(target);
    return undefined;
  });
  return targets;
}
