/** States.Base64Decode(base64) → UTF-8 text, input ≤ 10,000 characters (seed L2869–L2886; the seed's example output is erratum 1). */
import type { JsonValue } from "../../json";
import { checkMaxLength, expectArity, expectString } from "../args";
import { IntrinsicError } from "../IntrinsicError";
import { utf8Decode } from "../utf8";

export function bytesFromBase64(text: string): Uint8Array {
  const clean = text.replace(/[\r\n]/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new IntrinsicError("States.Base64Decode: the argument is not valid Base64.");
  }
  const lookup = (c: string) => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".indexOf(c);
  const body = clean.replace(/=+$/, "");
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i += 4) {
    const chunk = body.slice(i, i + 4);
    const n = [...chunk].reduce((acc, c, j) => acc | (lookup(c) << (18 - 6 * j)), 0);
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  return Uint8Array.from(bytes);
}

export function statesBase64Decode(args: JsonValue[]): JsonValue {
  expectArity("States.Base64Decode", args, 1);
  const text = expectString("States.Base64Decode", args[0], 1);
  checkMaxLength("States.Base64Decode", text, 10_000);
  return utf8Decode(bytesFromBase64(text));
}
