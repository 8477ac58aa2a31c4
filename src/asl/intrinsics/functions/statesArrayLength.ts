/** States.ArrayLength(array) (seed L2813–L2828). */
import type { JsonValue } from "../../json";
import { expectArity, expectArray } from "../args";

export function statesArrayLength(args: JsonValue[]): JsonValue {
  expectArity("States.ArrayLength", args, 1);
  return expectArray("States.ArrayLength", args[0], 1).length;
}
