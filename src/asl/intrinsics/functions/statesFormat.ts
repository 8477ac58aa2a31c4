/** States.Format(template, …values): each unescaped `{}` takes the next value (seed L3136–L3160, escapes L3162–L3190). */
import type { JsonValue } from "../../json";
import { expectString } from "../args";
import { IntrinsicError } from "../IntrinsicError";
import { splitFormatTemplate, type IntrinsicArg } from "../parseIntrinsic";

/**
 * DECISION (guide silent): strings are inserted as they are; numbers, booleans and null as their
 * JSON text (recorded: `null` → "null", corpus 0671); objects and arrays as compact JSON text.
 */
export function formatValue(value: JsonValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function statesFormat(args: JsonValue[], rawArgs: readonly IntrinsicArg[]): JsonValue {
  if (args.length < 1) throw new IntrinsicError("States.Format needs a template argument.");
  const first = rawArgs[0];
  const template = expectString("States.Format", args[0], 1);
  // A literal template keeps its escapes in `raw`; a template read from a path is taken as written.
  const { parts, placeholders } = first && first.kind === "string" ? splitFormatTemplate(first.raw) : splitFormatTemplate(template);
  const values = args.length - 1;
  if (placeholders !== values) {
    throw new IntrinsicError(`States.Format: the template has ${placeholders} placeholder(s) but ${values} value(s) were given.`);
  }
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i++) {
    out += formatValue(args[i] as JsonValue) + (parts[i] ?? "");
  }
  return out;
}
