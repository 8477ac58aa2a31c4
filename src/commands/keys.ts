/** A key chord like "Mod+Shift+Z" ("Mod" is Ctrl, or ⌘ on macOS). */
export type KeyChord = string;

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function matchesChord(event: KeyboardEvent | React.KeyboardEvent, chord: KeyChord): boolean {
  const parts = chord.split("+");
  const key = parts[parts.length - 1] as string;
  const wantMod = parts.includes("Mod");
  const wantShift = parts.includes("Shift");
  const wantAlt = parts.includes("Alt");
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mod !== wantMod || event.altKey !== wantAlt) return false;
  // "?" is typed with Shift on most layouts: do not require the Shift state for symbol keys.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && event.shiftKey !== wantShift) return false;
  if (key.length === 1 && /[a-z]/i.test(key)) return event.code === `Key${key.toUpperCase()}` || event.key.toLowerCase() === key.toLowerCase();
  return event.key === key;
}

/** "Mod+Shift+Z" → "Ctrl+Shift+Z" (or "⌘⇧Z" on macOS). */
export function formatChord(chord: KeyChord): string {
  if (!isMac) return chord.replace("Mod", "Ctrl");
  return chord.replace("Mod+", "⌘").replace("Shift+", "⇧").replace("Alt+", "⌥");
}

/** Typing into a field must never trigger canvas shortcuts. */
export function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return target.closest(".monaco-editor") !== null;
  const type = (target as HTMLInputElement).type;
  return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(type);
}
