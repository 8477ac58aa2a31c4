/**
 * The iframe embedding protocol, version 1 (documented in README "Embedding: iframe").
 *
 * Every message is a plain object `{ protocol: "asl-studio", version: 1, type, … }`.
 *
 * Host → studio (requests; with an `id`, the studio answers with a `response` of the same id):
 * - `init` `{ options?: { definition?, format?, readOnly?, theme?, mode?, features?, name? } }`
 * - `setDefinition` `{ definition: object | string, format? }` (a string is text in `format`)
 * - `getDefinition` → result `{ definition, text, format, valid }`
 * - `validate` → result `{ diagnostics, valid }`
 * - `setOptions` `{ options: { readOnly?, theme?, mode?, features? } }`
 *
 * Studio → host:
 * - `ready` (sent when the studio has loaded; again after each `init`)
 * - `response` `{ id, ok: true, result }` or `{ id, ok: false, error }`
 * - `change` `{ definition, text, format, valid }` (a new version of the document that parses)
 * - `diagnostics` `{ diagnostics, valid }` (the findings changed)
 * - `save` `{ definition, text, format, valid }` (the user pressed Save or Ctrl/⌘+S)
 *
 * Security: the studio accepts messages only from its parent window and only from origins on
 * its allow-list (embed-config.json, chosen by whoever deploys the studio, never by the page
 * that frames it); the first accepted message fixes the embedding origin, and every message
 * the studio sends goes to that origin only (before it is known: `ready`, addressed to each
 * allowed origin, which the browser delivers only to a matching parent). Message data is
 * checked field by field and size-limited; nothing is evaluated.
 */
import type { Diagnostic } from "../asl/diagnostics";
import { isJsonObject, type JsonValue } from "../asl/json";
import type { TextFormat } from "../asl/parse/types";
import type { Mode, StudioFeatures, Theme } from "../store/createStudioStore";

export const PROTOCOL = "asl-studio";
export const PROTOCOL_VERSION = 1;
/** Text and definitions larger than this are refused (a definition is at most 1 MB in the service). */
export const MAX_MESSAGE_TEXT = 2 * 1024 * 1024;

export interface EmbedOptions {
  definition?: JsonValue | string;
  format?: TextFormat;
  readOnly?: boolean;
  theme?: Theme;
  mode?: Mode;
  features?: Partial<StudioFeatures>;
  name?: string;
}

type Envelope = { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION };
type RequestId = string | number;

export type HostMessage = Envelope &
  (
    | { type: "init"; id?: RequestId; options: EmbedOptions }
    | { type: "setDefinition"; id?: RequestId; definition: JsonValue | string; format?: TextFormat }
    | { type: "getDefinition"; id?: RequestId }
    | { type: "validate"; id?: RequestId }
    | { type: "setOptions"; id?: RequestId; options: EmbedOptions }
  );

export interface DocumentSnapshot {
  definition: JsonValue | null;
  text: string;
  format: TextFormat;
  valid: boolean;
}

export type StudioMessage = Envelope &
  (
    | { type: "ready" }
    | { type: "response"; id: RequestId; ok: true; result: unknown }
    | { type: "response"; id: RequestId; ok: false; error: string }
    | ({ type: "change" } & DocumentSnapshot)
    | { type: "diagnostics"; diagnostics: Diagnostic[]; valid: boolean }
    | ({ type: "save" } & DocumentSnapshot)
  );

export type ParsedMessage = { ok: true; message: HostMessage } | { ok: false; id?: RequestId; error: string };

const FEATURE_KEYS: readonly (keyof StudioFeatures)[] = ["simulator", "export", "import", "templates", "documents", "share", "codeMode", "configMode"];

function readId(value: unknown): RequestId | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.length <= 100) return value;
  return undefined;
}

function readDefinition(value: unknown): JsonValue | string | undefined {
  if (typeof value === "string") return value.length <= MAX_MESSAGE_TEXT ? value : undefined;
  if (!isJsonObject(value)) return undefined;
  // Structured clone already made it plain data; JSON round-trip drops anything that is not JSON
  // (dates, maps, undefined) and measures it.
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return undefined;
  }
  if (text.length > MAX_MESSAGE_TEXT) return undefined;
  return JSON.parse(text) as JsonValue;
}

