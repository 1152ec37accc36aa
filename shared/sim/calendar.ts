import { weekdays, type Calendar } from '../model';
import { simulationLimits } from './limits';
import { dayOffset, type DayOffset } from './timezone';

/** Working time of a resource pool or of arrivals, on the simulation clock (seconds since the run's start). */
export interface WorkingCalendar {
  /** True for the 24x7 calendar: callers skip calendar work entirely. */
  readonly always: boolean;
  isOpen(t: number): boolean;
  /** The earliest time at or after t when it is open. */
  nextOpen(t: number): number;
  /** When `work` seconds of working time, begun at t, are done (closed hours in between do not count). */
  addWorkingTime(t: number, work: number): number;
  /** Working seconds in [a, b). */
  workingTimeBetween(a: number, b: number): number;
}

/** The built-in `24x7` calendar. */
export const alwaysOpen: WorkingCalendar = {
  always: true,
  isOpen: () => true,
  nextOpen: (t) => t,
  addWorkingTime: (t, work) => t + work,
  workingTimeBetween: (a, b) => Math.max(0, b - a),
};

const daySeconds = 86400;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60;
const holidayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null when it is not a real date. */
function dayNumber(date: string): number | null {
  const m = holidayPattern.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms);
  return back.getUTCDate() === Number(m[3]) && back.getUTCMonth() === Number(m[2]) - 1 ? ms / 86400000 : null;
}

/** Per weekday (MON = 0), sorted and merged [from, to) pairs in seconds of the local day; a window past midnight is split. */
function weeklyWindows(calendar: Calendar): number[][] {
  const byDay: Array<Array<[number, number]>> = weekdays.map(() => []);
  for (const rule of calendar.weekly) {
    const from = minutesOf(rule.from);
    const to = Math.min(minutesOf(rule.to), daySeconds);
    for (const day of rule.days) {
      const i = weekdays.indexOf(day);
      if (from < to) byDay[i].push([from, to]);
      else if (from > to) {
        byDay[i].push([from, daySeconds]);
        if (to > 0) byDay[(i + 1) % 7].push([0, to]);
      }
    }
  }
  return byDay.map((windows) => {
    windows.sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [from, to] of windows) {
      const last = merged.length - 1;
      if (last > 0 && from <= merged[last]) merged[last] = Math.max(merged[last], to);
      else merged.push(from, to);
    }
    return merged;
  });
}

/** What is wrong with a calendar, as [code, message] pairs; empty when it can be used. */
export function calendarProblems(
  calendar: Calendar,
): Array<['FW_SIM_BAD_CALENDAR' | 'FW_SIM_NO_WORKING_TIME', string]> {
  const problems: Array<['FW_SIM_BAD_CALENDAR' | 'FW_SIM_NO_WORKING_TIME', string]> = [];
  const zone = dayOffset(calendar.timezone);
  if (typeof zone === 'string') problems.push(['FW_SIM_BAD_CALENDAR', zone]);
  for (const date of calendar.holidays ?? [])
    if (dayNumber(date) === null)
      problems.push(['FW_SIM_BAD_CALENDAR', `holiday "${date}" is not a date of the form YYYY-MM-DD`]);
  for (const rule of calendar.weekly)
    for (const time of [rule.from, rule.to])
      if (minutesOf(time) > daySeconds) problems.push(['FW_SIM_BAD_CALENDAR', `time ${time} is after 24:00`]);
  if (weeklyWindows(calendar).every((w) => w.length === 0))
    problems.push(['FW_SIM_NO_WORKING_TIME', 'the calendar has no working hours in the week']);
  return problems;
}

class WeeklyCalendar implements WorkingCalendar {
  readonly always = false;
  private readonly windows: Float64Array[];
  private readonly holidays: Set<number>;
  private readonly scanDays: number;
  // The last window found: it answers every query in [validFrom, closeAt).
  private validFrom = Infinity;
  private openAt = 0;
  private closeAt = -Infinity;

  constructor(
    calendar: Calendar,
    private readonly offset: DayOffset,
    private readonly startEpoch: number,
  ) {
    this.windows = weeklyWindows(calendar).map((w) => Float64Array.from(w));
    this.holidays = new Set((calendar.holidays ?? []).map((d) => dayNumber(d)!));
    this.scanDays = this.holidays.size + 9;
  }

  /** Finds the window that contains t, or else the first one after it. */
  private locate(t: number): void {
    if (t >= this.validFrom && t < this.closeAt) return;
    const epoch = this.startEpoch + t;
    const firstDay = Math.floor((epoch + this.offset(Math.floor(epoch / daySeconds))) / daySeconds) - 1;
    for (let day = firstDay; day <= firstDay + this.scanDays; day++) {
      if (this.holidays.has(day)) continue;
      const windows = this.windows[(((day + 3) % 7) + 7) % 7]; // 1970-01-01 was a Thursday
      const midnight = day * daySeconds - this.offset(day) - this.startEpoch;
      for (let i = 0; i < windows.length; i += 2) {
        const close = midnight + windows[i + 1];
        if (close > t) {
          this.validFrom = t;
          this.openAt = midnight + windows[i];
          this.closeAt = close;
          return;
        }
      }
    }
    throw new Error('calendar without working time');
  }

  isOpen(t: number): boolean {
    this.locate(t);
    return this.openAt <= t;
  }

  nextOpen(t: number): number {
    this.locate(t);
    return this.openAt > t ? this.openAt : t;
  }

  addWorkingTime(t: number, work: number): number {
    let time = t;
    let remaining = work;
    // Past the clock's limit the engine stops the run; stopping here too keeps a sparse calendar from looping long.
    while (time <= simulationLimits.maxClock) {
      this.locate(time);
      const begin = this.openAt > time ? this.openAt : time;
      const available = this.closeAt - begin;
      if (remaining <= available) return begin + remaining;
      remaining -= available;
      time = this.closeAt;
    }
    return time + remaining;
  }

  workingTimeBetween(a: number, b: number): number {
    let total = 0;
    let time = a;
    while (time < b) {
      this.locate(time);
      if (this.openAt >= b) break;
      total += Math.min(this.closeAt, b) - Math.max(this.openAt, time);
      time = this.closeAt;
    }
    return total;
  }
}

/**
 * A calendar on the simulation clock: weekly working windows in the calendar's timezone, minus holidays.
 * `startEpoch` is the run's start in seconds since 1970. The calendar must have passed calendarProblems().
 */
export function workingCalendar(calendar: Calendar, startEpoch: number): WorkingCalendar {
  const offset = dayOffset(calendar.timezone);
  if (typeof offset === 'string') throw new Error(offset);
  return new WeeklyCalendar(calendar, offset, startEpoch);
}
