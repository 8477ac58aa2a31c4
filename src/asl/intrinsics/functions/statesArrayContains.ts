/** States.ArrayContains(array, value), deep equality (seed L2737–L2767; recorded arrays as values, corpus 0628). */
import { deepEqual, type JsonValue } from "../../json";
import { expectArity, expectArray } from "../args";

export function statesArrayContains(args: JsonValue[]): JsonValue {
  expectArity("States.ArrayContains", args, 2);
  const array = expectArray("States.ArrayContains", args[0], 1);
  const needle = args[1] as JsonValue;
  return array.some((item) => deepEqual(item, needle));
}
