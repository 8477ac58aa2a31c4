/**
 * Workflow variables ("Passing data between states with variables"):
 * - Assign is allowed on Pass, Task, Choice, Wait, Parallel and Map states (the field table),
 *   on top-level Choice rules and on catchers; its keys are variable names (JSONPath: a key
 *   ending in `.$` takes a path or intrinsic and names the variable without `.$`), Unicode
 *   identifiers of at most 80 characters, not `states` ("Variable name syntax"); one Assign may
 *   not set a name twice (`x` and `x.$`). JSONPath values are checked as templates.
 * - A variable read (`$name…` in a JSONPath path or intrinsic, `$name` in a JSONata expression)
 *   that no state of its scope or of the scopes around it assigns is a warning (AWS accepts the
 *   definition and fails at run time: corpus 0037, 0975). A distributed Map's child workflow
 *   cannot read the parent's variables (DECISION, see interpret/variables.ts): a warning.
 * - Assigning, inside a Parallel branch or Map iteration, a name an outer scope assigns fails
 *   at run time (DECISION): a warning.
 */
import { getOwn, isJsonObject, type JsonObject } from "../../json";
import { describeVariableNameProblem, variableNameProblem } from "../../jsonata/variables";
import { labelIn, quote, type ValidationContext } from "../context";
import { escapeSegment, isDistributedMap, type ScopeInfo, type StateInfo } from "../model";
import { checkTemplate } from "./payloadTemplates";
import type { Rule } from "./rule";

interface Assignment {
  name: string;
  pointer: string;
  state: StateInfo;
}

const assignments = new WeakMap<ValidationContext, Map<ScopeInfo, Assignment[]>>();

function record(ctx: ValidationContext, assignment: Assignment): void {
  let byScope = assignments.get(ctx);
  if (!byScope) {
    byScope = new Map();
    assignments.set(ctx, byScope);
  }
  const scope = assignment.state.scope;
  let list = byScope.get(scope);
  if (!list) byScope.set(scope, (list = []));
  list.push(assignment);
}

function checkAssign(ctx: ValidationContext, state: StateInfo, assign: JsonObject, pointer: string): void {
  const jsonPath = state.language === "JSONPath";
  const seen = new Map<string, string>();
  for (const key of Object.keys(assign)) {
    const keyPointer = `${pointer}/${escapeSegment(key)}`;
    const dynamic = jsonPath && key.endsWith(".$");
    const name = dynamic ? key.slice(0, -2) : key;
    const problem = variableNameProblem(name);
    if (problem) {
      const hint = !jsonPath && key.endsWith(".$") ? " In a JSONata state, drop .$ and write the value as a {% … %} expression." : "";
      ctx.report({ code: "INVALID_VARIABLE_NAME", pointer: keyPointer, state, highlight: "key", message: `State ${quote(state.name)}: ${labelIn(state, pointer)}: ${describeVariableNameProblem(name, problem)} ("Variable name syntax").${hint}` });
      continue;
    }
    const other = seen.get(name);
    if (other !== undefined) {
      ctx.report({ code: "DUPLICATE_VARIABLE", pointer: keyPointer, state, highlight: "key", message: `State ${quote(state.name)}: ${labelIn(state, pointer)} sets the variable ${name} twice (${quote(other)} and ${quote(key)}); keep one.` });
      continue;
    }
    seen.set(name, key);
    record(ctx, { name, pointer: keyPointer, state });
  }
  if (jsonPath) checkTemplate(ctx, state, assign, pointer, true);
}

/** The scopes whose variables a state sees, inner first, up to a distributed Map's processor; and the ones beyond it. */
function visibleScopes(scope: ScopeInfo): { visible: ScopeInfo[]; beyond: ScopeInfo[] } {
  const visible: ScopeInfo[] = [];
  const beyond: ScopeInfo[] = [];
  let current: ScopeInfo | undefined = scope;
  let crossed = false;
  while (current) {
    (crossed ? beyond : visible).push(current);
    const owner: StateInfo | undefined = current.owner;
    if (owner && current.kind === "processor" && isDistributedMap(owner.node)) crossed = true;
    current = owner?.scope;
  }
  return { visible, beyond };
}

