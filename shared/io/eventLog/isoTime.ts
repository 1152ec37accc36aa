const dayMs = 86_400_000;
/** Beyond this many milliseconds from 1970 a date is invalid, and toISOString throws. */
const timeLimit = 8.64e15;
const dayPrefixes = new Map<number, string>();
const twoDigits = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const threeDigits = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/**
 * `new Date(ms).toISOString()`, several times faster: an event log formats two or three times per row, and
 * toISOString was most of a log writer's time. The date part is kept per day; the time of day is arithmetic.
 */
export function isoTime(ms: number): string {
  if (!(Math.abs(ms) <= timeLimit)) return new Date(ms).toISOString(); // throws as it would
  const whole = Math.trunc(ms) + 0; // a date drops fractions of a millisecond toward zero; + 0 turns -0 into 0
  const day = Math.floor(whole / dayMs);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size >= 4096) dayPrefixes.clear(); // a run covers a few years at most; never grow without end
    const iso = new Date(day * dayMs).toISOString();
    dayPrefixes.set(day, (prefix = iso.slice(0, iso.indexOf('T') + 1)));
  }
  let rest = whole - day * dayMs;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${prefix}${twoDigits[hours]}:${twoDigits[minutes]}:${twoDigits[seconds]}.${threeDigits[rest - seconds * 1000]}Z`;
}
