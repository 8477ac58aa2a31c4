/**
 * States.StringSplit(string, delimiters): every character of `delimiters` separates (seed
 * L3070–L3117). Empty pieces are dropped: recorded StringSplit(", , ,", ",") = [" ", " "] (corpus 0738).
 */
import type { JsonValue } from "../../json";
import { expectArity, expectString } from "../args";

export function statesStringSplit(args: JsonValue[]): JsonValue {
  expectArity("States.StringSplit", args, 2);
  const text = expectString("States.StringSplit", args[0], 1);
  const delimiters = new Set(expectString("States.StringSplit", args[1], 2));
  const out: string[] = [];
  let current = "";
  for (const ch of text) {
    if (delimiters.has(ch)) {
      if (current !== "") out.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current !== "") out.push(current);
  return out;
}
