/**
 * RFC 3339 timestamps as Step Functions reads them (seed L4284–L4289): uppercase `T`, and `Z` or a
 * numeric offset; fractional seconds of any length. Recorded AWS runs reject a space for `T`, a
 * missing zone and hour 25 (corpus 0894–0897).
 */
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** An instant: whole epoch seconds and nanoseconds, so sub-millisecond digits still compare. */
export interface Instant {
  seconds: number;
  nanos: number;
}

export function parseTimestamp(text: string): Instant | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = match as unknown as [string, string, string, string, string, string, string, string | undefined, string];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const seconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offsetMinutes * 60;
  const nanos = frac ? Number((frac + "000000000").slice(0, 9)) : 0;
  return { seconds, nanos };
}

export function compareInstants(a: Instant, b: Instant): number {
  return a.seconds !== b.seconds ? a.seconds - b.seconds : a.nanos - b.nanos;
}

export function instantToMillis(instant: Instant): number {
  return instant.seconds * 1000 + Math.floor(instant.nanos / 1e6);
}
