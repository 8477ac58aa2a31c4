/**
 * Timestamps in Choice rules and Wait: the RFC 3339 profile of ISO 8601 with an uppercase T
 * between date and time and an uppercase Z when there is no numeric offset, e.g.
 * 2016-08-18T17:33:00Z (seed L4284–L4289, L4388–L4398).
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

export function isTimestamp(text: string): boolean {
  const m = RFC3339.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return true;
}

/** Why a near-miss is not a timestamp, for the message; empty when there is nothing specific to say. */
export function timestampHint(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}t/.test(text) || /z$/.test(text)) return " T and Z must be uppercase.";
  if (/^\d{4}-\d{2}-\d{2} \d/.test(text)) return " Separate date and time with an uppercase T, not a space.";
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(text)) return " Add Z (UTC) or an offset such as +01:00.";
  return "";
}
