/**
 * Test helpers: cursor markers in test text, and applying a completion the way Monaco does
 * (snippet placeholders take their defaults, lines after the first get the cursor line's
 * indentation, `\t` becomes two spaces).
 */
import { readFileSync } from "node:fs";
import { GUIDE_DEFINITIONS_DIR } from "../../../test/corpus";
import { stringify } from "yaml";
import type { CompletionItem, TextEdit } from "./types";

/** Splits "…|…" into the text without the marker and the marker's offset. */
export function cursor(marked: string, marker = "|"): { text: string; offset: number } {
  const offset = marked.indexOf(marker);
  if (offset < 0) throw new Error(`no ${marker} in test text`);
  return { text: marked.slice(0, offset) + marked.slice(offset + marker.length), offset };
}

/** Snippet text → plain text with each tab stop's default (first choice, or empty). */
export function expandSnippet(snippet: string): string {
  let out = "";
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet.charAt(i);
    if (ch === "\\" && i + 1 < snippet.length) {
      out += snippet.charAt(++i);
    } else if (ch === "$" && /[0-9]/.test(snippet.charAt(i + 1))) {
      while (/[0-9]/.test(snippet.charAt(i + 1))) i++;
    } else if (ch === "$" && snippet.charAt(i + 1) === "{") {
      let j = i + 2;
      while (/[0-9]/.test(snippet.charAt(j))) j++;
      const kind = snippet.charAt(j);
      let body = "";
      let k = j + 1;
      for (; k < snippet.length; k++) {
        const c = snippet.charAt(k);
        if (c === "\\") body += snippet.charAt(++k);
        else if (c === "}" && kind === ":") break;
        else if (c === "|" && kind === "|" && snippet.charAt(k + 1) === "}") break;
        else if (c === "," && kind === "|") {
          // keep only the first choice
          while (k < snippet.length && !(snippet.charAt(k) === "|" && snippet.charAt(k + 1) === "}")) k++;
          break;
        } else body += c;
      }
      if (kind === "|") k++; // skip "|" of "|}"
      out += kind === "}" ? "" : body;
      i = kind === "}" ? j : k;
    } else {
      out += ch;
    }
  }
  return out;
}

/** The text after accepting a completion item. */
export function applyCompletion(text: string, item: CompletionItem): string {
  const lineStart = text.lastIndexOf("\n", item.range.startOffset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
  let insert = item.insertTextIsSnippet ? expandSnippet(item.insertText) : item.insertText;
  insert = insert.replace(/\t/g, "  ").replace(/\n/g, "\n" + indent);
  const edits: TextEdit[] = [{ offset: item.range.startOffset, length: item.range.endOffset - item.range.startOffset, text: insert }, ...(item.additionalTextEdits ?? [])];
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  return result;
}

/**
 * A realistic large definition: `count` states in a chain of Tasks (with Retry and Catch),
 * Choices, Waits, Passes and Parallels whose branches hold states of their own.
 */
export function largeDefinition(count: number): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  let made = 0;
  const name = (i: number) => `Step ${i}`;
  for (let i = 0; made < count; i++) {
    const next = name(i + 1);
    const last = made >= count - 1;
    const transition = last ? { End: true } : { Next: next };
    switch (i % 5) {
      case 0:
        states[name(i)] = {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:f", "Payload.$": "$" },
          Retry: [{ ErrorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2 }],
          Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Handle failure" }],
          ResultPath: "$.result",
          ...transition,
        };
        break;
      case 1:
        states[name(i)] = last ? { Type: "Succeed" } : { Type: "Choice", Choices: [{ Variable: "$.result.ok", BooleanEquals: true, Next: next }], Default: "Handle failure" };
        break;
      case 2:
        states[name(i)] = { Type: "Wait", Seconds: 1, ...transition };
        break;
      case 3: {
        const a = `Branch ${i} a`;
        const b = `Branch ${i} b`;
        states[name(i)] = {
          Type: "Parallel",
          Branches: [
            { StartAt: a, States: { [a]: { Type: "Pass", Result: { n: i }, End: true } } },
            { StartAt: b, States: { [b]: { Type: "Pass", End: true } } },
          ],
          ...transition,
        };
        made += 2;
        break;
      }
      default:
        states[name(i)] = { Type: "Pass", Parameters: { "value.$": "States.Format('{}', $.x)" }, ...transition };
    }
    made++;
  }
  states["Handle failure"] = { Type: "Fail", Error: "Failed", Cause: "A step failed" };
  return { Comment: "Generated", StartAt: name(0), States: states };
}

/** A corpus definition's text (../shared/corpus/guide-definitions). */
export function corpusText(file: string): string {
  return readFileSync(`${GUIDE_DEFINITIONS_DIR}${file}`, "utf8");
}

/** The same definition as YAML (block style). */
export function toYaml(json: string): string {
  return stringify(JSON.parse(json), { lineWidth: 0 });
}

/** `text` with the one occurrence of `search` replaced by `marked` (which holds the "|" cursor). */
export function edit(text: string, search: string, marked: string): { text: string; offset: number } {
  const at = text.indexOf(search);
  if (at < 0 || text.indexOf(search, at + 1) >= 0) throw new Error(`"${search}" must occur exactly once`);
  return cursor(text.slice(0, at) + marked + text.slice(at + search.length));
}
