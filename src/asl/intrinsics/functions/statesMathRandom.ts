/**
 * States.MathRandom(start, end[, seed]): an integer in [start, end) (seed L3005–L3040). A seed
 * argument always gives the same number; without one the run's seedable source is used.
 */
import type { JsonValue } from "../../json";
import { expectArity, expectInteger } from "../args";
import { IntrinsicError } from "../IntrinsicError";
import { createSeededRandom, type RandomSource } from "../random";

export function statesMathRandom(args: JsonValue[], random: RandomSource): JsonValue {
  expectArity("States.MathRandom", args, 2, 3);
  const start = expectInteger("States.MathRandom", args[0], 1);
  const end = expectInteger("States.MathRandom", args[1], 2);
  if (end <= start) throw new IntrinsicError("States.MathRandom: the end must be greater than the start.");
  const source = args.length === 3 ? createSeededRandom(expectInteger("States.MathRandom", args[2], 3)) : random;
  return start + Math.floor(source.next() * (end - start));
}
