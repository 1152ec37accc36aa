/** Time zones offered for the start, as fixed offsets that the engine and calendars read alike. */
export const startZones: readonly string[] = [
  'UTC',
  ...[-10, -8, -7, -6, -5, -4, -3, 1, 2, 3, 4, 5.5, 7, 8, 9, 10, 12].map((h) => offsetText(h * 60)),
];

/** "+05:30", "-08:00"; zero is "UTC". */
export function offsetText(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

export interface StartParts {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:MM in the zone. */
  time: string;
  /** "UTC", an offset such as "+01:00", or a place such as "Europe/Paris". */
  zone: string;
}

const isoPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

// One formatter per place: building them is the slow part, and the form asks on every render.
const formats = new Map<string, Intl.DateTimeFormat | null>();

function placeFormat(zone: string): Intl.DateTimeFormat | null {
  if (!formats.has(zone)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      // An unknown name: the caller falls back to the stored offset.
    }
    formats.set(zone, format);
  }
  return formats.get(zone)!;
}

/** True for a place name the clock knows (Europe/Paris), whose offset follows daylight saving. */
export function isPlace(zone: string): boolean {
  return zone.includes('/') && placeFormat(zone) !== null;
}

/** The local wall-clock reading of an instant in a place, as milliseconds of a UTC date with the same fields. */
function wallClock(format: Intl.DateTimeFormat, utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(utcMs))) p[part.type] = Number(part.value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** The place's offset from UTC in minutes at an instant (+120 for Paris in July); null for an unknown place. */
export function placeOffset(zone: string, utcMs: number): number | null {
  const format = placeFormat(zone);
  return format ? Math.round((wallClock(format, Math.floor(utcMs / 1000) * 1000) - utcMs) / 60_000) : null;
}

/**
 * The offset a place has at a local date and time: taken at the instant that local reading names, so the days of
 * the change to and from summer time are right too (a time the change skips reads with the offset before it).
 */
function offsetAtLocal(zone: string, date: string, time: string): number | null {
  const local = Date.parse(`${date}T${time}:00Z`);
  const guess = placeOffset(zone, local);
  return guess === null ? null : placeOffset(zone, local - guess * 60_000);
}

/**
 * Splits a stored start ("2026-07-06T09:00:00+02:00") into what the form shows: with a known place (`timezone`)
 * the date and time are that place's clock at the start; otherwise as written, with its offset. Null when the start
 * reads otherwise.
 */
export function startParts(startAt: string, timezone?: string): StartParts | null {
  const match = isoPattern.exec(startAt.trim());
  if (!match) return null;
  const instant = Date.parse(startAt.trim());
  const format = timezone && isPlace(timezone) ? placeFormat(timezone) : null;
  if (format && timezone && !Number.isNaN(instant)) {
    const local = new Date(wallClock(format, instant)).toISOString();
    return { date: local.slice(0, 10), time: local.slice(11, 16), zone: timezone };
  }
  const zone = match[3] === 'Z' || match[3] === '+00:00' || match[3] === '-00:00' ? 'UTC' : match[3];
  return { date: match[1], time: match[2], zone };
}

/**
 * The stored form of a start: local date and time with the zone's offset ("Z" for UTC); a place writes the offset
 * it has on that date and at that time (Europe/Paris: +02:00 in summer, +01:00 in winter). Null when invalid.
 */
export function startAtText({ date, time, zone }: StartParts): string | null {
  // Date.parse rolls 30 February over into March: a date must read back as itself.
  const local = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(local) || new Date(local).toISOString().slice(0, 16) !== `${date}T${time}`) return null;
  let suffix = zone === 'UTC' ? 'Z' : zone;
  if (isPlace(zone)) {
    const minutes = offsetAtLocal(zone, date, time);
    if (minutes === null) return null;
    suffix = minutes === 0 ? 'Z' : offsetText(minutes);
  }
  const text = `${date}T${time}:00${suffix}`;
  return isoPattern.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}

/** The zone the start is set in: its place when the map names a known one, else the offset of `startAt` (or UTC). */
export function startZone(simulation: { startAt: string; timezone?: string }): string {
  return startParts(simulation.startAt, simulation.timezone)?.zone ?? 'UTC';
}
