/**
 * Folding ranges for objects and arrays that span lines. JSON uses jsonc-parser's scanner (a
 * bracket stack, so half-typed text folds too) and, like VS Code, keeps the closing bracket's line
 * visible. YAML folds each block value from its key's line (or its "- " line) to its last line.
 */
import { createScanner } from "jsonc-parser";
import { LineIndex } from "../../asl/parse/lineIndex";
import type { TreeNode } from "./tree";
import type { FoldingRange, TextFormat } from "./types";

/** jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read). */
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

function jsonFolding(text: string, lines: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const stack: Array<{ line: number; kind: number }> = [];
  const scanner = createScanner(text, false);
  let previousStart = -1;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      stack.push({ line: lines.positionAt(scanner.getTokenOffset()).line, kind: token });
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      const open = token === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET;
      if (stack[stack.length - 1]?.kind !== open) continue;
      const start = stack.pop();
      const line = lines.positionAt(scanner.getTokenOffset()).line;
      if (start && line > start.line + 1 && start.line !== previousStart) {
        ranges.push({ startLine: start.line, endLine: line - 1 });
        previousStart = start.line;
      }
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine);
}

/** Offset of the last non-whitespace character before `end`. */
function lastContent(text: string, start: number, end: number): number {
  let i = Math.min(end, text.length) - 1;
  while (i > start && /\s/.test(text.charAt(i))) i--;
  return i;
}

function yamlFolding(text: string, tree: TreeNode | undefined, lines: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const seen = new Set<number>();
  const add = (from: number, node: TreeNode) => {
    const startLine = lines.positionAt(from).line;
    let endLine = lines.positionAt(lastContent(text, node.offset, node.end)).line;
    if (node.flow) endLine -= 1; // keep the closing bracket visible, as in JSON
    if (endLine > startLine && !seen.has(startLine)) {
      seen.add(startLine);
      ranges.push({ startLine, endLine });
    }
  };
  const visit = (node: TreeNode | undefined, depth: number): void => {
    if (!node || depth > 400) return;
    if (node.kind === "object") {
      for (const property of node.properties ?? []) {
        const value = property.value;
        if (value && (value.kind === "object" || value.kind === "array")) add(property.keyOffset, value);
        else if (value?.kind === "string" && !value.quoted) add(property.keyOffset, value); // block scalars
        visit(value, depth + 1);
      }
    } else if (node.kind === "array") {
      for (const item of node.items ?? []) {
        if (item.kind === "object" || item.kind === "array") add(item.offset, item);
        visit(item, depth + 1);
      }
    }
  };
  visit(tree, 0);
  return ranges.sort((a, b) => a.startLine - b.startLine);
}

export function foldingRanges(text: string, format: TextFormat, tree: TreeNode | undefined): FoldingRange[] {
  const lines = new LineIndex(text);
  return format === "json" ? jsonFolding(text, lines) : yamlFolding(text, tree, lines);
}
