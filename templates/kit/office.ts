import type { z } from 'zod';
import type { Calendar, Distribution, resourceSchema, simulationSchema } from '../../shared/model/schema';

/** A resource pool or the simulation settings as written in a template, before defaults are filled in. */
export type PoolInput = z.input<typeof resourceSchema>;
export type SimulationInput = z.input<typeof simulationSchema>;

type WeeklyHours = Calendar['weekly'][number];

/** Open Monday to Friday from `from` to `to` (HH:MM). */
export const workdayHours = (from: string, to: string): WeeklyHours => ({
  days: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
  from,
  to,
});

/** Monday to Friday, 09:00 to 17:00 in Frankfurt, without the German nationwide public holidays of 2026. */
export const officeCalendar: Calendar = {
  id: 'office',
  name: 'Office hours',
  timezone: 'Europe/Berlin',
  weekly: [workdayHours('09:00', '17:00')],
  holidays: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-01',
    '2026-05-14',
    '2026-05-25',
    '2026-10-03',
    '2026-12-25',
    '2026-12-26',
  ],
};

/** A pool of `capacity` people at `costPerHour` EUR, working office hours unless another calendar is named. */
export const pool = (
  id: string,
  name: string,
  capacity: number,
  costPerHour: number,
  calendar = officeCalendar.id,
): PoolInput => ({ id, name, capacity, costPerHour, calendar });

/**
 * A template's simulation: cases arrive in office hours from Monday 5 January 2026, run five times with seed 1;
 * `calendars` adds calendars beside the office one.
 */
export const officeSimulation = (settings: {
  interarrival: Distribution;
  cases: number;
  resources: PoolInput[];
  calendars?: Calendar[];
}): SimulationInput => ({
  arrivals: { interarrival: settings.interarrival, calendar: officeCalendar.id },
  cases: settings.cases,
  startAt: '2026-01-05T08:00:00Z',
  seed: 1,
  replications: 5,
  resources: settings.resources,
  calendars: [officeCalendar, ...(settings.calendars ?? [])],
});
