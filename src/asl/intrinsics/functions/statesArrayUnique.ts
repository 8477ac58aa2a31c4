/** States.ArrayUnique(array): first occurrences kept, in order (seed L2830–L2845; order is a decision, asl-semantics §7.3). */
import { deepEqual, type JsonValue } from "../../json";
import { expectArity, expectArray } from "../args";

export function statesArrayUnique(args: JsonValue[]): JsonValue {
  expectArity("States.ArrayUnique", args, 1);
  const array = expectArray("States.ArrayUnique", args[0], 1);
  const out: JsonValue[] = [];
  const seenScalars = new Set<string | number | boolean | null>();
  for (const item of array) {
    if (item === null || typeof item !== "object") {
      if (seenScalars.has(item)) continue;
      seenScalars.add(item);
      out.push(item);
    } else if (!out.some((kept) => deepEqual(kept, item))) {
      out.push(item);
    }
  }
  return out;
}
