/**
 * Evaluates an intrinsic function call (asl-semantics.md §7). Calls are parsed once per text and
 * cached; arguments are evaluated left to right, nested calls first. Any failure is an
 * IntrinsicError (→ States.IntrinsicFailure); a path argument that matches nothing is reported by
 * the caller's `resolvePath`.
 */
import type { JsonValue } from "../json";
import { statesArray } from "./functions/statesArray";
import { statesArrayContains } from "./functions/statesArrayContains";
import { statesArrayGetItem } from "./functions/statesArrayGetItem";
import { statesArrayLength } from "./functions/statesArrayLength";
import { statesArrayPartition } from "./functions/statesArrayPartition";
import { statesArrayRange } from "./functions/statesArrayRange";
import { statesArrayUnique } from "./functions/statesArrayUnique";
import { statesBase64Decode } from "./functions/statesBase64Decode";
import { statesBase64Encode } from "./functions/statesBase64Encode";
import { statesFormat } from "./functions/statesFormat";
import { statesHash } from "./functions/statesHash";
import { statesJsonMerge } from "./functions/statesJsonMerge";
import { statesJsonToString } from "./functions/statesJsonToString";
import { statesMathAdd } from "./functions/statesMathAdd";
import { statesMathRandom } from "./functions/statesMathRandom";
import { statesStringSplit } from "./functions/statesStringSplit";
import { statesStringToJson } from "./functions/statesStringToJson";
import { statesUuid } from "./functions/statesUuid";
import { IntrinsicError } from "./IntrinsicError";
import { IntrinsicSyntaxError, parseIntrinsic, type IntrinsicArg, type IntrinsicCall, type PathArg } from "./parseIntrinsic";
import type { RandomSource } from "./random";

export interface IntrinsicEnv {
  /** Resolves a path argument (`$…`, `$$…`); throws when it matches nothing. */
  /** A path argument's value; `arg` is the argument itself (its `compiled` field may cache the compiled path). */
  resolvePath(path: string, arg?: PathArg): JsonValue;
  random: RandomSource;
}

type IntrinsicImpl = (args: JsonValue[], rawArgs: readonly IntrinsicArg[], env: IntrinsicEnv) => JsonValue;

const FUNCTIONS: Record<string, IntrinsicImpl> = {
  "States.Format": (args, raw) => statesFormat(args, raw),
  "States.StringToJson": (args) => statesStringToJson(args),
  "States.JsonToString": (args) => statesJsonToString(args),
  "States.Array": (args) => statesArray(args),
  "States.ArrayPartition": (args) => statesArrayPartition(args),
  "States.ArrayContains": (args) => statesArrayContains(args),
  "States.ArrayRange": (args) => statesArrayRange(args),
  "States.ArrayGetItem": (args) => statesArrayGetItem(args),
  "States.ArrayLength": (args) => statesArrayLength(args),
  "States.ArrayUnique": (args) => statesArrayUnique(args),
  "States.Base64Encode": (args) => statesBase64Encode(args),
  "States.Base64Decode": (args) => statesBase64Decode(args),
  "States.Hash": (args) => statesHash(args),
  "States.JsonMerge": (args) => statesJsonMerge(args),
  "States.MathRandom": (args, _raw, env) => statesMathRandom(args, env.random),
  "States.MathAdd": (args) => statesMathAdd(args),
  "States.StringSplit": (args) => statesStringSplit(args),
  "States.UUID": (args, _raw, env) => statesUuid(args, env.random),
};

const cache = new Map<string, IntrinsicCall | IntrinsicError>();

/** Parses (cached) an intrinsic expression; a syntax error becomes an IntrinsicError. */
export function compileIntrinsic(text: string): IntrinsicCall {
  let hit = cache.get(text);
  if (!hit) {
    try {
      hit = parseIntrinsic(text);
    } catch (error) {
      if (!(error instanceof IntrinsicSyntaxError)) throw error;
      hit = new IntrinsicError(`Invalid intrinsic function call '${text}': ${error.message}`);
    }
    if (cache.size > 5000) cache.clear();
    cache.set(text, hit);
  }
  if (hit instanceof IntrinsicError) throw hit;
  return hit;
}

export function evaluateIntrinsicCall(call: IntrinsicCall, env: IntrinsicEnv): JsonValue {
  let impl = call.impl as IntrinsicImpl | undefined;
  if (impl === undefined) {
    impl = Object.prototype.hasOwnProperty.call(FUNCTIONS, call.name) ? FUNCTIONS[call.name] : undefined;
    if (!impl) throw new IntrinsicError(`Unknown intrinsic function ${call.name}.`);
    call.impl = impl;
  }
  const args = new Array<JsonValue>(call.args.length);
  for (let i = 0; i < call.args.length; i++) args[i] = evaluateArg(call.args[i] as IntrinsicArg, env);
  return impl(args, call.args, env);
}

function evaluateArg(arg: IntrinsicArg, env: IntrinsicEnv): JsonValue {
  switch (arg.kind) {
    case "string":
      return arg.value;
    case "number":
      return arg.value;
    case "boolean":
      return arg.value;
    case "null":
      return null;
    case "path":
      return env.resolvePath(arg.path, arg);
    case "call":
      return evaluateIntrinsicCall(arg, env);
  }
}

export function evaluateIntrinsic(text: string, env: IntrinsicEnv): JsonValue {
  return evaluateIntrinsicCall(compileIntrinsic(text), env);
}
