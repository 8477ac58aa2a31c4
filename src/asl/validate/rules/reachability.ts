/**
 * The state graph of each scope (machine, branch, processor), followed from its StartAt
 * through Next, choice rules, Default and catchers (seed L2575–L2589):
 * - a state no transition reaches is a warning (UNREACHABLE_STATE): the guide is silent, the
 *   ASL spec calls it invalid; a designer shows it while the user is still wiring
 *   (asl-semantics.md §1.3, §15);
 * - when no terminal state (Succeed, Fail, or End: true) can be reached, every run would loop
 *   forever: an error (NO_TERMINAL_STATE). It is not reported while the reachable part has
 *   other transition errors (a missing Next/End, an unknown target), to avoid a cascade.
 */
import { appendPointer, getOwn, isJsonObject } from "../../json";
import { quote, type Report } from "../context";
import { describeScope, type ScopeInfo, type StateInfo } from "../model";
import type { Rule } from "./rule";

const FLOWING = new Set(["Pass", "Task", "Wait", "Parallel", "Map"]);
const WORKING = new Set(["Task", "Parallel", "Map"]);

/** Result of walking one scope: whether the reachable part has a terminal or broken transitions. */
interface Walk {
  reached: Set<StateInfo>;
  terminal: boolean;
  broken: boolean;
}

/** Follows one transition target; returns false when it names no state of the scope. */
function follow(scope: ScopeInfo, target: unknown, walk: Walk, queue: StateInfo[]): boolean {
  if (typeof target !== "string") return true;
  const next = scope.byName.get(target);
  if (!next) return false;
  if (!walk.reached.has(next)) {
    walk.reached.add(next);
    queue.push(next);
  }
  return true;
}

function visit(state: StateInfo, scope: ScopeInfo, walk: Walk, queue: StateInfo[]): void {
  const node = state.node;
  const type = state.type;
  if (type === undefined) {
    walk.broken = true;
    return;
  }
  if (type === "Succeed" || type === "Fail") {
    walk.terminal = true;
    return;
  }
  if (FLOWING.has(type)) {
    const next = getOwn(node, "Next");
    if (next === undefined && node.End === true) walk.terminal = true;
    else if (typeof next !== "string" || !follow(scope, next, walk, queue)) walk.broken = true;
  }
  if (type === "Choice") {
    const choices = getOwn(node, "Choices");
    if (!Array.isArray(choices) || choices.length === 0) walk.broken = true;
    else {
      for (const rule of choices) {
        if (isJsonObject(rule) && !follow(scope, getOwn(rule, "Next"), walk, queue)) walk.broken = true;
      }
    }
    if (!follow(scope, getOwn(node, "Default"), walk, queue)) walk.broken = true;
  }
  if (WORKING.has(type)) {
    const catchers = getOwn(node, "Catch");
    if (Array.isArray(catchers)) {
      for (const catcher of catchers) {
        if (isJsonObject(catcher) && !follow(scope, getOwn(catcher, "Next"), walk, queue)) walk.broken = true;
      }
    }
  }
}

function checkScope(scope: ScopeInfo, report: (diagnostic: Report) => void): void {
  const startAt = getOwn(scope.machine, "StartAt");
  if (typeof startAt !== "string") return;
  const start = scope.byName.get(startAt);
  if (!start) return;
  const walk: Walk = { reached: new Set([start]), terminal: false, broken: false };
  const queue: StateInfo[] = [start];
  while (queue.length > 0) visit(queue.pop() as StateInfo, scope, walk, queue);
  const { reached, terminal, broken } = walk;
  for (const state of scope.states) {
    if (reached.has(state)) continue;
    report({
      code: "UNREACHABLE_STATE",
      pointer: state.pointer,
      state,
      highlight: "key",
      message: `State ${quote(state.name)} is never reached: no Next, Default, choice rule or catcher in ${describeScope(scope)} leads to it from StartAt ${quote(startAt)}. Connect it or delete it.`,
    });
  }
  if (!terminal && !broken) {
    report({
      code: "NO_TERMINAL_STATE",
      pointer: appendPointer(scope.pointer, "StartAt"),
      state: scope.owner,
      message: `No terminal state can be reached from StartAt ${quote(startAt)} in ${describeScope(scope)}, so every execution would loop forever. Add a Succeed or Fail state, or "End": true on a state, and lead a transition to it (seed L2575–L2589).`,
    });
  }
}

export const reachability: Rule = {
  id: "reachability",
  document(index, ctx) {
    const report = (diagnostic: Report) => ctx.report(diagnostic);
    for (const scope of index.scopes) checkScope(scope, report);
  },
};
