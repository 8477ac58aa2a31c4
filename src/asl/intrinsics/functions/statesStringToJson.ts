/** States.StringToJson(string) (seed L2960–L2978). Recorded: "" and " " give null (corpus 0689, 0690). */
import type { JsonValue } from "../../json";
import { expectArity, expectString } from "../args";
import { IntrinsicError } from "../IntrinsicError";

export function statesStringToJson(args: JsonValue[]): JsonValue {
  expectArity("States.StringToJson", args, 1);
  const text = expectString("States.StringToJson", args[0], 1);
  if (text.trim() === "") return null;
  try {
    const parsed = JSON.parse(text) as JsonValue;
    return parsed === 0 ? 0 : parsed;
  } catch {
    throw new IntrinsicError(`States.StringToJson: the argument is not valid JSON text: ${text.length > 100 ? text.slice(0, 100) + "…" : text}`);
  }
}
