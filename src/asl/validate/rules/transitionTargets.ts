/**
 * StartAt, Next, Default and each catcher's Next must name a state of the same scope: the
 * machine, or the branch/processor the state lives in. Names match exactly, case included
 * (seed L2532–L2534, L5595–L5596, L10960). A transition cannot leave or enter a Parallel branch
 * (seed L4606–L4609) or a Map item processor (seed L4889–L4891).
 */
import { getOwn, isJsonObject } from "../../json";
import { quote, type ValidationContext } from "../context";
import { describeScope, scopeHasName, scopeNames, type DocumentIndex, type ScopeInfo, type StateInfo } from "../model";
import { didYouMean } from "../suggest";
import type { Rule } from "./rule";

const FLOWING = new Set(["Pass", "Task", "Wait", "Parallel", "Map"]);
const WORKING = new Set(["Task", "Parallel", "Map"]);

/** Where else the name exists, when it is in another scope: explains the scoping rule. */
function elsewhere(index: DocumentIndex, scope: ScopeInfo, name: string): string {
  for (const other of index.scopes) {
    if (other !== scope && scopeHasName(other, name)) {
      return ` A state with that name exists in ${other.kind === "root" ? "the top-level machine" : other.kind === "branch" ? "another branch" : "a Map's item processor"}, but transitions cannot cross into or out of a Parallel branch or Map processor (seed L4606–L4609, L4889–L4891).`;
    }
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
  const hint = didYouMean(target, scopeNames(scope)) || elsewhere(index, scope, target);
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
