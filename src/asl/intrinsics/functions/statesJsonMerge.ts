/** States.JsonMerge(a, b, false): shallow merge, b wins; deep merge is not supported (seed L2928–L2958). */
import { setOwn, type JsonObject, type JsonValue } from "../../json";
import { expectArity, expectObject } from "../args";
import { IntrinsicError } from "../IntrinsicError";

export function statesJsonMerge(args: JsonValue[]): JsonValue {
  expectArity("States.JsonMerge", args, 3);
  const a = expectObject("States.JsonMerge", args[0], 1);
  const b = expectObject("States.JsonMerge", args[1], 2);
  if (args[2] !== false) throw new IntrinsicError("States.JsonMerge: the third argument (deep merge) must be false.");
  const out: JsonObject = {};
  for (const key of Object.keys(a)) setOwn(out, key, a[key] as JsonValue);
  for (const key of Object.keys(b)) setOwn(out, key, b[key] as JsonValue);
  return out;
}
