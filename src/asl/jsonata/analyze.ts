/**
 * What a JSONata expression refers to, read from jsonata's own AST: the workflow variables it
 * reads, its uses of `$states` (and which member), the functions it calls, and `$` / `$$` used at
 * the top level. The validator checks these against where the expression is written; the
 * editors use them for completion and hover.
 *
 * Locally bound names (`$x := …`, lambda parameters, `@$x` / `#$i` bindings) are not workflow
 * variables. The analysis is name-based: a local binding anywhere in the expression hides a
 * variable of the same name everywhere in it.
 */
import type { CompiledJsonata } from "./engine";
import type { JsonataNode } from "./vendor/jsonataSync";

export interface StatesReference {
  /** `input`, `result`, `errorOutput`, `context`, another name, or "" for `$states` itself. */
  member: string;
  /** Offset of `$states` in the expression text. */
  offset: number;
  length: number;
}

export interface JsonataReferences {
  /** Workflow variables read (names without `$`), with the offset of their first use. */
  variables: Map<string, number>;
  states: StatesReference[];
  /** Functions called by name (`$sum(…)` → "sum"). */
  functions: Map<string, number>;
  /** Offsets of `$` or `$$` used at the top level of the expression (not in a filter, a lambda, a later path step). */
  rootReferences: { text: "$" | "$$"; offset: number }[];
  /** Names bound inside the expression (`:=`, lambda parameters, focus/index bindings). */
  localNames: Set<string>;
  /** Field names read at the top level (`foo.bar`), which have no context document in a state. */
  topLevelFields: { name: string; offset: number }[];
}

/** The built-in functions of jsonata 2.0.6 (its static frame), `$eval` included (unavailable in Step Functions). */
export const JSONATA_BUILTIN_FUNCTIONS: readonly string[] = [
  "sum", "count", "max", "min", "average", "string", "substring", "substringBefore", "substringAfter", "lowercase", "uppercase",
  "length", "trim", "pad", "match", "contains", "replace", "split", "join", "formatNumber", "formatBase", "formatInteger",
  "parseInteger", "number", "floor", "ceil", "round", "abs", "sqrt", "power", "random", "boolean", "not", "map", "zip", "filter",
  "single", "reduce", "sift", "keys", "lookup", "append", "exists", "spread", "merge", "reverse", "each", "error", "assert", "type",
  "sort", "shuffle", "distinct", "base64encode", "base64decode", "encodeUrlComponent", "encodeUrl", "decodeUrlComponent",
  "decodeUrl", "eval", "toMillis", "fromMillis", "clone", "now", "millis",
];

/** jsonata's positions are just past a token; the start is `position - length`. */
function startOf(node: JsonataNode, length: number): number {
  return Math.max(0, (node.position ?? length) - length);
}

export function analyzeJsonata(compiled: CompiledJsonata): JsonataReferences {
  const refs: JsonataReferences = { variables: new Map(), states: [], functions: new Map(), rootReferences: [], localNames: new Set(), topLevelFields: [] };
  const reads: { name: string; offset: number }[] = [];

  const walk = (node: JsonataNode | undefined, top: boolean): void => {
    if (!node || typeof node !== "object") return;
    switch (node.type) {
      case "variable": {
        const name = String(node.value ?? "");
        if (name === "" || name === "$") {
          if (top) refs.rootReferences.push({ text: name === "" ? "$" : "$$", offset: startOf(node, name.length + 1) });
        } else if (name === "states") {
          refs.states.push({ member: "", offset: startOf(node, 7), length: 7 });
        } else {
          reads.push({ name, offset: startOf(node, name.length + 1) });
        }
        break;
      }
      case "name":
        if (top) refs.topLevelFields.push({ name: String(node.value), offset: startOf(node, String(node.value).length) });
        break;
      case "path": {
        const steps = node.steps ?? [];
        const first = steps[0];
        if (first && first.type === "variable" && first.value === "states") {
          const member = steps[1];
          const name = member && member.type === "name" ? String(member.value) : "";
          refs.states.push({ member: name, offset: startOf(first, 7), length: 7 + (name ? name.length + 1 : 0) });
          walkStages(first);
          steps.slice(1).forEach((step) => walkStep(step, false));
        } else {
          steps.forEach((step, i) => walkStep(step, top && i === 0));
        }
        if (node.group) for (const [k, v] of node.group.lhs) (walk(k, false), walk(v, false));
        break;
      }
      case "bind": {
        const lhs = node.lhs as JsonataNode | undefined;
        if (lhs && lhs.type === "variable") refs.localNames.add(String(lhs.value));
        walk(node.rhs, top);
        break;
      }
      case "lambda":
        for (const arg of node.arguments ?? []) if (arg.type === "variable") refs.localNames.add(String(arg.value));
        walk(node.body, false);
        break;
      case "function":
      case "partial": {
        const procedure = node.procedure;
        if (procedure && procedure.type === "variable" && !procedure.predicate) {
          const name = String(procedure.value);
          if (!refs.functions.has(name)) refs.functions.set(name, startOf(procedure, name.length + 1));
        } else walk(procedure, top);
        for (const arg of node.arguments ?? []) walk(arg, top);
        break;
      }
      case "unary":
        if (node.value === "{") for (const [k, v] of (node.lhs as [JsonataNode, JsonataNode][] | undefined) ?? []) (walk(k, top), walk(v, top));
        for (const item of node.expressions ?? []) walk(item, top);
        walk(node.expression, top);
        break;
      case "binary":
      case "apply":
        walk(node.lhs as JsonataNode | undefined, top);
        walk(node.rhs, top);
        break;
      case "condition":
        walk(node.condition, top);
        walk(node.then, top);
        walk(node.else, top);
        break;
      case "block":
        for (const item of node.expressions ?? []) walk(item, top);
        break;
      case "transform":
        walk(node.pattern, false);
        walk(node.update, false);
        walk(node.delete, false);
        break;
      case "sort":
        for (const term of node.terms ?? []) walk(term.expression, false);
        break;
      default:
        break;
    }
    walkStages(node);
  };
  const walkStages = (node: JsonataNode): void => {
    for (const stage of [...(node.stages ?? []), ...(node.predicate ?? [])]) walk(stage.expr, false);
  };
  const walkStep = (step: JsonataNode, top: boolean): void => {
    if (step.focus) refs.localNames.add(step.focus);
    if (step.index) refs.localNames.add(step.index);
    walk(step, top);
  };

  walk(compiled.ast, true);
  for (const { name, offset } of reads) {
    if (!refs.localNames.has(name) && !refs.variables.has(name)) refs.variables.set(name, offset);
  }
  for (const name of refs.localNames) refs.functions.delete(name);
  return refs;
}
