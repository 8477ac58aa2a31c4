/**
 * Intrinsic function calls (asl-semantics.md §7): syntax and escapes (seed L3162–L3190), known
 * names (the 18 of the catalog), arity, at most 10 calls per field (seed L2622), the functions a
 * Fail state may use (seed L4474–L4476, L4494–L4496), States.Format's placeholder count
 * (seed L3139–L3140), and literal arguments a function is documented to reject.
 */
import { getIntrinsic, INTRINSICS, MAX_INTRINSIC_CALLS } from "../../intrinsics/catalog";
import { countCalls, IntrinsicSyntaxError, parseIntrinsic, splitFormatTemplate, type IntrinsicArg, type IntrinsicCall } from "../../intrinsics/parseIntrinsic";
import { labelIn, quote, type ValidationContext } from "../context";
import type { StateInfo } from "../model";
import { closest } from "../suggest";
import { pathProblems, recordMapItemRead, recordVariableRead } from "./pathCheck";
import { memo, NO_PROBLEMS, type Problem } from "./problems";

export const parseIntrinsicCached: (text: string) => IntrinsicCall | IntrinsicSyntaxError = memo((text) => {
  try {
    return parseIntrinsic(text);
  } catch (error) {
    if (!(error instanceof IntrinsicSyntaxError)) throw error;
    return error;
  }
});

const NAMES = INTRINSICS.map((i) => i.name);
const FAIL_FUNCTIONS = INTRINSICS.filter((i) => i.allowedInFail).map((i) => i.name);
const HASH_ALGORITHMS = ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"];
/** Functions whose first argument must be an array; the intrinsic syntax has no array literal. */
const ARRAY_FIRST = new Set(["States.ArrayPartition", "States.ArrayContains", "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique"]);

export type IntrinsicContext = "template" | "fail";

function computeProblems(text: string, context: IntrinsicContext): readonly Problem[] {
  const parsed = parseIntrinsicCached(text);
  if (parsed instanceof IntrinsicSyntaxError) {
    return [{ code: "INVALID_INTRINSIC", text: `${parsed.message} (at character ${parsed.offset + 1} of ${quote(text)}).` }];
  }
  const problems: Problem[] = [];
  const calls = countCalls(parsed);
  if (calls > MAX_INTRINSIC_CALLS) {
    problems.push({
      code: "TOO_MANY_INTRINSIC_CALLS",
      text: `${calls} intrinsic function calls in one field; the limit is ${MAX_INTRINSIC_CALLS} (seed L2622). Split the work over several fields or states.`,
    });
  }
  const visit = (call: IntrinsicCall): void => {
    checkCall(problems, call, context);
    for (const arg of call.args) {
      if (arg.kind === "call") visit(arg);
      else if (arg.kind === "path") for (const p of pathProblems(arg.path, "jsonpath")) problems.push({ code: p.code, text: `the argument ${p.text}` });
    }
  };
  visit(parsed);
  return problems.length === 0 ? NO_PROBLEMS : problems;
}

const byContext: Record<IntrinsicContext, (text: string) => readonly Problem[]> = {
  template: memo((text) => computeProblems(text, "template")),
  fail: memo((text) => computeProblems(text, "fail")),
};

export function intrinsicProblems(text: string, context: IntrinsicContext): readonly Problem[] {
  return byContext[context](text);
}

/** Checks the intrinsic call written at `pointer` and reports `State "A": <field>: <problem>`. */
export function checkIntrinsic(ctx: ValidationContext, state: StateInfo, pointer: string, text: string, context: IntrinsicContext): void {
  const parsed = parseIntrinsicCached(text);
  if (!(parsed instanceof IntrinsicSyntaxError)) {
    const reads = (call: IntrinsicCall): void => {
      for (const arg of call.args) {
        if (arg.kind === "call") reads(arg);
        else if (arg.kind === "path") {
          recordVariableRead(ctx, state, pointer, arg.path, false);
          recordMapItemRead(ctx, state, pointer, arg.path);
        }
      }
    };
    reads(parsed);
  }
  const problems = intrinsicProblems(text, context);
  if (problems.length === 0) return;
  const where = `State ${quote(state.name)}: ${labelIn(state, pointer)}: `;
  for (const problem of problems) ctx.report({ code: problem.code, pointer, state, message: where + problem.text });
}

