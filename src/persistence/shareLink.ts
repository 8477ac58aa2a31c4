/**
 * Share links: the document (and optionally its sample input) compressed into the URL fragment,
 * `#share=<version><payload>`, so nothing is sent to any server (fragments never leave the
 * browser). Opening a link loads a copy as a new document.
 *
 * Payload: JSON `{v: 1, text, format, name, type, input?}` → UTF-8 → deflate (CompressionStream)
 * → base64url, prefixed "1z"; where CompressionStream is missing, the JSON is stored uncompressed
 * with prefix "1j".
 *
 * Limit (decision): the encoded payload is at most SHARE_LINK_MAX_CHARS (16,384) characters.
 * Browsers accept far longer URLs, but chat tools, e-mail clients and issue trackers start to cut
 * or refuse links around 8–32 KB; 16 KB keeps links intact in common tools and still holds a
 * definition of roughly 60–120 KB (JSON compresses 5–8×). Longer documents get a message saying
 * so (and suggesting an export) instead of a link that would break.
 *
 * Decoding treats the fragment as hostile: the compressed size, the inflated size (a "zip bomb"
 * stops at SHARE_LINK_MAX_INFLATED bytes) and every field are checked; nothing is evaluated.
 */
import type { TextFormat } from "../asl/parse/types";
import type { WorkflowType } from "../asl/types";

export const SHARE_LINK_MAX_CHARS = 16_384;
export const SHARE_LINK_MAX_INFLATED = 2 * 1024 * 1024;
export const SHARE_PARAM = "share";
const VERSION = "1";

export interface SharedDocument {
  text: string;
  format: TextFormat;
  name: string;
  type: WorkflowType;
  /** The active sample input's text, when the user chose to include it. */
  input?: string;
}

export type ShareLinkResult = { ok: true; url: string; fragment: string; length: number } | { ok: false; reason: "too-large"; length: number; limit: number; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("The link contains characters a share link never has.");
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, transform: TransformStream<Uint8Array, Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Error(`The shared document is larger than ${Math.round(maxBytes / 1024)} KB once unpacked.`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

const canCompress = () => typeof CompressionStream === "function" && typeof DecompressionStream === "function";

/** The fragment payload (without `#share=`) for a document. */
export async function encodeSharedDocument(doc: SharedDocument): Promise<string> {
  const payload: Record<string, unknown> = { v: 1, text: doc.text, format: doc.format, name: doc.name, type: doc.type };
  if (doc.input !== undefined) payload.input = doc.input;
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  if (!canCompress()) return `${VERSION}j${toBase64Url(bytes)}`;
  return `${VERSION}z${toBase64Url(await pipe(bytes, new CompressionStream("deflate") as unknown as TransformStream<Uint8Array, Uint8Array>, Infinity))}`;
}

/** A link to `baseUrl` (without its fragment) that opens a copy of the document, or why not. */
export async function createShareLink(doc: SharedDocument, baseUrl: string): Promise<ShareLinkResult> {
  const payload = await encodeSharedDocument(doc);
  if (payload.length > SHARE_LINK_MAX_CHARS) {
    return {
      ok: false,
      reason: "too-large",
      length: payload.length,
      limit: SHARE_LINK_MAX_CHARS,
      message: `This document is too large for a share link: it needs ${payload.length.toLocaleString("en-US")} characters, and links are limited to ${SHARE_LINK_MAX_CHARS.toLocaleString("en-US")} so they are not cut off by chat and e-mail tools. Export it as JSON or YAML and share the file instead.`,
    };
  }
  const fragment = `${SHARE_PARAM}=${payload}`;
  return { ok: true, url: `${baseUrl.replace(/#.*$/, "")}#${fragment}`, fragment, length: payload.length };
}

/** The share payload in a URL fragment (`#share=…`), if there is one. */
export function sharePayloadFromHash(hash: string): string | undefined {
  const fragment = hash.replace(/^#/, "");
  for (const part of fragment.split("&")) {
    if (part.startsWith(`${SHARE_PARAM}=`)) return part.slice(SHARE_PARAM.length + 1);
  }
  return undefined;
}

/** Payload → document. Throws an Error with a message for the user when the link is unusable. */
export async function decodeSharedDocument(payload: string): Promise<SharedDocument> {
  if (payload.length > SHARE_LINK_MAX_CHARS * 2) throw new Error("The share link is longer than any link ASL Studio makes.");
  const version = payload.charAt(0);
  const kind = payload.charAt(1);
  if (version !== VERSION) throw new Error(/^\d$/.test(version) ? "The share link comes from a newer version of ASL Studio." : "This is not an ASL Studio share link.");
  const bytes = fromBase64Url(payload.slice(2));
  let json: Uint8Array;
  if (kind === "z") {
    if (!canCompress()) throw new Error("This browser cannot unpack compressed share links.");
    try {
      json = await pipe(bytes, new DecompressionStream("deflate") as unknown as TransformStream<Uint8Array, Uint8Array>, SHARE_LINK_MAX_INFLATED);
    } catch (error) {
      throw new Error(error instanceof Error && error.message.startsWith("The shared") ? error.message : "The share link is damaged (it could not be unpacked); it may have been cut off.");
    }
  } else if (kind === "j") {
    json = bytes;
  } else {
    throw new Error("This is not an ASL Studio share link.");
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch {
    throw new Error("The share link is damaged (its content is not readable).");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("The share link is damaged.");
  const record = value as Record<string, unknown>;
  if (record.v !== 1 || typeof record.text !== "string") throw new Error("The share link is damaged or from another version of ASL Studio.");
  const doc: SharedDocument = {
    text: record.text,
    format: record.format === "yaml" ? "yaml" : "json",
    name: typeof record.name === "string" && record.name.trim() !== "" ? record.name.slice(0, 80) : "Shared",
    type: record.type === "EXPRESS" ? "EXPRESS" : "STANDARD",
  };
  if (typeof record.input === "string") doc.input = record.input;
  return doc;
}