function readOptions(value: unknown): EmbedOptions | string {
  if (value === undefined) return {};
  if (!isJsonObject(value as JsonValue)) return "options must be an object.";
  const raw = value as Record<string, unknown>;
  const options: EmbedOptions = {};
  if (raw.definition !== undefined) {
    const definition = readDefinition(raw.definition);
    if (definition === undefined) return "options.definition must be an object or a string of at most 2 MB.";
    options.definition = definition;
  }
  if (raw.format !== undefined) {
    if (raw.format !== "json" && raw.format !== "yaml") return 'options.format must be "json" or "yaml".';
    options.format = raw.format;
  }
  if (raw.readOnly !== undefined) {
    if (typeof raw.readOnly !== "boolean") return "options.readOnly must be true or false.";
    options.readOnly = raw.readOnly;
  }
  if (raw.theme !== undefined) {
    if (raw.theme !== "light" && raw.theme !== "dark") return 'options.theme must be "light" or "dark".';
    options.theme = raw.theme;
  }
  if (raw.mode !== undefined) {
    if (raw.mode !== "design" && raw.mode !== "code" && raw.mode !== "config") return 'options.mode must be "design", "code" or "config".';
    options.mode = raw.mode;
  }
  if (raw.name !== undefined) {
    if (typeof raw.name !== "string" || raw.name.length > 80) return "options.name must be a string of at most 80 characters.";
    options.name = raw.name;
  }
  if (raw.features !== undefined) {
    if (!isJsonObject(raw.features as JsonValue)) return "options.features must be an object.";
    const features: Partial<StudioFeatures> = {};
    for (const [key, flag] of Object.entries(raw.features as Record<string, unknown>)) {
      if (!FEATURE_KEYS.includes(key as keyof StudioFeatures)) return `options.features.${key} is not a feature (${FEATURE_KEYS.join(", ")}).`;
      if (typeof flag !== "boolean") return `options.features.${key} must be true or false.`;
      features[key as keyof StudioFeatures] = flag;
    }
    options.features = features;
  }
  return options;
}

/**
 * Message data → a host message, an error to answer with, or undefined when the data is not
 * meant for us at all (other scripts post messages too) and must be ignored silently.
 */
export function parseHostMessage(data: unknown): ParsedMessage | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const raw = data as Record<string, unknown>;
  if (raw.protocol !== PROTOCOL) return undefined;
  const id = readId(raw.id);
  const fail = (error: string): ParsedMessage => ({ ok: false, ...(id !== undefined ? { id } : {}), error });
  if (raw.version !== PROTOCOL_VERSION) return fail(`Protocol version ${String(raw.version)} is not supported; this studio speaks version ${PROTOCOL_VERSION}.`);
  if (raw.id !== undefined && id === undefined) return fail("id must be a number or a string of at most 100 characters.");
  const envelope = { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...(id !== undefined ? { id } : {}) } as const;
  switch (raw.type) {
    case "init":
    case "setOptions": {
      const options = readOptions(raw.options);
      if (typeof options === "string") return fail(options);
      return { ok: true, message: { ...envelope, type: raw.type, options } };
    }
    case "setDefinition": {
      const definition = readDefinition(raw.definition);
      if (definition === undefined) return fail("definition must be an object or a string of at most 2 MB.");
      if (raw.format !== undefined && raw.format !== "json" && raw.format !== "yaml") return fail('format must be "json" or "yaml".');
      return { ok: true, message: { ...envelope, type: "setDefinition", definition, ...(raw.format === "json" || raw.format === "yaml" ? { format: raw.format } : {}) } };
    }
    case "getDefinition":
    case "validate":
      return { ok: true, message: { ...envelope, type: raw.type } };
    default:
      return fail(`Unknown message type ${JSON.stringify(String(raw.type)).slice(0, 60)}.`);
  }
}

/** An allow-list entry must be an exact origin (`https://portal.example.com[:port]`); `*` is refused. */
export function readAllowedOrigins(config: unknown): string[] {
  if (typeof config !== "object" || config === null) return [];
  const list = (config as Record<string, unknown>).allowedOrigins;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    if (typeof entry !== "string" || entry === "*" || entry === "null") return [];
    try {
      const url = new URL(entry);
      return (url.protocol === "https:" || url.protocol === "http:") && url.origin === entry.replace(/\/$/, "") ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}
