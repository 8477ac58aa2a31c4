/**
 * Text → safe XML character data or attribute value. Untrusted strings (state names, labels,
 * comments) go through here before they enter an SVG: markup characters are escaped, and
 * characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD,
 * so the document always parses.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// Allowed: \t \n \r, U+0020–U+D7FF, U+E000–U+FFFD, and valid surrogate pairs (astral characters).
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDBFF\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** Shortens `text` to at most `maxChars` characters (by code point), ending with an ellipsis. */
export function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return chars.slice(0, Math.max(1, maxChars - 1)).join("").trimEnd() + "…";
}
