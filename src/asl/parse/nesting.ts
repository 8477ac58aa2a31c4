/**
 * Deeper documents are refused before parsing: recursive parsers overflow the stack on
 * hostile input like 100,000 `[`. No real state machine comes close to this depth.
 */
export const MAX_NESTING_DEPTH = 512;

/** Offset of the first bracket that exceeds MAX_NESTING_DEPTH in JSON-like text, or undefined. */
export function nestingTooDeep(text: string, maxDepth = MAX_NESTING_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
      continue;
    }
    if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      depth++;
      if (depth > maxDepth) return i;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
