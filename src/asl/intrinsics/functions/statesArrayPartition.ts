/** States.ArrayPartition(array, size) (seed L2703–L2735). */
import type { JsonValue } from "../../json";
import { expectArity, expectArray, expectInteger } from "../args";
import { IntrinsicError } from "../IntrinsicError";

export function statesArrayPartition(args: JsonValue[]): JsonValue {
  expectArity("States.ArrayPartition", args, 2);
  const array = expectArray("States.ArrayPartition", args[0], 1);
  const size = expectInteger("States.ArrayPartition", args[1], 2);
  if (size <= 0) throw new IntrinsicError("States.ArrayPartition: the chunk size must be a positive integer.");
  const chunks: JsonValue[] = [];
  for (let i = 0; i < array.length; i += size) chunks.push(array.slice(i, i + size));
  return chunks;
}
