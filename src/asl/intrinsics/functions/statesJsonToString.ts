/** States.JsonToString(value) → compact JSON text (seed L2980–L2999; decision: no spaces, asl-semantics §15). */
import type { JsonValue } from "../../json";
import { expectArity } from "../args";

export function statesJsonToString(args: JsonValue[]): JsonValue {
  expectArity("States.JsonToString", args, 1);
  return JSON.stringify(args[0]);
}
