import { deepClone, getOwn, setOwn, type JsonObject } from "../json";
import type { State, StateMachine } from "../types";
import { listStates } from "../traverse";
import { mapValues } from "./copyOnWrite";
import { listTargets, setStateTransition } from "./transitions";
import { CLIPBOARD_FORMAT, type Clipboard } from "./types";
import { uniqueNameAmong } from "./uniqueStateName";

const NO_NEXT_TYPES = new Set(["Choice", "Succeed", "Fail"]);

/**
 * Splits the copied states into groups: the states reachable from each root, root by root; then
 * any state left (a cycle nothing enters) starts a group of its own.
 */
function groupByRoot(states: JsonObject, roots: readonly string[]): string[][] {
  const assigned = new Set<string>();
  const groups: string[][] = [];
  for (const root of [...roots, ...Object.keys(states)]) {
    if (assigned.has(root)) continue;
    const group: string[] = [];
    const queue = [root];
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (assigned.has(name)) continue;
      assigned.add(name);
      group.push(name);
      queue.push(...listTargets(getOwn(states, name) as JsonObject).filter((t) => getOwn(states, t) !== undefined));
    }
    groups.push(group);
  }
  return groups;
}

/**
 * Copies states (with their nested contents) into a JSON-serializable Clipboard; a state nested
 * in another copied container is already part of it. States keep their names (made unique within
 * the clipboard) and their transitions to each other. The copied states are chained in document
 * order: each group of connected states continues into the next group, and the last group's
 * states whose Next leads out of the clipboard (or End) are the exits that pasteStates connects
 * to the paste target. Transitions of Choice rules, Default and Catch to other states are kept
 * by name (pasteStates resolves them).
 */
export function copyStates(definition: StateMachine, pointers: readonly string[]): Clipboard {
  const wanted = new Set(pointers);
  const picked = listStates(definition).filter((l) => wanted.has(l.pointer));
  const outer = picked.filter((l) => !picked.some((o) => o !== l && l.pointer.startsWith(o.pointer + "/")));
  const taken = new Set<string>();
  const states: JsonObject = {};
  for (const location of outer) {
    const name = uniqueNameAmong(taken, location.name);
    taken.add(name);
    setOwn(states, name, deepClone(location.state as unknown as JsonObject));
  }
  const names = Object.keys(states);
  if (names.length === 0) return { format: CLIPBOARD_FORMAT, states: {}, startAt: "", exits: [] };

  const entered = new Set(names.flatMap((n) => listTargets(getOwn(states, n) as JsonObject).filter((t) => t !== n)));
  const roots = names.filter((n) => !entered.has(n));
  const groups = groupByRoot(states, roots);

  const isExit = (name: string) => {
    const state = getOwn(states, name) as JsonObject;
    const next = getOwn(state, "Next");
    return !NO_NEXT_TYPES.has(String(getOwn(state, "Type"))) && !(typeof next === "string" && taken.has(next));
  };
  const chained = mapValues(states, (state, name) => {
    const index = groups.findIndex((g) => g.includes(name));
    const nextGroupStart = groups[index + 1]?.[0];
    return nextGroupStart !== undefined && isExit(name) ? setStateTransition(state as JsonObject, nextGroupStart) : state;
  });
  const lastGroup = groups[groups.length - 1] ?? [];
  return {
    format: CLIPBOARD_FORMAT,
    states: chained as unknown as Record<string, State>,
    startAt: groups[0]?.[0] ?? names[0] ?? "",
    exits: lastGroup.filter(isExit),
  };
}
