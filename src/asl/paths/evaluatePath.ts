/**
 * Evaluates ASL JSONPath expressions (asl-semantics.md §4).
 *
 * Paths are compiled once and cached by text. A *definite* path (only `.name`, `['name']` and
 * `[n]` steps) runs on a small native walker and yields one value or nothing. An *indefinite*
 * path (wildcards, slices, filters, descendants, unions) runs on jsonpath-plus with
 * `eval: "safe"` (never "native": definitions are untrusted) and always yields an array, possibly
 * empty (seed L8022–L8055; recorded AWS runs 0052–0061 return `[]` when nothing matches).
 */
import { JSONPath } from "jsonpath-plus";
import { getOwn, type JsonValue } from "../json";
import { parsePath, type ParsedPath, type PathRoot } from "./parsePath";

/** Where `$$…` and `$name…` paths read from; both are read lazily, only when a path needs them. */
export interface PathSources {
  context?(): JsonValue;
  variable?(name: string): JsonValue | undefined;
}

export interface CompiledPath {
  text: string;
  root: PathRoot;
  definite: boolean;
  /** Member names / indexes of a definite path, in order. */
  steps: readonly (string | number)[];
  /** `$['a']['b']`-style rendering used in AWS's "No results for path" messages. */
  normalized: string;
}

/** A path that does not parse: evaluation reports it as a runtime error, as AWS does for saved-but-broken definitions. */
export class PathEvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PathEvaluationError";
  }
}

const cache = new Map<string, CompiledPath>();
const CACHE_LIMIT = 5000;

export function compilePath(text: string): CompiledPath {
  const hit = cache.get(text);
  if (hit) return hit;
  let parsed: ParsedPath;
  try {
    parsed = parsePath(text);
  } catch (error) {
    throw new PathEvaluationError(`Invalid path '${text}': ${(error as Error).message}`);
  }
  const steps: (string | number)[] = [];
  if (parsed.definite) {
    for (const segment of parsed.segments) {
      if (segment.kind === "member") steps.push(segment.name);
      else if (segment.kind === "index") steps.push(segment.index);
    }
  }
  const compiled: CompiledPath = {
    text,
    root: parsed.root,
    definite: parsed.definite,
    steps,
    normalized: normalize(parsed),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, compiled);
  return compiled;
}

function normalize(parsed: ParsedPath): string {
  let out = parsed.root.kind === "context" ? "$$" : parsed.root.kind === "variable" ? `$${parsed.root.name}` : "$";
  for (const segment of parsed.segments) {
    switch (segment.kind) {
      case "member":
        out += `['${segment.name}']`;
        break;
      case "index":
        out += `[${segment.index}]`;
        break;
      case "wildcard":
        out += "[*]";
        break;
      case "descendant":
        out += "..";
        break;
      case "slice":
        out += `[${segment.start ?? ""}:${segment.end ?? ""}${segment.step === undefined ? "" : `:${segment.step}`}]`;
        break;
      case "filter":
        out += `[?(${segment.expression})]`;
        break;
      case "script":
        out += `[(${segment.expression})]`;
        break;
      case "union":
        out += `[${segment.items.map((i) => (typeof i === "number" ? String(i) : `'${i}'`)).join(",")}]`;
        break;
    }
  }
  return out;
}

function rootDocument(path: CompiledPath, input: JsonValue, sources: PathSources | undefined): JsonValue | undefined {
  switch (path.root.kind) {
    case "input":
      return input;
    case "context":
      return sources?.context ? sources.context() : undefined;
    case "variable":
      return sources?.variable ? sources.variable(path.root.name) : undefined;
  }
}

/** Walks a definite path natively. Member steps read own properties only; index steps read arrays only. */
export function walkSteps(node: JsonValue | undefined, steps: readonly (string | number)[]): JsonValue | undefined {
  let current = node;
  for (let i = 0; i < steps.length; i++) {
    if (current === undefined || current === null || typeof current !== "object") return undefined;
    const step = steps[i] as string | number;
    if (Array.isArray(current)) {
      // DECISION: a member step on an array reads an element only when it is a plain index ("0");
      // `.length` and other array properties are not data.
      const index = typeof step === "number" ? step : /^(0|[1-9]\d*)$/.test(step) ? Number(step) : -1;
      current = index >= 0 && index < current.length ? current[index] : undefined;
    } else {
      current = getOwn(current, typeof step === "number" ? String(step) : step);
    }
  }
  return current;
}

/**
 * Evaluates a path. Returns `undefined` when a definite path matches nothing; an indefinite path
 * always returns an array.
 */
export function evaluatePath(path: CompiledPath | string, input: JsonValue, sources?: PathSources): JsonValue | undefined {
  const compiled = typeof path === "string" ? compilePath(path) : path;
  if (compiled.root.kind === "input" && compiled.definite) return walkSteps(input, compiled.steps);
  const doc = rootDocument(compiled, input, sources);
  if (compiled.definite) return walkSteps(doc, compiled.steps);
  if (doc === undefined) return [];
  const text = compiled.root.kind === "input" ? compiled.text : "$" + compiled.text.slice(compiled.root.kind === "context" ? 2 : 1 + (compiled.root.kind === "variable" ? compiled.root.name.length : 0));
  let result: unknown;
  try {
    result = JSONPath({ path: text, json: doc as object, wrap: true, eval: "safe" }) as unknown;
  } catch (error) {
    throw new PathEvaluationError(`Invalid path '${compiled.text}': ${(error as Error).message}`);
  }
  return Array.isArray(result) ? (result as JsonValue[]) : [];
}
