/** What a number field of the inspector holds: the typed text, checked before it is written. */

export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
  /** The bound is exclusive: values must be greater than `min`. */
  minExclusive?: boolean;
}

export type NumberTextResult = { ok: true; value: number } | { ok: false; message: string };

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

export function parseNumberText(text: string, rule: NumberRule = {}): NumberTextResult {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return { ok: false, message: rule.integer ? "Enter a whole number." : "Enter a number." };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: "Enter a smaller number." };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: "Enter a whole number, without decimals." };
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) {
    return { ok: false, message: rule.minExclusive ? `Enter a number greater than ${rule.min}.` : `Enter ${rule.min} or more.` };
  }
  if (rule.max !== undefined && value > rule.max) return { ok: false, message: `Enter ${rule.max.toLocaleString("en-US")} or less.` };
  return { ok: true, value };
}

/** True when `text` already says `value`, so a re-render keeps what the user typed ("1.0" for 1). */
export function numberTextMatches(text: string, value: unknown): boolean {
  if (value === undefined) return text.trim() === "";
  const parsed = parseNumberText(text);
  return parsed.ok && parsed.value === value;
}
