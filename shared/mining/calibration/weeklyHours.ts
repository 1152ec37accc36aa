import { weekdays, type Calendar } from '../../model';
import { dayOffset } from '../../sim/timezone';

/** Working hours seen in a log: a weekly calendar, or null with the reason it was not clear enough. */
export interface WeeklyHours {
  weekly: Calendar['weekly'] | null;
  /** True when the log shows work at every hour of every day (no calendar needed). */
  aroundTheClock?: boolean;
  reason: string;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
// A day or an hour counts as working when it holds at least this share of the busiest day's (hour's) events.
const share = 0.1;
const minimumEvents = 50;
const minimumSpan = 14 * dayMs;

const pad = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const dayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Days in plain words, runs joined: "Mon–Fri", "Mon–Wed, Sat". */
function daysWords(days: readonly string[]): string {
  const index = days.map((d) => weekdays.indexOf(d as (typeof weekdays)[number])).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < index.length;) {
    let j = i;
    while (j + 1 < index.length && index[j + 1] === index[j] + 1) j++;
    runs.push(
      j - i >= 2
        ? `${dayNames[index[i]]}–${dayNames[index[j]]}`
        : index
            .slice(i, j + 1)
            .map((d) => dayNames[d])
            .join(', '),
    );
    i = j + 1;
  }
  return runs.join(', ');
}

/**
 * The weekly working hours in which moments of a log fall (epoch ms), in the given timezone: the days and hours
 * that each hold at least a tenth of the busiest day's (hour's) moments, as one window from the first working hour
 * to the end of the last, on the working days. A log too small or too short (under 50 moments or 2 weeks), or busy
 * around the clock and through the week, gives no calendar.
 */
export function weeklyHours(moments: readonly number[], timezone = 'UTC'): WeeklyHours {
  if (moments.length < minimumEvents)
    return { weekly: null, reason: `only ${moments.length} events, too few to tell working hours` };
  let first = Infinity;
  let last = -Infinity;
  for (const t of moments) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  if (last - first < minimumSpan) return { weekly: null, reason: 'the log spans less than two weeks' };
  const offset = dayOffset(timezone);
  if (typeof offset === 'string') return { weekly: null, reason: offset };
  const byDay = new Array<number>(7).fill(0);
  const byHour = new Array<number>(24).fill(0);
  for (const t of moments) {
    const local = t + offset(Math.floor(t / dayMs)) * 1000;
    const day = Math.floor(local / dayMs);
    byDay[(((day + 3) % 7) + 7) % 7]++; // 1970-01-01 was a Thursday; index 0 is Monday
    byHour[Math.floor((local - day * dayMs) / hourMs)]++;
  }
  const days = weekdays.filter((_, i) => byDay[i] >= share * Math.max(...byDay));
  const hours = byHour.map((count, hour) => (count >= share * Math.max(...byHour) ? hour : -1)).filter((h) => h >= 0);
  const from = hours[0];
  const to = hours[hours.length - 1] + 1;
  if (days.length === 7 && to - from >= 24) return { weekly: null, aroundTheClock: true, reason: 'around the clock' };
  return {
    weekly: [{ days: [...days], from: pad(from), to: pad(to) }],
    reason: `${daysWords(days)} ${pad(from)}–${pad(to)} (${timezone})`,
  };
}
