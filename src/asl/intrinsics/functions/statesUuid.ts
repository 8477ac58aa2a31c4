/** States.UUID(): a version 4 UUID drawn from the run's seedable random source (seed L3121–L3132). */
import type { JsonValue } from "../../json";
import { expectArity } from "../args";
import type { RandomSource } from "../random";

export function uuidV4(random: RandomSource): string {
  const bytes = new Array<number>(16);
  for (let i = 0; i < 16; i++) bytes[i] = Math.floor(random.next() * 256);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function statesUuid(args: JsonValue[], random: RandomSource): JsonValue {
  expectArity("States.UUID", args, 0);
  return uuidV4(random);
}
