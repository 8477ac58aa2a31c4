/** States.ArrayGetItem(array, index), 0-based (seed L2793–L2811). */
import type { JsonValue } from "../../json";
import { expectArity, expectArray, expectInteger } from "../args";
import { IntrinsicError } from "../IntrinsicError";

export function statesArrayGetItem(args: JsonValue[]): JsonValue {
  expectArity("States.ArrayGetItem", args, 2);
  const array = expectArray("States.ArrayGetItem", args[0], 1);
  const index = expectInteger("States.ArrayGetItem", args[1], 2);
  if (index < 0 || index >= array.length) {
    throw new IntrinsicError(`States.ArrayGetItem: index ${index} is out of bounds for an array of length ${array.length}.`);
  }
  return array[index] as JsonValue;
}
