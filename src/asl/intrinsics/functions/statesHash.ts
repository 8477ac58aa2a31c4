/** States.Hash(data, algorithm): lowercase hex digest of the UTF-8 bytes (seed L2890–L2922; the seed's SHA-1 example is erratum 2). */
import type { JsonValue } from "../../json";
import { checkMaxLength, expectArity, expectString } from "../args";
import { md5 } from "../hash/md5";
import { sha1 } from "../hash/sha1";
import { sha256 } from "../hash/sha256";
import { sha384, sha512 } from "../hash/sha512";
import { IntrinsicError } from "../IntrinsicError";
import { utf8Encode } from "../utf8";

export const HASH_ALGORITHMS: Record<string, (bytes: Uint8Array) => Uint8Array> = {
  MD5: md5,
  "SHA-1": sha1,
  "SHA-256": sha256,
  "SHA-384": sha384,
  "SHA-512": sha512,
};

export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}

export function statesHash(args: JsonValue[]): JsonValue {
  expectArity("States.Hash", args, 2);
  const data = expectString("States.Hash", args[0], 1);
  const algorithm = expectString("States.Hash", args[1], 2);
  checkMaxLength("States.Hash", data, 10_000);
  const fn = Object.prototype.hasOwnProperty.call(HASH_ALGORITHMS, algorithm) ? HASH_ALGORITHMS[algorithm] : undefined;
  if (!fn) throw new IntrinsicError(`States.Hash: unsupported algorithm '${algorithm}'; use MD5, SHA-1, SHA-256, SHA-384 or SHA-512.`);
  return toHex(fn(utf8Encode(data)));
}