function checkCall(problems: Problem[], call: IntrinsicCall, context: IntrinsicContext): void {
  const info = getIntrinsic(call.name);
  if (!info) {
    const suggestion = closest(call.name, NAMES);
    problems.push({
      code: "UNKNOWN_INTRINSIC",
      text: `there is no intrinsic function ${call.name}.${suggestion ? ` Did you mean ${suggestion}? Names are case-sensitive.` : ` The functions are listed at seed L2599–L2615.`}`,
    });
    return;
  }
  if (context === "fail" && !info.allowedInFail) {
    problems.push({
      code: "INTRINSIC_NOT_ALLOWED",
      text: `${call.name} cannot be used in a Fail state's ErrorPath or CausePath; only ${FAIL_FUNCTIONS.join(", ")} can (seed L4474–L4476).`,
    });
  }
  const n = call.args.length;
  if (n < info.minArgs || n > info.maxArgs) {
    const expected = info.minArgs === info.maxArgs ? `${info.minArgs}` : info.maxArgs === Infinity ? `at least ${info.minArgs}` : `${info.minArgs} to ${info.maxArgs}`;
    problems.push({
      code: "INTRINSIC_ARITY",
      text: `${call.name} takes ${expected} argument${expected === "1" ? "" : "s"} but gets ${n}: ${info.signature} (seed L${info.seedLine}).`,
    });
    return;
  }
  checkArguments(problems, call);
}

function literal(arg: IntrinsicArg | undefined): "string" | "number" | "boolean" | "null" | undefined {
  return arg && (arg.kind === "string" || arg.kind === "number" || arg.kind === "boolean" || arg.kind === "null") ? arg.kind : undefined;
}

function checkArguments(problems: Problem[], call: IntrinsicCall): void {
  const bad = (message: string) => problems.push({ code: "INTRINSIC_ARGUMENT", text: `${call.name}: ${message}` });
  const [a0, a1, a2] = call.args;
  if (ARRAY_FIRST.has(call.name) && literal(a0) !== undefined) {
    bad(`the first argument must be an array; pass a path to one or States.Array(…), not a ${literal(a0)} literal.`);
  }
  switch (call.name) {
    case "States.Format": {
      if (a0?.kind === "string") {
        const { placeholders } = splitFormatTemplate(a0.raw);
        const values = call.args.length - 1;
        if (placeholders !== values) {
          problems.push({
            code: "INTRINSIC_ARITY",
            text: `States.Format's template has ${placeholders} {} placeholder${placeholders === 1 ? "" : "s"} but ${values} value${values === 1 ? "" : "s"} follow${values === 1 ? "s" : ""}; the counts must match (seed L3139–L3140).`,
          });
        }
      } else if (literal(a0) !== undefined) {
        bad(`the first argument is the template and must be a string (seed L3138).`);
      }
      break;
    }
    case "States.Hash":
      if (a1?.kind === "string" && !HASH_ALGORITHMS.includes(a1.value)) bad(`${quote(a1.value)} is not a hash algorithm; use one of ${HASH_ALGORITHMS.join(", ")} (seed L2898–L2908).`);
      else if (literal(a1) !== undefined && a1?.kind !== "string") bad(`the algorithm must be a string such as 'SHA-256'.`);
      break;
    case "States.JsonMerge":
      if (literal(a2) !== undefined && !(a2?.kind === "boolean" && a2.value === false)) bad(`the third argument must be false: only shallow merging is supported (seed L2932–L2935).`);
      break;
    case "States.ArrayPartition":
      if (a1?.kind === "number" && Math.round(a1.value) <= 0) bad(`the chunk size must be a positive integer (seed L2712–L2718).`);
      else if (literal(a1) !== undefined && a1?.kind !== "number") bad(`the chunk size must be a number.`);
      break;
    case "States.ArrayRange":
      if (a0?.kind === "number" && a1?.kind === "number" && a2?.kind === "number") {
        const step = Math.round(a2.value);
        if (step === 0) bad(`the step must not be 0 (seed L2775–L2781).`);
        else {
          const count = Math.floor((Math.round(a1.value) - Math.round(a0.value)) / step) + 1;
          if (count > 1000) bad(`this range has ${count} elements; at most 1000 are allowed (seed L2769–L2770, L2783).`);
        }
      }
      break;
    default:
      break;
  }
}
