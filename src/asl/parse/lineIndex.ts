/** The text starts with U+FEFF, the byte order mark some editors write at the start of UTF-8 files. */
export function hasByteOrderMark(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

/** Converts text offsets to 1-based line/column positions (Monaco's convention) and back. */
export interface Position {
  line: number;
  column: number;
}

/**
 * A byte order mark is invisible and takes no column: editors (Monaco included, which drops it
 * from its model) show the character after it at line 1, column 1. Offsets still count it.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Line starts, found on first use: most parses never ask for a position. */
  private get lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [hasByteOrderMark(this.text) ? 1 : 0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) starts.push(i + 1);
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const lineStarts = this.lineStarts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: Math.max(1, clamped - (lineStarts[low] as number) + 1) };
  }

  offsetAt(position: Position): number {
    const lineStarts = this.lineStarts;
    const start = lineStarts[Math.max(0, Math.min(position.line - 1, lineStarts.length - 1))] as number;
    return Math.min(this.text.length, start + Math.max(0, position.column - 1));
  }
}
