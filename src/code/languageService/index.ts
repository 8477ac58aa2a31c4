/**
 * The ASL language service: one facade over one capability per file (validate, complete,
 * hover, format, folding), pure TypeScript with no Monaco or DOM import, so it is unit-tested
 * in Node and could run in a worker. The Monaco adapter (src/code/registerAslLanguageFeatures.ts)
 * converts its plain types 1:1.
 *
 * The service keeps the last few parsed texts, so repeated requests on the same text (hover as
 * the mouse moves, completion as the list re-filters) do not parse again.
 */
import { nestingTooDeep } from "../../asl/parse/nesting";
import { complete } from "./complete";
import { parseText, type ParsedText } from "./cursorContext";
import { foldingRanges } from "./folding";
import { formatText } from "./format";
import { hover } from "./hover";
import type { AslLanguageService, AslLanguageServiceOptions, TextFormat } from "./types";
import { validate } from "./validate";

export type * from "./types";
export { cursorContext, parseText, type CursorContext, type ParsedText } from "./cursorContext";

const CACHE_SIZE = 4;

/** A small most-recently-used cache of parsed texts. */
export class ParseCache {
  private entries: ParsedText[] = [];

  get(text: string, format: TextFormat): ParsedText {
    const index = this.entries.findIndex((e) => e.format === format && e.text === text);
    if (index >= 0) {
      const hit = this.entries[index] as ParsedText;
      if (index > 0) {
        this.entries.splice(index, 1);
        this.entries.unshift(hit);
      }
      return hit;
    }
    // Hostile nesting would overflow the recursive parsers; such text gets no tree and no answers.
    const parsed: ParsedText = nestingTooDeep(text) === undefined ? parseText(text, format) : { text, format, tree: undefined, tooDeep: true };
    this.entries.unshift(parsed);
    if (this.entries.length > CACHE_SIZE) this.entries.pop();
    return parsed;
  }
}

export function createAslLanguageService(options: AslLanguageServiceOptions = {}): AslLanguageService {
  const cache = new ParseCache();
  return {
    validate: (text, format, validateOptions = {}) => {
      const workflowType = validateOptions.workflowType ?? options.workflowType;
      return validate(text, format, workflowType ? { workflowType } : {});
    },
    complete: (text, format, offset, completeOptions = {}) => {
      const workflowType = completeOptions.workflowType ?? options.workflowType;
      const parsed = cache.get(text, format);
      return parsed.tooDeep ? { items: [], isIncomplete: false } : complete(parsed, clamp(offset, text), workflowType ? { workflowType } : {});
    },
    hover: (text, format, offset) => {
      const parsed = cache.get(text, format);
      return parsed.tooDeep ? undefined : hover(parsed, clamp(offset, text));
    },
    format: (text, format, formatOptions = {}) => formatText(text, format, formatOptions),
    foldingRanges: (text, format) => foldingRanges(text, format, format === "yaml" ? cache.get(text, format).tree : undefined),
  };
}

function clamp(offset: number, text: string): number {
  return Math.max(0, Math.min(Math.floor(offset), text.length));
}
