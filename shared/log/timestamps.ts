/** Seconds to add to UTC to get local time on a local day (days since 1970-01-01); zero for UTC. */
export type LocalOffset = (localDay: number) => number;

/** A timestamp read from text: epoch milliseconds, and whether the text named its own zone. */
export interface ReadTime {
  ms: number;
  zoned: boolean;
}

const dayMs = 86_400_000;
const utc: LocalOffset = () => 0;

// 2010-12-30T14:32:00.000+01:00, 2010-12-30 14:32:00+0100, 2010-12-30T14:32Z, 2019/11/03 01:11:19.000, 2010-12-30
const isoPattern =
  /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function fractionMs(fraction: string | undefined): number {
  if (!fraction) return 0;
  return Number((fraction + '00').slice(0, 3)) + Number(`0.${fraction.slice(3) || '0'}`);
}

function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}

/** Epoch milliseconds of a local date and time, or null when the parts are no real date or time. */
export function localToEpoch(
  parts: { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number },
  offsetMinutes: number | null,
  offset: LocalOffset,
): number | null {
  const { year, month, day, hour, minute, second, ms } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 60) return null; // 60: a leap second, as ISO 8601 allows
  const local = Date.UTC(year, month - 1, day, hour, minute, second) + ms;
  if (offsetMinutes !== null) return local - offsetMinutes * 60_000;
  return local - offset(Math.floor(local / dayMs)) * 1000;
}

/**
 * Reads an ISO 8601 date-time (a `T` or a space between date and time, seconds and fractions optional, `Z` or an
 * offset such as +01:00 or +0100) or a plain date. Text without a zone is read in the given local offset (UTC by
 * default). Null when the text is no real date in that layout.
 */
export function readIsoTime(text: string, offset: LocalOffset = utc): ReadTime | null {
  const match = isoPattern.exec(text.trim());
  if (!match) return null;
  const [, y, , mo, d, h, mi, s, fraction, zone] = match;
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    ms: fractionMs(fraction),
  };
  if (zone !== undefined && zoneMinutes(zone) > 18 * 60) return null;
  const ms = localToEpoch(parts, zone === undefined ? null : zoneMinutes(zone), offset);
  return ms === null ? null : { ms, zoned: zone !== undefined };
}

/** Whether the ISO text uses a slash between date parts (2019/11/03): readable, but not the XES date layout. */
export function isSlashDate(text: string): boolean {
  return /^\s*\d{4}\//.test(text);
}
