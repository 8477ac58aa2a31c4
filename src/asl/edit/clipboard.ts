import { getOwn, isJsonObject } from "../json";
import type { State } from "../types";
import { CLIPBOARD_FORMAT, type Clipboard } from "./types";

/**
 * The value as a Clipboard, or undefined when it is not one (it may come from the system
 * clipboard, so anything is possible). Exits that are not states of the clipboard are dropped.
 */
export function readClipboard(value: unknown): Clipboard | undefined {
  if (!isJsonObject(value) || getOwn(value, "format") !== CLIPBOARD_FORMAT) return undefined;
  const states = getOwn(value, "states");
  const startAt = getOwn(value, "startAt");
  const exits = getOwn(value, "exits");
  if (!isJsonObject(states) || typeof startAt !== "string" || !isJsonObject(getOwn(states, startAt))) return undefined;
  if (!Object.keys(states).every((name) => isJsonObject(getOwn(states, name)))) return undefined;
  const exitNames = Array.isArray(exits) ? exits.filter((e): e is string => typeof e === "string" && isJsonObject(getOwn(states, e))) : [];
  return { format: CLIPBOARD_FORMAT, states: states as unknown as Record<string, State>, startAt, exits: exitNames };
}

/** Parses clipboard text (JSON) into a Clipboard; undefined for anything else. */
export function parseClipboardText(text: string): Clipboard | undefined {
  try {
    return readClipboard(JSON.parse(text));
  } catch {
    return undefined;
  }
}
