/**
 * StartAt, Next, Default and each catcher's Next must name a state of the same scope: the
 * machine, or the branch/processor the state lives in. Names match exactly, case included
 * (seed L2532–L2534, L5595–L5596, L10960). A transition cannot leave or enter a Parallel branch
 * (seed L4606–L4607) or a Map item processor (seed L4889–L4890); when the name exists in another
 * scope, the message says so rather than suggesting a similar name.
 */
import { getOwn, isJsonObject } from "../../json";
import { quote, type ValidationContext } from "../context";
import { describeScope, scopeHasName, scopeNames, type DocumentIndex, type ScopeInfo, type StateInfo } from "../model";
import { didYouMean } from "../suggest";
import type { Rule } from "./rule";

const FLOWING = new Set(["Pass", "Task", "Wait", "Parallel", "Map"]);
const WORKING = new Set(["Task", "Parallel", "Map"]);

const LEAVE_BRANCH = "a Parallel branch must be self-contained: its states cannot transition to a state outside the branch (seed L4606–L4607). End the branch with End: true and set Next on the Parallel state instead";
const LEAVE_PROCESSOR = "the states of a Map's item processor can only transition to each other: a transition cannot leave the item processor (seed L4889–L4890). End the iteration with End: true and set Next on the Map state instead";

function isInside(scope: ScopeInfo, outer: ScopeInfo): boolean {
  for (let s: ScopeInfo | undefined = scope; s; s = s.owner?.scope) if (s === outer) return true;
  return false;
}

function scopeWords(scope: ScopeInfo): string {
  if (scope.kind === "root") return "the top-level machine";
  const owner = scope.owner ? ` of ${quote(scope.owner.name)}` : "";
  return scope.kind === "branch" ? `a branch${owner}` : `the item processor${owner}`;
}

/**
 * Where else the name exists, when it is in another scope: explains the scoping rule. A
 * transition written in a branch or processor leaves it; one written outside enters it.
 */
function elsewhere(index: DocumentIndex, scope: ScopeInfo, name: string): string {
  for (const other of index.scopes) {
    if (other === scope || !scopeHasName(other, name)) continue;
    const found = ` A state with that name exists in ${scopeWords(other)}, but`;
    if (isInside(other, scope)) {
      return other.kind === "branch"
        ? `${found} no state outside a Parallel branch can transition into it (seed L4606–L4607).`
        : `${found} no state outside a Map's item processor can transition into it (seed L4889–L4890).`;
    }
    return `${found} ${scope.kind === "branch" ? LEAVE_BRANCH : LEAVE_PROCESSOR}.`;
  }
  return "";
}

/** How a StartAt is named: "StartAt", or `State "P": Branches[0].StartAt` for a nested scope. */
function startAtLabel(scope: ScopeInfo): string {
  if (scope.kind === "root" || !scope.owner) return "StartAt";
  const where = scope.kind === "branch" ? `Branches[${scope.branchIndex ?? 0}]` : scope.pointer.endsWith("/Iterator") ? "Iterator" : "ItemProcessor";
  return `State ${quote(scope.owner.name)}: ${where}.StartAt`;
}

function checkTarget(ctx: ValidationContext, index: DocumentIndex, scope: ScopeInfo, state: StateInfo | undefined, pointer: string, field: string, target: unknown): void {
  if (typeof target !== "string" || scopeHasName(scope, target)) return;
  const owner = state ? `State ${quote(state.name)}: ${field}` : startAtLabel(scope);
  // The exact name in another scope explains more than a similar name in this one.
  const hint = elsewhere(index, scope, target) || didYouMean(target, scopeNames(scope));
  ctx.report({
    code: "UNKNOWN_STATE_REF",
    pointer,
    state: state ?? scope.owner,
    message: `${owner} names ${quote(target)}, which does not exist in ${describeScope(scope)}.${hint}`,
  });
}

export const transitionTargets: Rule = {
  id: "transitionTargets",
  document(index, ctx) {
    for (const scope of index.scopes) {
      const startAt = getOwn(scope.machine, "StartAt");
      if (scope.statesNode) checkTarget(ctx, index, scope, undefined, `${scope.pointer}/StartAt`, "StartAt", startAt);
    }
  },
  state(state, ctx) {
    const index = ctx.index;
    if (!index) return;
    const node = state.node;
    if (state.type !== undefined && FLOWING.has(state.type)) checkTarget(ctx, index, state.scope, state, state.pointer + "/Next", "Next", getOwn(node, "Next"));
    if (state.type === "Choice") {
      checkTarget(ctx, index, state.scope, state, state.pointer + "/Default", "Default", getOwn(node, "Default"));
      const choices = getOwn(node, "Choices");
      if (Array.isArray(choices)) {
        for (let i = 0; i < choices.length; i++) {
          const rule = choices[i];
          if (isJsonObject(rule)) checkTarget(ctx, index, state.scope, state, `${state.pointer}/Choices/${i}/Next`, `Choices[${i}].Next`, getOwn(rule, "Next"));
        }
      }
    }
    const catchers = getOwn(node, "Catch");
    if (Array.isArray(catchers) && state.type !== undefined && WORKING.has(state.type)) {
      for (let i = 0; i < catchers.length; i++) {
        const catcher = catchers[i];
        if (isJsonObject(catcher)) checkTarget(ctx, index, state.scope, state, `${state.pointer}/Catch/${i}/Next`, `Catch[${i}].Next`, getOwn(catcher, "Next"));
      }
    }
  },
};
