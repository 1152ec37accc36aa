import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../schema';
import {
  addCalendar,
  calendarUsers,
  deleteCalendar,
  duplicateCalendar,
  newCalendarId,
  officeHours,
  setCalendarProps,
} from './calendars';
import { expectUndoable, purchaseApproval } from './fixtures';

/** The purchase map with office hours and mornings, the clerks and arrivals on office hours, and a scenario. */
function withCalendars(): ProcessModel {
  const base = purchaseApproval();
  return processSchema.parse({
    ...base,
    simulation: {
      ...base.simulation,
      arrivals: { interarrival: { type: 'fixed', value: 60 }, calendar: 'office' },
      resources: [
        { id: 'clerks', name: 'Clerks', calendar: 'office' },
        { id: 'managers', name: 'Managers' },
      ],
      calendars: [
        officeHours(),
        { id: 'mornings', name: 'Mornings', weekly: [{ days: ['MON'], from: '08:00', to: '12:00' }] },
      ],
    },
    scenarios: [
      {
        id: 'late',
        name: 'Late shift',
        overrides: [
          { path: '/simulation/calendars/0/timezone', value: 'Europe/Paris' },
          { path: '/simulation/calendars/1/timezone', value: 'Asia/Tokyo' },
          { path: '/simulation/resources/1/calendar', value: 'office' },
          { path: '/simulation/arrivals', value: { interarrival: { type: 'fixed', value: 1 }, calendar: 'office' } },
        ],
      },
    ],
  });
}

describe('calendar commands', () => {
  it('adds a calendar once, and finds a free id for a name', () => {
    const model = purchaseApproval();
    const after = expectUndoable(model, addCalendar(model, officeHours()));
    expect(addCalendar(after, officeHours())).toBeNull();
    expect(addCalendar(model, { ...officeHours(), id: '24x7' })).toBeNull();
    expect(newCalendarId(after, 'Office')).toBe('office-2');
    expect(newCalendarId(after, '24x7')).toBe('24x7-2');
    expect(newCalendarId(after, '–')).toBe('calendar');
  });

  it('renames, sets working hours, timezone and holidays, each undoable with its own label', () => {
    const model = withCalendars();
    const rename = setCalendarProps(model, { id: 'office', props: { name: 'Office' } });
    expect(rename?.label).toBe("Rename calendar 'Mon–Fri 09:00–17:00'");
    expect(expectUndoable(model, rename).simulation.calendars[0].name).toBe('Office');
    const weekly = [{ days: ['MON' as const], from: '09:00', to: '12:00' }];
    const hours = setCalendarProps(model, { id: 'office', props: { weekly } });
    expect(hours?.label).toBe("Set working hours of calendar 'Mon–Fri 09:00–17:00'");
    expect(expectUndoable(model, hours).simulation.calendars[0].weekly).toStrictEqual(weekly);
    const zone = setCalendarProps(model, { id: 'mornings', props: { timezone: 'Europe/Paris' } });
    expect(zone?.label).toBe("Set timezone of calendar 'Mornings'");
    const holidays = setCalendarProps(model, { id: 'mornings', props: { holidays: ['2026-12-25'] } });
    expect(holidays?.label).toBe("Set holidays of calendar 'Mornings'");
    const withHoliday = expectUndoable(model, holidays);
    expect(withHoliday.simulation.calendars[1].holidays).toStrictEqual(['2026-12-25']);
    const noHolidays = setCalendarProps(withHoliday, { id: 'mornings', props: { holidays: undefined } });
    expect(expectUndoable(withHoliday, noHolidays).simulation.calendars[1]).not.toHaveProperty('holidays');
  });

  it('refuses edits that change nothing, unknown keys, bad values and unknown calendars', () => {
    const model = withCalendars();
    expect(setCalendarProps(model, { id: 'mornings', props: { name: 'Mornings' } })).toBeNull();
    expect(setCalendarProps(model, { id: 'nope', props: { name: 'X' } })).toBeNull();
    expect(setCalendarProps(model, { id: 'office', props: { id: 'x' } as never })).toBeNull();
    const bad = [{ days: ['MON' as const], from: '9', to: '12:00' }];
    expect(setCalendarProps(model, { id: 'office', props: { weekly: bad } })).toBeNull();
  });

  it('duplicates a calendar under a new id and name', () => {
    const model = withCalendars();
    const edit = duplicateCalendar(model, 'mornings');
    expect(edit?.label).toBe("Duplicate calendar 'Mornings'");
    const copy = expectUndoable(model, edit).simulation.calendars[2];
    expect(copy).toStrictEqual({ ...model.simulation.calendars[1], id: 'mornings-copy', name: 'Mornings (copy)' });
    expect(duplicateCalendar(model, 'nope')).toBeNull();
  });

  it('deletes a calendar in use: its pools and arrivals move to the chosen one, scenarios follow', () => {
    const model = withCalendars();
    expect(calendarUsers(model, 'office')).toStrictEqual({ pools: [model.simulation.resources[0]], arrivals: true });
    const edit = deleteCalendar(model, { id: 'office', replaceWith: 'mornings' });
    expect(edit?.label).toBe("Delete calendar 'Mon–Fri 09:00–17:00'");
    const after = expectUndoable(model, edit);
    expect(after.simulation.calendars.map((c) => c.id)).toStrictEqual(['mornings']);
    expect(after.simulation.resources[0].calendar).toBe('mornings');
    expect(after.simulation.arrivals.calendar).toBe('mornings');
    expect(after.scenarios[0].overrides).toStrictEqual([
      { path: '/simulation/calendars/0/timezone', value: 'Asia/Tokyo' },
      { path: '/simulation/resources/1/calendar', value: 'mornings' },
      { path: '/simulation/arrivals', value: { interarrival: { type: 'fixed', value: 1 }, calendar: 'mornings' } },
    ]);
  });

  it('deletes a calendar in use without a replacement: always open', () => {
    const model = withCalendars();
    const after = expectUndoable(model, deleteCalendar(model, { id: 'office' }));
    expect(after.simulation.resources[0]).not.toHaveProperty('calendar');
    expect(after.simulation.arrivals).not.toHaveProperty('calendar');
    expect(after.scenarios[0].overrides[1]).toStrictEqual({ path: '/simulation/resources/1/calendar', value: '24x7' });
    expect(deleteCalendar(model, { id: 'office', replaceWith: 'office' })).toBeNull();
    expect(deleteCalendar(model, { id: 'office', replaceWith: 'nope' })).toBeNull();
    expect(deleteCalendar(model, { id: 'nope' })).toBeNull();
  });
});
