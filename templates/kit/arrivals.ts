import type { Calendar, Distribution } from '../../shared/model/schema';
import { workingCalendar } from '../../shared/sim/calendar';
import { dayOffset } from '../../shared/sim/timezone';
import type { RecordRandom } from './recordRandom';

const two = (n: number) => String(n).padStart(2, '0');

/** Seconds since 1970 as local ISO 8601 with the zone's offset on that day: `2026-01-05T09:14:03+01:00`. */
export function localTimestamp(epochSeconds: number, timezone: string): string {
  const offsetOf = dayOffset(timezone);
  if (typeof offsetOf === 'string') throw new Error(offsetOf);
  const offset = offsetOf(Math.floor((epochSeconds + offsetOf(Math.floor(epochSeconds / 86400))) / 86400));
  const local = new Date((epochSeconds + offset) * 1000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / 60;
  return `${local}${sign}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** The date `days` after an ISO timestamp (before it when negative), as YYYY-MM-DD in UTC. */
export const daysAfter = (timestamp: string, days: number) =>
  new Date(Date.parse(timestamp) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * When each record arrived, as the engine would generate arrivals: the first at the calendar's first opening
 * after `startAt`, each next one a gap drawn from `interarrival` later, counted in open time only. Whole seconds.
 */
export function arrivalTimes(
  count: number,
  interarrival: Distribution,
  calendar: Calendar,
  startAt: string,
  random: RecordRandom,
): string[] {
  const startEpoch = Date.parse(startAt) / 1000;
  const open = workingCalendar(calendar, startEpoch);
  const times: string[] = [];
  let clock = open.nextOpen(0);
  for (let i = 0; i < count; i++) {
    times.push(localTimestamp(startEpoch + Math.floor(clock), calendar.timezone));
    clock = open.nextOpen(open.addWorkingTime(clock, random.draw(interarrival)));
  }
  return times;
}
