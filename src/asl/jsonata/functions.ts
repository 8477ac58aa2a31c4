/**
 * The functions Step Functions adds to JSONata ("Transforming data with JSONata in Step
 * Functions", section "JSONata functions provided by Step Functions"): `$partition`, `$range`,
 * `$hash`, `$random` (with an optional seed), `$uuid`, `$parse`. And what it takes away: `$eval`
 * ("$eval is not available — use $parse instead"), which here is no function at all, so a call
 * fails like any unknown function does on AWS: T1006 "Attempted to invoke a non-function"
 * (recorded for `$randomSeeded`, corpus 0735).
 *
 * They read the run's random source and clock through `FunctionHost`, set by the engine for the
 * duration of one synchronous evaluation; nothing here reaches a host object.
 */
import { HASH_ALGORITHMS, toHex } from "../intrinsics/functions/statesHash";
import { uuidV4 } from "../intrinsics/functions/statesUuid";
import { createSeededRandom, type RandomSource } from "../intrinsics/random";
import { utf8Encode } from "../intrinsics/utf8";
import type { JsonataFunction } from "./vendor/jsonataSync";

export interface FunctionHost {
  random: RandomSource;
}

/** DECISION (no published bound): `$range` refuses results over this many items instead of allocating them. */
export const MAX_RANGE_ITEMS = 100_000;

/** An error raised by one of our functions; jsonata adds the position, the engine the wording. */
export class StepFunctionsFunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StepFunctionsFunctionError";
  }
}

/**
 * A jsonata sequence: an array jsonata unwraps when it holds one value. `$range(1, 9, 9)` is `1`
 * on AWS, not `[1]` (recorded, corpus 0662), so `$range` returns one.
 */
function sequence(values: unknown[]): unknown[] {
  Object.defineProperty(values, "sequence", { value: true, enumerable: false });
  return values;
}

function integerArg(name: string, value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new StepFunctionsFunctionError(`${name}: the ${what} must be a number.`);
  return Math.trunc(value);
}

export interface StepFunctionsFunction {
  name: string;
  signature: string;
  /** The function's one-line description (for completion and hover). */
  doc: string;
  make(host: () => FunctionHost): JsonataFunction;
}

export const STEP_FUNCTIONS_FUNCTIONS: readonly StepFunctionsFunction[] = [
  {
    name: "partition",
    signature: "<an:a>",
    doc: "$partition(array, size): the array cut into chunks of `size` items (the last may be shorter). Replaces States.ArrayPartition.",
    make: () => (array, size) => {
      const chunk = integerArg("$partition", size, "chunk size");
      if (chunk < 1) throw new StepFunctionsFunctionError("$partition: the chunk size must be at least 1.");
      const items = Array.isArray(array) ? (array as unknown[]) : [array];
      const out: unknown[][] = [];
      for (let i = 0; i < items.length; i += chunk) out.push(items.slice(i, i + chunk));
      return out;
    },
  },
  {
    name: "range",
    signature: "<nnn:a>",
    doc: "$range(start, end, step): the numbers from start to end (inclusive when reached) by step. Replaces States.ArrayRange.",
    make: () => (start, end, step) => {
      const first = integerArg("$range", start, "start");
      const last = integerArg("$range", end, "end");
      const by = integerArg("$range", step, "step");
      if (by === 0) throw new StepFunctionsFunctionError("$range: the step must not be 0.");
      if ((by > 0 && first > last) || (by < 0 && first < last)) return undefined;
      const count = Math.floor((last - first) / by) + 1;
      if (count > MAX_RANGE_ITEMS) throw new StepFunctionsFunctionError(`$range: the result would have ${count} items; at most ${MAX_RANGE_ITEMS} are allowed.`);
      const out = new Array<number>(count);
      for (let i = 0; i < count; i++) out[i] = first + i * by;
      return sequence(out);
    },
  },
  {
    name: "hash",
    signature: "<ss:s>",
    doc: "$hash(data, algorithm): the hex digest of the text; MD5, SHA-1, SHA-256, SHA-384 or SHA-512. Replaces States.Hash.",
    make: () => (data, algorithm) => {
      const fn = typeof algorithm === "string" && Object.prototype.hasOwnProperty.call(HASH_ALGORITHMS, algorithm) ? HASH_ALGORITHMS[algorithm] : undefined;
      if (!fn) throw new StepFunctionsFunctionError(`$hash: unsupported algorithm '${String(algorithm)}'; use MD5, SHA-1, SHA-256, SHA-384 or SHA-512.`);
      return toHex(fn(utf8Encode(String(data))));
    },
  },
  {
    name: "random",
    signature: "<j?:n>",
    doc: "$random([seed]): a number in [0, 1); the same seed always gives the same number. Replaces States.MathRandom.",
    make: (host) => (seed) => {
      if (seed === undefined) return host().random.next();
      const key = typeof seed === "number" ? seed : JSON.stringify(seed);
      return createSeededRandom(key).next();
    },
  },
  {
    name: "uuid",
    signature: "<:s>",
    doc: "$uuid(): a random version 4 UUID. Replaces States.UUID.",
    make: (host) => () => uuidV4(host().random),
  },
  {
    name: "parse",
    signature: "<s:j>",
    doc: "$parse(text): the JSON value the text holds. Replaces States.StringToJson (and JSONata's $eval, which Step Functions does not provide).",
    make: () => (text) => {
      try {
        return JSON.parse(String(text)) as unknown;
      } catch {
        throw new StepFunctionsFunctionError(`$parse: the argument is not valid JSON: ${String(text).slice(0, 200)}`);
      }
    },
  },
];

/** JSONata built-ins Step Functions does not provide ("$eval is not available"). */
export const UNAVAILABLE_FUNCTIONS: readonly string[] = ["eval"];
