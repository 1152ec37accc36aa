import { localToEpoch, readIsoTime, type LocalOffset, type ReadTime } from './timestamps';

/**
 * How a column writes its times: `iso` (ISO 8601, zone optional), `epoch-ms` or `epoch-s` (numbers since 1970 UTC),
 * or a pattern of YYYY, MM/M, DD/D, HH/H (24 h), hh/h with A (12 h with AM/PM), mm, ss, S (fractions of a second, any
 * number of digits) and Z (an offset such as +01:00 or Z); any other character stands for itself.
 */
export type TimestampFormat = string;

type Part = 'year' | 'month' | 'day' | 'hour' | 'hour12' | 'minute' | 'second' | 'fraction' | 'zone' | 'meridiem';

const tokens: Record<string, { part: Part; pattern: string }> = {
  YYYY: { part: 'year', pattern: '(\\d{4})' },
  MM: { part: 'month', pattern: '(\\d{2})' },
  M: { part: 'month', pattern: '(\\d{1,2})' },
  DD: { part: 'day', pattern: '(\\d{2})' },
  D: { part: 'day', pattern: '(\\d{1,2})' },
  HH: { part: 'hour', pattern: '(\\d{2})' },
  H: { part: 'hour', pattern: '(\\d{1,2})' },
  hh: { part: 'hour12', pattern: '(\\d{2})' },
  h: { part: 'hour12', pattern: '(\\d{1,2})' },
  mm: { part: 'minute', pattern: '(\\d{2})' },
  ss: { part: 'second', pattern: '(\\d{2})' },
  S: { part: 'fraction', pattern: '(\\d{1,9})' },
  Z: { part: 'zone', pattern: '(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})' },
  A: { part: 'meridiem', pattern: '([AaPp][Mm])' },
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}

function patternReader(format: string, offset: LocalOffset): (text: string) => ReadTime | null {
  const parts: Part[] = [];
  let source = '';
  for (const token of format.match(/YYYY|MM|M|DD|D|HH|H|hh|h|mm|ss|S+|Z|A|[\s\S]/g) ?? []) {
    const known = tokens[token.startsWith('S') ? 'S' : token];
    if (known) {
      parts.push(known.part);
      source += known.pattern;
    } else source += /\s/.test(token) ? '\\s+' : escape(token);
  }
  if (!parts.includes('year') || !parts.includes('month') || !parts.includes('day'))
    throw new Error(`the time format "${format}" needs a year (YYYY), a month (MM) and a day (DD)`);
  const pattern = new RegExp(`^${source}$`);
  return (text) => {
    const match = pattern.exec(text.trim());
    if (!match) return null;
    const value: Partial<Record<Part, string>> = {};
    parts.forEach((part, index) => (value[part] = match[index + 1]));
    let hour = Number(value.hour ?? 0);
    if (value.hour12 !== undefined) {
      hour = Number(value.hour12);
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (value.meridiem?.toLowerCase() === 'pm' ? 12 : 0);
    }
    const fraction = value.fraction ?? '';
    const ms = localToEpoch(
      {
        year: Number(value.year),
        month: Number(value.month),
        day: Number(value.day),
        hour,
        minute: Number(value.minute ?? 0),
        second: Number(value.second ?? 0),
        ms: fraction ? Number((fraction + '00').slice(0, 3)) : 0,
      },
      value.zone === undefined ? null : zoneMinutes(value.zone),
      offset,
    );
    return ms === null ? null : { ms, zoned: value.zone !== undefined };
  };
}

/** A reader of timestamps in the declared format; throws (with the reason in words) when the format is unusable. */
export function timestampReader(
  format: TimestampFormat,
  offset: LocalOffset = () => 0,
): (text: string) => ReadTime | null {
  if (format === 'iso') return (text) => readIsoTime(text, offset);
  if (format === 'epoch-ms' || format === 'epoch-s') {
    const scale = format === 'epoch-ms' ? 1 : 1000;
    return (text) => {
      const trimmed = text.trim();
      if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
      return { ms: Number(trimmed) * scale, zoned: true };
    };
  }
  return patternReader(format, offset);
}

const guesses: TimestampFormat[] = [
  'iso',
  'DD-MM-YYYY HH:mm:ss',
  'DD-MM-YYYY HH:mm',
  'DD/MM/YYYY HH:mm:ss',
  'DD/MM/YYYY HH:mm',
  'MM/DD/YYYY HH:mm:ss',
  'MM/DD/YYYY HH:mm',
  'M/D/YYYY h:mm:ss A',
  'M/D/YYYY h:mm A',
  'DD.MM.YYYY HH:mm:ss',
  'DD.MM.YYYY HH:mm',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
  'DD.MM.YYYY',
];

/**
 * The first format that reads every sample (blank samples aside); 'iso' when none does, so that the import
 * reports the values it cannot read instead of guessing wildly.
 */
export function guessTimestampFormat(samples: readonly string[]): TimestampFormat {
  const filled = samples.filter((sample) => sample.trim() !== '');
  if (filled.length === 0) return 'iso';
  for (const format of guesses) {
    const read = timestampReader(format);
    if (filled.every((sample) => read(sample) !== null)) return format;
  }
  return 'iso';
}
