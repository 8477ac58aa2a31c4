/**
 * Path syntax per context (asl-semantics.md §4):
 * - "jsonpath": InputPath, OutputPath and `.$` template values take any JSONPath over the input
 *   (`$…`) or the context object (`$$…`) (seed L5781–L5855, L7755–L7760).
 * - "reference": fields that read one value (ItemsPath, Choice Variable, …Path fields): a path
 *   that names a single node (seed L5826–L5838). Context paths are allowed (seed L7673–L7686).
 * - "write": ResultPath: `$` then `.name`, `['name']`, `[n]` only; never the context object
 *   (seed L6109–L6110; decision of asl-semantics.md §4.2).
 * Reading paths may start at a workflow variable (`$name…`, "Passing data between states with
 * variables"); each read is recorded for the variables rule, which warns about names no state
 * assigns.
 */
import { looksLikeIntrinsic } from "../../intrinsics/parseIntrinsic";
import { tryParsePath, type ParsedPath, type PathSyntaxError } from "../../paths/parsePath";
import { labelIn, quote, type ValidationContext } from "../context";
import type { StateInfo } from "../model";
import { memo, NO_PROBLEMS, type Problem } from "./problems";

export type PathKind = "jsonpath" | "reference" | "write";

export const parsePathCached: (text: string) => ParsedPath | PathSyntaxError = memo(tryParsePath);

const KIND_WORDS: Record<PathKind, string> = {
  jsonpath: "a path",
  reference: "a reference path",
  write: "a reference path",
};

/** Intrinsics may appear only in `.$` template values and Fail's ErrorPath/CausePath (seed L2636–L2681). */
const INTRINSIC_FIELDS = "keys ending in .$ of Parameters, ResultSelector, ItemSelector or Credentials, and a Fail state's ErrorPath/CausePath";

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function computeProblems(text: string, kind: PathKind): readonly Problem[] {
  if (looksLikeIntrinsic(text)) {
    return [{ code: "INTRINSIC_NOT_ALLOWED", text: `cannot hold an intrinsic function call; intrinsics are allowed only in ${INTRINSIC_FIELDS} (seed L2636–L2681).` }];
  }
  const parsed = parsePathCached(text);
  if (!("segments" in parsed)) {
    const fix = !text.startsWith("$") && /^\.?[A-Za-z_]/.test(text) ? ` Did you mean ${quote("$." + text.replace(/^\.+/, ""))}?` : "";
    return [{ code: "INVALID_PATH", text: `${quote(text)} is not ${KIND_WORDS[kind]}: ${lowerFirst(parsed.message)} (at character ${parsed.offset + 1}).${fix}` }];
  }
  if (kind === "write") {
    if (parsed.root.kind === "variable") {
      return [{ code: "INVALID_PATH", text: `${quote(text)} writes into the workflow variable $${parsed.root.name}; ResultPath writes into the state input. Set variables with Assign ("Passing data between states with variables").` }];
    }
    if (parsed.root.kind === "context") {
      return [{ code: "INVALID_PATH", text: `${quote(text)} writes into the context object ($$), which is read-only; write into the state input with a path starting $. (seed L6109).` }];
    }
    if (!parsed.definite) {
      return [{ code: "INVALID_REFERENCE_PATH", text: `${quote(text)} must name a single place to write the result: use only .name, ['name'] and [index] steps after $ (seed L6109–L6110).` }];
    }
  } else if (kind === "reference" && !parsed.definite) {
    return [
      {
        code: "INVALID_REFERENCE_PATH",
        text: `${quote(text)} can select several values (wildcards, slices, filters, .. or unions), but this field needs a reference path that names one value, using .name, ['name'] and [index] steps (seed L5826–L5838).`,
      },
    ];
  }
  return NO_PROBLEMS;
}

const byKind: Record<PathKind, (text: string) => readonly Problem[]> = {
  jsonpath: memo((text) => computeProblems(text, "jsonpath")),
  reference: memo((text) => computeProblems(text, "reference")),
  write: memo((text) => computeProblems(text, "write")),
};

export function pathProblems(text: string, kind: PathKind): readonly Problem[] {
  return byKind[kind](text);
}

/** Records `$name…` as a read of the variable `name` (for the variables rule). */
export function recordVariableRead(ctx: ValidationContext, state: StateInfo, pointer: string, text: string, whole = true): void {
  if (text.length < 2 || text.charCodeAt(0) !== 36 /* $ */ || text.charCodeAt(1) === 36 || text.charCodeAt(1) === 46 /* . */ || text.charCodeAt(1) === 91 /* [ */) return;
  const parsed = parsePathCached(text);
  if (!("segments" in parsed) || parsed.root.kind !== "variable") return;
  ctx.variableReads.push(whole ? { name: parsed.root.name, pointer, state, subRange: { start: 0, length: parsed.root.name.length + 1 } } : { name: parsed.root.name, pointer, state });
}

/** Records `$$.Map…` (the Map item of the context object) for the mapItemContext rule. */
export function recordMapItemRead(ctx: ValidationContext, state: StateInfo, pointer: string, text: string): void {
  if (text.charCodeAt(0) !== 36 /* $ */ || text.charCodeAt(1) !== 36) return;
  const parsed = parsePathCached(text);
  if (!("segments" in parsed) || parsed.root.kind !== "context") return;
  const first = parsed.segments[0];
  if (first?.kind === "member" && first.name === "Map") ctx.mapItemReads.push({ text, pointer, state });
}

/**
 * Checks the path written at `pointer` and reports its problems as
 * `State "A": <field> <problem>`, the field named from the pointer ("Choices[0].Variable").
 */
export function checkPath(ctx: ValidationContext, state: StateInfo, pointer: string, text: string, kind: PathKind): void {
  recordVariableRead(ctx, state, pointer, text);
  if (kind !== "write") recordMapItemRead(ctx, state, pointer, text);
  const problems = pathProblems(text, kind);
  if (problems.length === 0) return;
  const where = `State ${quote(state.name)}: ${labelIn(state, pointer)}`;
  for (const problem of problems) ctx.report({ code: problem.code, pointer, state, message: `${where} ${problem.text}` });
}
