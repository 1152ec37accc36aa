/** Order of day and month in dates such as 03/04/2025; ISO (year first) dates need none. */
export type DateOrder = 'dmy' | 'mdy';

interface DateParts {
  year: number;
  month: number;
  day: number;
  time: { hour: number; minute: number; second: number; fraction: string } | null;
  zone: string | null;
}

// 2025-03-04, 2025/03/04, 2025-03-04T14:30, 2025-03-04 14:30:00.123+01:00, ...Z
const yearFirst =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
// 04/03/2025, 4.3.2025, 04-03-2025 14:30, 3/4/2025 2:30 PM
const yearLast = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[T ,]\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function normaliseZone(zone: string | undefined): string | null {
  if (!zone) return null;
  if (zone === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

function valid(parts: DateParts): boolean {
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month))
    return false;
  const time = parts.time;
  return !time || (time.hour <= 23 && time.minute <= 59 && time.second <= 59);
}

function time(
  hour?: string,
  minute?: string,
  second?: string,
  fraction?: string,
  meridiem?: string,
): DateParts['time'] {
  if (hour === undefined || minute === undefined) return null;
  let h = Number(hour);
  if (meridiem) {
    if (h < 1 || h > 12) return { hour: 99, minute: 0, second: 0, fraction: '' }; // "13:00 PM": invalid, as valid() sees
    h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  return { hour: h, minute: Number(minute), second: Number(second ?? 0), fraction: fraction ?? '' };
}

/** The parts of a date in a recognised layout, with day and month placed by the given order; null otherwise. */
function dateParts(text: string, order: DateOrder): DateParts | null {
  let match = yearFirst.exec(text);
  if (match) {
    const [, y, , m, d, hh, mm, ss, fraction, zone] = match;
    return {
      year: Number(y),
      month: Number(m),
      day: Number(d),
      time: time(hh, mm, ss, fraction),
      zone: normaliseZone(zone),
    };
  }
  match = yearLast.exec(text);
  if (!match) return null;
  const [, first, , second, y, hh, mm, ss, meridiem] = match;
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  return {
    year: Number(y),
    month: Number(month),
    day: Number(day),
    time: time(hh, mm, ss, undefined, meridiem),
    zone: null,
  };
}

/**
 * A date or date-time as ISO 8601 text ("2025-03-04", "2025-03-04T14:30:00", "2025-03-04T14:30:00+01:00"), or null
 * when the text is not a real date in a recognised layout (2025-02-30 is not).
 */
export function parseDate(text: string, order: DateOrder): string | null {
  const parts = dateParts(text.trim(), order);
  if (!parts || !valid(parts)) return null;
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (!parts.time) return date;
  const { hour, minute, second, fraction } = parts.time;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction ? `.${fraction}` : ''}${parts.zone ?? ''}`;
}

/**
 * What a date text says about the day/month order: 'dmy' when its first number can only be a day (13/04/2025),
 * 'mdy' when its second can only be one, 'either' when both readings are dates, null when it is no such date.
 */
export function dateOrderEvidence(text: string): DateOrder | 'either' | null {
  const match = yearLast.exec(text.trim());
  if (!match) return null;
  const [, first, , second, year, hour, minute, secondOfMinute, meridiem] = match;
  const clock = time(hour, minute, secondOfMinute, undefined, meridiem);
  const reads = (day: string, month: string) =>
    valid({ year: Number(year), month: Number(month), day: Number(day), time: clock, zone: null });
  const asDmy = reads(first, second);
  const asMdy = reads(second, first);
  if (asDmy && asMdy) return 'either';
  return asDmy ? 'dmy' : asMdy ? 'mdy' : null;
}

/** Whether the text is a year-first (ISO-like) date, which needs no day/month order. */
export function isYearFirstDate(text: string): boolean {
  return yearFirst.test(text.trim());
}

/** Seconds since 1970-01-01T00:00:00Z of an ISO date from parseDate; a date-time without zone is read as UTC. */
export function isoToEpochSeconds(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso);
  if (!match) return NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const utc =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) / 1000 +
    Number(`0.${fraction || '0'}`);
  if (!zone || zone === 'Z') return utc;
  const offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60;
  return zone[0] === '+' ? utc - offset : utc + offset;
}
