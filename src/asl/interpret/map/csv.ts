/**
 * CSV as the distributed Map reads it (seed L6874–L6890, L7571–L7588): `,` (or CSVDelimiter)
 * separates fields, a newline separates records, every value is a string; a double-quoted field
 * may hold delimiters and newlines with `""` for a quote.
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
      atFieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atFieldStart = true;
    } else {
      // Doubled quotes inside an unquoted field (the guide's own example, erratum 10) read as one quote.
      if (ch === '"' && text[i + 1] === '"') i++;
      field += ch;
      atFieldStart = false;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows → objects keyed by the headers; short rows get "" and extra fields are dropped (seed L7584–L7588). */
export function csvToItems(rows: string[][], headers: string[]): Record<string, string>[] {
  return rows.map((row) => {
    const item: Record<string, string> = {};
    headers.forEach((header, i) => {
      Object.defineProperty(item, header, { value: row[i] ?? "", enumerable: true, writable: true, configurable: true });
    });
    return item;
  });
}
