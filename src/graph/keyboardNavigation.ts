/**
 * Arrow-key moves between states on the canvas, across scopes:
 * - next: along the flow. Into a Parallel (its first branch's start state) or a Map (its item
 *   processor's start state); from a state that ends its branch or processor, on to what follows
 *   the container.
 * - previous: back to the state the current one is reached from (a branch's start state goes
 *   back to its container).
 * - next / previous sibling: round the states reached from that same source: a Choice's targets
 *   with Default, a Task's Next and Catch targets, a Parallel's branch start states.
 *
 * "Reached from" is the state the person came from when that still holds (so the siblings of a
 * state with several predecessors are the ones they arrived through), else the container for a
 * start state, else the first state of the scope that transitions to it.
 */
import { findStateByPointer, getChildScopes, getScopeStates, getTransitions, resolveTarget, type StateLocation } from "../asl/traverse";
import type { LayoutDirection } from "./layout/toElkGraph";

export type NavigationMove = "next" | "previous" | "nextSibling" | "previousSibling";

export interface NavigationStep {
  target: string;
  /** The state the target counts as reached from; pass it back with the next move. */
  source: string | undefined;
}

/** Distinct targets of a state's transitions in document order: Next, rules, Default, catchers. */
function outgoing(location: StateLocation): string[] {
  const targets: string[] = [];
  for (const transition of getTransitions(location)) {
    const target = resolveTarget(location.scope, transition.target);
    // A state that loops onto itself would hold the keyboard in place.
    if (target && target.pointer !== location.pointer && !targets.includes(target.pointer)) targets.push(target.pointer);
  }
  return targets;
}

/** Start states of a container's branches (Parallel) or item processor (Map). */
function entries(location: StateLocation): string[] {
  return getChildScopes(location).flatMap((scope) => {
    const start = resolveTarget(scope, scope.machine.StartAt);
    return start ? [start.pointer] : [];
  });
}

/** The sibling group through which `source` reaches `target`, if it does. */
function groupVia(definition: unknown, source: string, target: string): string[] | undefined {
  const location = findStateByPointer(definition, source);
  if (!location) return undefined;
  return [entries(location), outgoing(location)].find((group) => group.includes(target));
}

function defaultSource(location: StateLocation): string | undefined {
  const { scope } = location;
  if (scope.owner && scope.machine.StartAt === location.name) return scope.owner.pointer;
  const predecessor = getScopeStates(scope, location.depth).find((other) => outgoing(other).includes(location.pointer));
  return predecessor?.pointer ?? scope.owner?.pointer;
}

export function navigate(definition: unknown, from: string, move: NavigationMove, cameFrom?: string): NavigationStep | undefined {
  const location = findStateByPointer(definition, from);
  if (!location) return undefined;
  const source = cameFrom !== undefined && groupVia(definition, cameFrom, from) ? cameFrom : defaultSource(location);

  if (move === "next") {
    const inside = entries(location)[0] ?? outgoing(location)[0];
    if (inside) return { target: inside, source: from };
    for (let owner = location.scope.owner; owner; owner = owner.scope.owner) {
      const after = outgoing(owner)[0];
      if (after) return { target: after, source: owner.pointer };
    }
    return undefined;
  }
  if (move === "previous") return source === undefined ? undefined : { target: source, source: undefined };

  const group = source === undefined ? undefined : groupVia(definition, source, from);
  if (!group || group.length < 2) return undefined;
  const offset = move === "nextSibling" ? 1 : group.length - 1;
  return { target: group[(group.indexOf(from) + offset) % group.length] as string, source };
}

/** The arrow key of each move: along the flow is the way the graph is drawn (down, or right), siblings are across it. */
export const ARROW_KEYS: Readonly<Record<LayoutDirection, Readonly<Record<NavigationMove, string>>>> = {
  DOWN: { next: "ArrowDown", previous: "ArrowUp", nextSibling: "ArrowRight", previousSibling: "ArrowLeft" },
  RIGHT: { next: "ArrowRight", previous: "ArrowLeft", nextSibling: "ArrowDown", previousSibling: "ArrowUp" },
};

export function moveForKey(key: string, direction: LayoutDirection): NavigationMove | undefined {
  const keys = ARROW_KEYS[direction];
  return (Object.keys(keys) as NavigationMove[]).find((move) => keys[move] === key);
}
