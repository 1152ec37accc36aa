import { pointer } from '../patch';
import { calendarSchema, type Calendar, type ProcessModel } from '../schema';
import { createEdit, type Edit } from './edit';
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
    `Add calendar ${quoted(calendarName(parsed.data))}`,
  );
}
