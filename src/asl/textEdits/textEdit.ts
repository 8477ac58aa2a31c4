/** Replace `text.slice(start, end)` with `text`; offsets are in the original text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export class OverlappingEditsError extends Error {}

/**
 * Applies edits that were all computed against the same text. Edits at the same place apply in
 * the order given (so several insertions after one key keep their order); overlapping edits throw.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
    .map(({ edit }) => edit);
  let result = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end < edit.start) throw new OverlappingEditsError(`Edits overlap at offset ${edit.start}`);
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}
