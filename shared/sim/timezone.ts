/** Seconds to add to UTC to get local time, for the day starting at the given local day number (days since 1970-01-01). */
export type DayOffset = (localDay: number) => number;

const fixedPattern = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * Reads a timezone: `UTC`, a fixed offset (`+02:00`, `-0530`, `UTC+2`, `GMT-3`) or an IANA name
 * (`Europe/Paris`, through Intl, whose offset is taken once per local day, at noon). Returns a problem in words
 * when the zone is unknown.
 */
export function dayOffset(timezone: string): DayOffset | string {
  const zone = timezone.trim();
  if (zone === '' || /^(UTC|GMT|Z)$/i.test(zone)) return () => 0;
  const fixed = fixedPattern.exec(zone);
  if (fixed) {
    const hours = Number(fixed[2]);
    const minutes = Number(fixed[3] ?? 0);
    if (hours > 14 || minutes > 59) return `timezone offset "${timezone}" is out of range`;
    const offset = (fixed[1] === '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    return () => offset;
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return `unknown timezone "${timezone}" (use UTC, an offset such as +02:00, or a name such as Europe/Paris)`;
  }
  const cache = new Map<number, number>();
  return (localDay) => {
    let offset = cache.get(localDay);
    if (offset === undefined) {
      const noonUtcMs = (localDay * 86400 + 43200) * 1000;
      const parts: Record<string, number> = {};
      for (const part of format.formatToParts(new Date(noonUtcMs))) parts[part.type] = Number(part.value);
      const localMs = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
      offset = Math.round((localMs - noonUtcMs) / 1000);
      cache.set(localDay, offset);
    }
    return offset;
  };
}
