import { applyPatchWithInverse, pointer, type PatchOp } from '../patch';
import { calendarSchema, type Calendar, type ProcessModel, type Resource } from '../schema';
import { conformsExactly, createEdit, sameValue, withoutUndefined, type Edit } from './edit';
import { quoted } from './labels';

/** The calendar every map has without defining it: always open. */
export const alwaysOpenCalendarId = '24x7';

/** Office hours, the calendar people start from; added to a map's calendars when first chosen. */
export function officeHours(timezone = 'UTC'): Calendar {
  return calendarSchema.parse({
    id: 'office',
    name: 'Mon–Fri 09:00–17:00',
    timezone,
    weekly: [{ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], from: '09:00', to: '17:00' }],
  });
}

/** A calendar as the user knows it: its name, or its id. */
export function calendarName(calendar: Pick<Calendar, 'id' | 'name'>): string {
  return calendar.name?.trim() || calendar.id;
}

/** Adds a calendar to the map ("Add calendar 'Mon–Fri 09:00–17:00'"). Null when its id is taken or it is invalid. */
export function addCalendar(model: ProcessModel, calendar: Calendar): Edit | null {
  const calendars = model.simulation.calendars;
  if (calendar.id === alwaysOpenCalendarId || calendars.some((c) => c.id === calendar.id)) return null;
  const parsed = calendarSchema.safeParse(calendar);
  if (!parsed.success) return null;
  return createEdit(
    model,
    [{ op: 'add', path: pointer('simulation', 'calendars', calendars.length), value: parsed.data }],
    `Add ${calendarPhrase(parsed.data)}`,
  );
}

/** A calendar as the user knows it in a label: calendar 'Mornings'. */
export function calendarPhrase(calendar: Pick<Calendar, 'id' | 'name'>): string {
  return `calendar ${quoted(calendarName(calendar))}`;
}

/** An id for a new calendar made from its name ("Mornings" → mornings), unique among the calendars and not 24x7. */
export function newCalendarId(model: ProcessModel, name: string): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'calendar';
  const taken = new Set([alwaysOpenCalendarId, ...model.simulation.calendars.map((c) => c.id)]);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** What uses a calendar: the pools that work on it, and whether cases arrive on it. */
export function calendarUsers(model: ProcessModel, id: string): { pools: Resource[]; arrivals: boolean } {
  return {
    pools: model.simulation.resources.filter((r) => r.calendar === id),
    arrivals: model.simulation.arrivals.calendar === id,
  };
}

export interface SetCalendarPropsArgs {
  id: string;
  /** Fields to change; undefined removes an optional one (name, holidays). */
  props: Partial<Omit<Calendar, 'id'>>;
}

const calendarLabels: Record<string, string> = {
  name: 'Rename',
  weekly: 'Set working hours of',
  timezone: 'Set timezone of',
  holidays: 'Set holidays of',
};

/**
 * Changes fields of a calendar ("Rename calendar 'Office'", "Set working hours of calendar 'Office'"). Null when
 * nothing changes or a value is invalid; callers check working hours with weekProblems first.
 */
export function setCalendarProps(model: ProcessModel, { id, props }: SetCalendarPropsArgs): Edit | null {
  const index = model.simulation.calendars.findIndex((c) => c.id === id);
  if (index < 0) return null;
  const calendar = model.simulation.calendars[index] as Record<string, unknown>;
  const patch: PatchOp[] = [];
  const changed: string[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (key === 'id' || !Object.hasOwn(calendarSchema.shape, key)) return null;
    if (sameValue(calendar[key], value)) continue;
    changed.push(key);
    const path = pointer('simulation', 'calendars', index, key);
    if (value === undefined) patch.push({ op: 'remove', path });
    else patch.push({ op: calendar[key] === undefined ? 'add' : 'replace', path, value: withoutUndefined(value) });
  }
  if (patch.length === 0) return null;
  const { model: next, inverse } = applyPatchWithInverse(model, patch);
  if (!conformsExactly(calendarSchema, next.simulation.calendars[index])) return null;
  const what = changed.length === 1 ? calendarLabels[changed[0]] : 'Edit';
  return { patch, inverse, label: `${what} ${calendarPhrase(model.simulation.calendars[index])}` };
}

