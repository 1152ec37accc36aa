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
  /** "UTC" or an offset such as "+01:00". */
  zone: string;
}

const isoPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Splits a stored start ("2026-01-05T08:00:00+01:00") into what the form shows; null when it reads otherwise. */
export function startParts(startAt: string): StartParts | null {
  const match = isoPattern.exec(startAt.trim());
  if (!match) return null;
  const zone = match[3] === 'Z' || match[3] === '+00:00' || match[3] === '-00:00' ? 'UTC' : match[3];
  return { date: match[1], time: match[2], zone };
}

/** The stored form of a start: local date and time with the zone's offset ("Z" for UTC); null when invalid. */
export function startAtText({ date, time, zone }: StartParts): string | null {
  const text = `${date}T${time}:00${zone === 'UTC' ? 'Z' : zone}`;
  return isoPattern.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}
