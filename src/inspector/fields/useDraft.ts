import { useState } from "react";
import { deepEqual, type JsonValue } from "../../asl/json";

/**
 * The text a field shows while the user types: it follows the document, except that it is not
 * rewritten while it already says the document's value (the user's spacing stays) or while the
 * document's value has not changed (an invalid draft is never lost to an unrelated edit).
 */
export function useDraft(value: JsonValue | undefined, format: (value: JsonValue | undefined) => string, matches: (text: string, value: JsonValue | undefined) => boolean): [string, (text: string) => void] {
  const [draft, setDraft] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (!deepEqual(seen, value) && !matches(draft, value)) setDraft(format(value));
  }
  return [draft, setDraft];
}