export const variables: Rule = {
  id: "variables",
  state(state, ctx) {
    const type = state.type;
    if (type === undefined) return;
    const node = state.node;
    const assign = getOwn(node, "Assign");
    if (isJsonObject(assign) && type !== "Succeed" && type !== "Fail") checkAssign(ctx, state, assign, `${state.pointer}/Assign`);
    if (type === "Choice") {
      const choices = getOwn(node, "Choices");
      if (Array.isArray(choices)) {
        choices.forEach((rule, i) => {
          const ruleAssign = isJsonObject(rule) ? getOwn(rule, "Assign") : undefined;
          if (isJsonObject(ruleAssign)) checkAssign(ctx, state, ruleAssign, `${state.pointer}/Choices/${i}/Assign`);
        });
      }
    }
    if (type === "Task" || type === "Parallel" || type === "Map") {
      const catchers = getOwn(node, "Catch");
      if (Array.isArray(catchers)) {
        catchers.forEach((catcher, i) => {
          const catcherAssign = isJsonObject(catcher) ? getOwn(catcher, "Assign") : undefined;
          if (isJsonObject(catcherAssign)) checkAssign(ctx, state, catcherAssign, `${state.pointer}/Catch/${i}/Assign`);
        });
      }
    }
  },
  document(_index, ctx) {
    const byScope = assignments.get(ctx) ?? new Map<ScopeInfo, Assignment[]>();
    const assigned = (scope: ScopeInfo, name: string): boolean => byScope.get(scope)?.some((a) => a.name === name) ?? false;
    const reported = new Set<string>();
    for (const read of ctx.variableReads) {
      const { visible, beyond } = visibleScopes(read.state.scope);
      if (visible.some((scope) => assigned(scope, read.name))) continue;
      const key = `${read.pointer}\u0000${read.name}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const where = `State ${quote(read.state.name)}: ${labelIn(read.state, read.pointer)}`;
      if (beyond.some((scope) => assigned(scope, read.name))) {
        ctx.report({
          code: "VARIABLE_NOT_AVAILABLE",
          pointer: read.pointer,
          state: read.state,
          ...(read.subRange ? { subRange: read.subRange } : {}),
          message: `${where} reads $${read.name}, assigned outside this distributed Map; its child executions cannot read the parent's variables. Pass the value in with ItemSelector.`,
        });
      } else {
        const inputHint = read.state.language === "JSONPath" ? ` For the input field ${read.name}, write $.${read.name}.` : "";
        ctx.report({
          code: "VARIABLE_NOT_ASSIGNED",
          pointer: read.pointer,
          state: read.state,
          ...(read.subRange ? { subRange: read.subRange } : {}),
          message: `${where} reads $${read.name}, which no state assigns (an Assign in this scope or around it); at run time it is undefined and the state fails.${inputHint}`,
        });
      }
    }
    for (const [scope, list] of byScope) {
      if (scope.kind === "root") continue;
      const { visible } = visibleScopes(scope);
      const outer = visible.slice(1);
      for (const assignment of list) {
        const owner = outer.find((s) => assigned(s, assignment.name));
        if (!owner) continue;
        ctx.report({
          code: "VARIABLE_OUTER_SCOPE",
          pointer: assignment.pointer,
          state: assignment.state,
          highlight: "key",
          message: `State ${quote(assignment.state.name)}: assigns ${assignment.name}, which a state outside this ${scope.kind === "branch" ? "Parallel branch" : "Map"} also assigns; inside a branch or iteration an outer variable cannot be changed, and the assignment fails at run time. Use another name, and pass values out through the output.`,
        });
      }
    }
  },
};
