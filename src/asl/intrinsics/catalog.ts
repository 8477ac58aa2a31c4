/**
 * The 18 intrinsic functions (asl-semantics.md §7.3), with arity for the validator and
 * signatures for completion and hover. Seed lines cite the guide section of each.
 */
export interface IntrinsicInfo {
  name: string;
  minArgs: number;
  /** Infinity for variadic functions. */
  maxArgs: number;
  signature: string;
  description: string;
  seedLine: number;
  /** May be used in a Fail state's ErrorPath/CausePath (seed L4474–L4476). */
  allowedInFail: boolean;
}

export const INTRINSICS: readonly IntrinsicInfo[] = [
  { name: "States.Format", minArgs: 1, maxArgs: Infinity, signature: "States.Format(template, …values)", description: "Builds a string: each {} in the template is replaced by the next value, in order.", seedLine: 3136, allowedInFail: true },
  { name: "States.StringToJson", minArgs: 1, maxArgs: 1, signature: "States.StringToJson(jsonString)", description: "Parses a string holding escaped JSON into JSON data.", seedLine: 2960, allowedInFail: false },
  { name: "States.JsonToString", minArgs: 1, maxArgs: 1, signature: "States.JsonToString(json)", description: "Serializes JSON data to an escaped JSON string.", seedLine: 2980, allowedInFail: true },
  { name: "States.Array", minArgs: 0, maxArgs: Infinity, signature: "States.Array(…values)", description: "Returns an array holding the arguments in order.", seedLine: 2687, allowedInFail: false },
  { name: "States.ArrayPartition", minArgs: 2, maxArgs: 2, signature: "States.ArrayPartition(array, chunkSize)", description: "Splits an array into chunks of chunkSize; the last chunk may be shorter.", seedLine: 2703, allowedInFail: false },
  { name: "States.ArrayContains", minArgs: 2, maxArgs: 2, signature: "States.ArrayContains(array, value)", description: "True when the array holds the value.", seedLine: 2737, allowedInFail: false },
  { name: "States.ArrayRange", minArgs: 3, maxArgs: 3, signature: "States.ArrayRange(first, last, step)", description: "An array of numbers from first to last (inclusive when reached) by step; at most 1000 elements.", seedLine: 2767, allowedInFail: false },
  { name: "States.ArrayGetItem", minArgs: 2, maxArgs: 2, signature: "States.ArrayGetItem(array, index)", description: "The element at a 0-based index.", seedLine: 2793, allowedInFail: true },
  { name: "States.ArrayLength", minArgs: 1, maxArgs: 1, signature: "States.ArrayLength(array)", description: "The number of elements in the array.", seedLine: 2813, allowedInFail: false },
  { name: "States.ArrayUnique", minArgs: 1, maxArgs: 1, signature: "States.ArrayUnique(array)", description: "The array without duplicate values, first occurrences kept in order.", seedLine: 2830, allowedInFail: false },
  { name: "States.Base64Encode", minArgs: 1, maxArgs: 1, signature: "States.Base64Encode(string)", description: "MIME Base64 encoding of a string of at most 10,000 characters.", seedLine: 2851, allowedInFail: true },
  { name: "States.Base64Decode", minArgs: 1, maxArgs: 1, signature: "States.Base64Decode(base64)", description: "Decodes a Base64 string of at most 10,000 characters.", seedLine: 2869, allowedInFail: true },
  { name: "States.Hash", minArgs: 2, maxArgs: 2, signature: "States.Hash(data, algorithm)", description: "Hex digest of a string with MD5, SHA-1, SHA-256, SHA-384 or SHA-512.", seedLine: 2890, allowedInFail: true },
  { name: "States.JsonMerge", minArgs: 3, maxArgs: 3, signature: "States.JsonMerge(json1, json2, false)", description: "Shallow merge of two objects; on a shared key the second wins. The third argument must be false.", seedLine: 2928, allowedInFail: false },
  { name: "States.MathRandom", minArgs: 2, maxArgs: 3, signature: "States.MathRandom(start, end[, seed])", description: "A random integer in [start, end); the same seed gives the same number.", seedLine: 3005, allowedInFail: false },
  { name: "States.MathAdd", minArgs: 2, maxArgs: 2, signature: "States.MathAdd(a, b)", description: "The sum of two integers in the 32-bit range.", seedLine: 3041, allowedInFail: false },
  { name: "States.StringSplit", minArgs: 2, maxArgs: 2, signature: "States.StringSplit(string, delimiters)", description: "Splits a string at every character of delimiters.", seedLine: 3070, allowedInFail: false },
  { name: "States.UUID", minArgs: 0, maxArgs: 0, signature: "States.UUID()", description: "A random version 4 UUID.", seedLine: 3121, allowedInFail: true },
];

const BY_NAME = new Map(INTRINSICS.map((info) => [info.name, info]));

export function getIntrinsic(name: string): IntrinsicInfo | undefined {
  return BY_NAME.get(name);
}

/** The guide allows up to 10 intrinsic calls in one field (seed L2622–L2630). */
export const MAX_INTRINSIC_CALLS = 10;
