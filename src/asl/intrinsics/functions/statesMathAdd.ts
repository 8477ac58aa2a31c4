/**
 * States.MathAdd(a, b): integers in the 32-bit range, non-integers rounded (seed L3041–L3066).
 * DECISION (seed L3051 gives the range of the values): a sum outside the range fails as well,
 * with States.IntrinsicFailure, rather than returning an integer the range does not hold.
 */
import type { JsonValue } from "../../json";
import { expectArity, expectInteger } from "../args";
import { IntrinsicError } from "../IntrinsicError";

const MIN = -2147483648;
const MAX = 2147483647;

export function statesMathAdd(args: JsonValue[]): JsonValue {
  expectArity("States.MathAdd", args, 2);
  const a = expectInteger("States.MathAdd", args[0], 1);
  const b = expectInteger("States.MathAdd", args[1], 2);
  for (const n of [a, b]) {
    if (n < MIN || n > MAX) throw new IntrinsicError(`States.MathAdd: ${n} is outside the 32-bit integer range.`);
  }
  const sum = a + b;
  if (sum < MIN || sum > MAX) throw new IntrinsicError(`States.MathAdd: the sum ${sum} is outside the 32-bit integer range.`);
  return sum === 0 ? 0 : sum;
}
