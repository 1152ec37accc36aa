import { weekdays, type Calendar } from '../schema';

export type Weekday = (typeof weekdays)[number];

/** One working period of a day, as typed: "09:00" to "12:00". */
export interface WorkPeriod {
  from: string;
  to: string;
}

/** Working periods per weekday, each day sorted by start: what the week grid shows and edits. */
export type WeekGrid = Record<Weekday, WorkPeriod[]>;

/** Each weekday in words, for the grid and for messages. */
export const weekdayNames: Record<Weekday, string> = {
  MON: 'Monday',
  TUE: 'Tuesday',
  WED: 'Wednesday',
  THU: 'Thursday',
  FRI: 'Friday',
  SAT: 'Saturday',
  SUN: 'Sunday',
};

const timePattern = /^([01]\d|2[0-4]):[0-5]\d$/;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const byStart = (a: WorkPeriod, b: WorkPeriod) => minutes(a.from) - minutes(b.from) || minutes(a.to) - minutes(b.to);

/** A time as the schema stores it ("8:00", "0800", "8" → "08:00"), or null when it is not a time of day. */
export function normalizeTime(text: string): string | null {
  const match = /^\s*(\d{1,2})(?::?(\d{2}))?\s*$/.exec(text);
  if (!match) return null;
  const time = `${match[1].padStart(2, '0')}:${match[2] ?? '00'}`;
  return timePattern.test(time) && minutes(time) <= 24 * 60 ? time : null;
}

/**
 * The week grid of a calendar's `weekly` entries. A period past midnight (22:00–06:00), which the engine
 * reads as an overnight shift, is shown as 22:00–24:00 on its day and 00:00–06:00 on the next.
 */
export function weekGrid(weekly: Calendar['weekly']): WeekGrid {
  const grid = Object.fromEntries(weekdays.map((day) => [day, [] as WorkPeriod[]])) as WeekGrid;
  for (const rule of weekly)
    for (const day of rule.days) {
      if (minutes(rule.from) <= minutes(rule.to)) grid[day].push({ from: rule.from, to: rule.to });
      else {
        grid[day].push({ from: rule.from, to: '24:00' });
        const next = weekdays[(weekdays.indexOf(day) + 1) % 7];
        if (rule.to !== '00:00') grid[next].push({ from: '00:00', to: rule.to });
      }
    }
  for (const day of weekdays) grid[day].sort(byStart);
  return grid;
}

/**
 * The `weekly` entries of a week grid, compact: days with the same period share one entry
 * (Mon–Fri 09:00–12:00 and 13:00–17:00 are two entries). Periods must be valid (see weekProblems).
 */
export function weeklyEntries(grid: WeekGrid): Calendar['weekly'] {
  const entries = new Map<string, { days: Weekday[]; from: string; to: string }>();
  const periods = weekdays.flatMap((day) => grid[day].map((period) => ({ day, ...period })));
  periods.sort((a, b) => byStart(a, b) || weekdays.indexOf(a.day) - weekdays.indexOf(b.day));
  for (const { day, from, to } of periods) {
    const key = `${from}-${to}`;
    const entry = entries.get(key);
    if (!entry) entries.set(key, { days: [day], from, to });
    else if (!entry.days.includes(day)) entry.days.push(day);
  }
  return [...entries.values()].sort((a, b) => weekdays.indexOf(a.days[0]) - weekdays.indexOf(b.days[0]));
}

/**
 * What is wrong with a week grid, in words ("Monday: 13:00–12:00 ends before it starts"); empty when the
 * grid can be stored. A week without working time is refused too: the engine cannot run on it.
 */
export function weekProblems(grid: WeekGrid): string[] {
  const problems: string[] = [];
  for (const day of weekdays) {
    const name = weekdayNames[day];
    const valid: WorkPeriod[] = [];
    for (const { from, to } of grid[day]) {
      const bad = [from, to].find((time) => normalizeTime(time) !== time);
      if (bad !== undefined) problems.push(`${name}: "${bad}" is not a time of day (write it as HH:MM, e.g. 09:30)`);
      else if (minutes(to) < minutes(from)) problems.push(`${name}: ${from}–${to} ends before it starts`);
      else if (minutes(to) === minutes(from)) problems.push(`${name}: ${from}–${to} has no time in it`);
      else valid.push({ from, to });
    }
    valid.sort(byStart);
    for (let i = 1; i < valid.length; i++)
      if (minutes(valid[i].from) < minutes(valid[i - 1].to))
        problems.push(`${name}: ${valid[i - 1].from}–${valid[i - 1].to} and ${valid[i].from}–${valid[i].to} overlap`);
  }
  if (problems.length === 0 && weekdays.every((day) => grid[day].length === 0))
    problems.push('No working time in the week: nothing could ever happen on this calendar (FW_SIM_NO_WORKING_TIME)');
  return problems;
}

/** Whether a holiday is a real date written YYYY-MM-DD (2026-02-30 is not). */
export function isHolidayDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}

/** A week grid in a few words: "Mon–Fri 09:00–12:00, 13:00–17:00; Sat 10:00–14:00", or "no working time". */
export function weekSummary(grid: WeekGrid): string {
  const short = (day: Weekday) => weekdayNames[day].slice(0, 3);
  const hours = (day: Weekday) => grid[day].map((p) => `${p.from}–${p.to}`).join(', ');
  const parts: string[] = [];
  for (let i = 0; i < weekdays.length; i++) {
    const text = hours(weekdays[i]);
    if (text === '') continue;
    let last = i;
    while (last + 1 < weekdays.length && hours(weekdays[last + 1]) === text) last++;
    const days =
      last === i ? short(weekdays[i]) : `${short(weekdays[i])}${last === i + 1 ? ', ' : '–'}${short(weekdays[last])}`;
    parts.push(`${days} ${text}`);
    i = last;
  }
  return parts.join('; ') || 'no working time';
}
