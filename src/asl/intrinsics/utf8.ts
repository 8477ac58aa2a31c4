/** UTF-8 encode/decode that work the same in Node and in a browser Worker (TextEncoder/TextDecoder). */
const encoder = new TextEncoder();

export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

export function utf8Decode(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}