/** Adds a copy of a calendar after the others, named "<name> (copy)" unless a name is given. Null when it does not exist. */
export function duplicateCalendar(model: ProcessModel, id: string, name?: string): Edit | null {
  const original = model.simulation.calendars.find((c) => c.id === id);
  if (!original) return null;
  const copyName = name?.trim() || `${calendarName(original)} (copy)`;
  const copy = { ...structuredClone(original), id: newCalendarId(model, copyName), name: copyName };
  const edit = addCalendar(model, copy);
  return edit && { ...edit, label: `Duplicate ${calendarPhrase(original)}` };
}

export interface DeleteCalendarArgs {
  id: string;
  /** The calendar its pools and arrivals use instead; when absent they are always open (24/7). */
  replaceWith?: string;
}

const calendarOverride = /^\/simulation\/calendars\/(\d+)(\/.*)?$/;

/** An override value with references to calendar `id` replaced by `by` (24/7 when undefined). */
function replacedReference(path: string, value: unknown, id: string, by: string): unknown {
  if (path.endsWith('/calendar')) return value === id ? by : value;
  if (typeof value !== 'object' || value === null) return value;
  if (/^\/simulation\/(arrivals|resources\/\d+)$/.test(path)) {
    const record = value as Record<string, unknown>;
    return record.calendar === id ? { ...record, calendar: by } : value;
  }
  if (path === '/simulation/resources' && Array.isArray(value))
    return value.map((pool: unknown, i) => replacedReference(`${path}/${i}`, pool, id, by));
  return value;
}

/**
 * Deletes a calendar ("Delete calendar 'Office'"); the pools and arrivals on it move to `replaceWith`, or to
 * 24/7. Scenario overrides follow: references are replaced, overrides of the deleted calendar dropped, those of
 * later calendars renumbered. Null when either calendar does not exist or both are the same.
 */
export function deleteCalendar(model: ProcessModel, { id, replaceWith }: DeleteCalendarArgs): Edit | null {
  const { calendars, resources, arrivals } = model.simulation;
  const index = calendars.findIndex((c) => c.id === id);
  if (index < 0 || replaceWith === id) return null;
  if (replaceWith !== undefined && !calendars.some((c) => c.id === replaceWith)) return null;
  const patch: PatchOp[] = [];
  const reference = (path: string, current: string | undefined) => {
    if (current !== id) return;
    if (replaceWith === undefined) patch.push({ op: 'remove', path });
    else patch.push({ op: 'replace', path, value: replaceWith });
  };
  resources.forEach((pool, i) => reference(pointer('simulation', 'resources', i, 'calendar'), pool.calendar));
  reference(pointer('simulation', 'arrivals', 'calendar'), arrivals.calendar);
  const by = replaceWith ?? alwaysOpenCalendarId;
  model.scenarios.forEach((scenario, s) => {
    const overrides = scenario.overrides.flatMap((o) => {
      const match = calendarOverride.exec(o.path);
      if (match && Number(match[1]) === index) return [];
      const path =
        match && Number(match[1]) > index ? `/simulation/calendars/${Number(match[1]) - 1}${match[2] ?? ''}` : o.path;
      const value = replacedReference(o.path, o.value, id, by);
      return [path === o.path && value === o.value ? o : { ...o, path, value }];
    });
    if (!sameValue(overrides, scenario.overrides))
      patch.push({ op: 'replace', path: pointer('scenarios', s, 'overrides'), value: overrides });
  });
  patch.push({ op: 'remove', path: pointer('simulation', 'calendars', index) });
  return createEdit(model, patch, `Delete ${calendarPhrase(calendars[index])}`);
}
