import type { EventLog, LogValue } from '../../../shared/log/eventLog';
import { valueText, type LogFilter } from '../../../shared/log/logFilter';

/** An attribute the filters offer, with its values most frequent first. */
export interface AttributeChoice {
  scope: 'case' | 'event';
  key: string;
  values: string[];
}

/** Attributes with more distinct values than this (ids, times, amounts) are not offered as a list of values. */
export const maxValues = 100;
// Lifted out of `attributes` on import; the activity has a filter of its own.
const liftedEventKeys = [
  ['org:resource', 'resource'],
  ['org:role', 'role'],
  ['lifecycle:transition', 'lifecycle'],
] as const;

class Tally {
  readonly values = new Map<string, Map<string, number>>();
  add(key: string, value: LogValue | undefined): void {
    const text = valueText(value);
    if (text === null) return;
    let counts = this.values.get(key);
    if (!counts) this.values.set(key, (counts = new Map()));
    // Past the limit the key is dropped anyway: stop growing its map.
    if (counts.size <= maxValues || counts.has(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  choices(scope: 'case' | 'event'): AttributeChoice[] {
    return [...this.values]
      .filter(([, counts]) => counts.size <= maxValues)
      .map(([key, counts]) => ({
        scope,
        key,
        values: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value),
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }
}

/** The case and event attributes a log has that are worth filtering on, with their values. */
export function attributeChoices(log: EventLog): AttributeChoice[] {
  const cases = new Tally();
  const events = new Tally();
  for (const entry of log.cases) {
    for (const [key, value] of Object.entries(entry.attributes)) cases.add(key, value);
    for (const event of entry.events) {
      for (const [key, field] of liftedEventKeys) events.add(key, event[field]);
      for (const [key, value] of Object.entries(event.attributes)) events.add(key, value);
    }
  }
  return [...cases.choices('case'), ...events.choices('event')];
}

/** The log's activity names, alphabetically. */
export function activityNames(log: EventLog): string[] {
  const names = new Set<string>();
  for (const entry of log.cases) for (const event of entry.events) names.add(event.activity);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** A local calendar day ("2011-01-24") of an epoch time, for a date field. */
export function dayOf(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first or the last millisecond of a local calendar day given as "YYYY-MM-DD"; null for an empty field. */
export function dayBound(day: string, end: 'from' | 'to'): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const time = new Date(`${day}T00:00:00`).getTime();
  if (Number.isNaN(time)) return null;
  return end === 'from' ? time : new Date(`${day}T23:59:59.999`).getTime();
}

/** The filter as applied: an attribute picked before any of its values is ticked filters nothing yet. */
export function effectiveFilter(filter: LogFilter): LogFilter {
  return filter.attribute?.values.length === 0 ? { ...filter, attribute: undefined } : filter;
}
