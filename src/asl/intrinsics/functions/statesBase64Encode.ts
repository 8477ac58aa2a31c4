/** States.Base64Encode(string): MIME Base64 of the UTF-8 bytes, input ≤ 10,000 characters (seed L2851–L2868). */
import type { JsonValue } from "../../json";
import { checkMaxLength, expectArity, expectString } from "../args";
import { utf8Encode } from "../utf8";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function base64FromBytes(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = i + 1 < bytes.length ? (bytes[i + 1] as number) : 0;
    const c = i + 2 < bytes.length ? (bytes[i + 2] as number) : 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : "=";
  }
  return out;
}

export function statesBase64Encode(args: JsonValue[]): JsonValue {
  expectArity("States.Base64Encode", args, 1);
  const text = expectString("States.Base64Encode", args[0], 1);
  checkMaxLength("States.Base64Encode", text, 10_000);
  return base64FromBytes(utf8Encode(text));
}
