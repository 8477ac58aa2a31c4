/** States.ArrayRange(first, last, step): inclusive of `last` when reached, at most 1000 items (seed L2767–L2793). */
import type { JsonValue } from "../../json";
import { expectArity, expectInteger } from "../args";
import { IntrinsicError } from "../IntrinsicError";

export const ARRAY_RANGE_MAX = 1000;

export function statesArrayRange(args: JsonValue[]): JsonValue {
  expectArity("States.ArrayRange", args, 3);
  const first = expectInteger("States.ArrayRange", args[0], 1);
  const last = expectInteger("States.ArrayRange", args[1], 2);
  const step = expectInteger("States.ArrayRange", args[2], 3);
  if (step === 0) throw new IntrinsicError("States.ArrayRange: the step cannot be 0.");
  const count = Math.floor((last - first) / step) + 1;
  if (count > ARRAY_RANGE_MAX) throw new IntrinsicError(`States.ArrayRange: the result would have more than ${ARRAY_RANGE_MAX} elements.`);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(first + i * step);
  return out;
}
