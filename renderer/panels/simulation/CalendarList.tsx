import { useState } from 'react';
import {
  addCalendar,
  calendarName,
  calendarUsers,
  deleteCalendar,
  newCalendarId,
  officeHours,
  weekdays,
  weekGrid,
  weekSummary,
  type Calendar,
  type ProcessModel,
} from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { CalendarDeleteDialog } from './CalendarDeleteDialog';
import { CalendarFields } from './CalendarFields';
import { startZone } from './startTime';
import './calendars.css';

/** A new calendar named by the user, from 24/7 or from office hours, in the run's timezone. */
function newCalendar(model: ProcessModel, name: string, from: 'always' | 'office'): Calendar {
  const zone = startZone(model.simulation);
  const weekly = from === 'office' ? officeHours(zone).weekly : [{ days: [...weekdays], from: '00:00', to: '24:00' }];
  return { id: newCalendarId(model, name), name, timezone: zone, weekly };
}

const holidayCount = (n: number) => (n === 0 ? '' : ` · ${n} ${n === 1 ? 'holiday' : 'holidays'}`);

/** The map's calendars, shared by pools and arrivals: list, create, open one to edit, delete with a question. */
export function CalendarList({ model }: { model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const [name, setName] = useState('');
  const [from, setFrom] = useState<'always' | 'office'>('office');
  const [open, setOpen] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const calendars = model.simulation.calendars;
  const doomed = calendars.find((c) => c.id === deleting);
  const add = () => {
    const chosen = name.trim() || `Calendar ${calendars.length + 1}`;
    const calendar = newCalendar(model, chosen, from);
    if (apply((m) => addCalendar(m, calendar), { select: 'keep' })) {
      setName('');
      setOpen(calendar.id);
    }
  };
  const remove = (calendar: Calendar) => {
    const users = calendarUsers(model, calendar.id);
    if (users.pools.length === 0 && !users.arrivals)
      apply((m) => deleteCalendar(m, { id: calendar.id }), { select: 'keep' });
    else setDeleting(calendar.id);
  };
  return (
    <>
      <p className="fw-panel-note">
        Always open (24/7) is built in. Pools and arrivals pick a calendar; work waits outside its hours.
      </p>
      {calendars.map((calendar) => {
        const title = calendarName(calendar);
        const expanded = open === calendar.id;
        return (
          <section key={calendar.id} className="fw-calendar" aria-label={`Calendar ${title}`}>
            <button
              type="button"
              className="fw-calendar-head"
              aria-expanded={expanded}
              onClick={() => setOpen(expanded ? null : calendar.id)}
            >
              <strong>{title}</strong>
              <span>
                {weekSummary(weekGrid(calendar.weekly))} · {calendar.timezone}
                {holidayCount(calendar.holidays?.length ?? 0)}
              </span>
            </button>
            {expanded && (
              <CalendarFields
                calendar={calendar}
                model={model}
                onDelete={() => remove(calendar)}
                onDuplicated={setOpen}
              />
            )}
          </section>
        );
      })}
      <div className="fw-calendar-add">
        <input
          type="text"
          aria-label="New calendar name"
          placeholder="New calendar, e.g. Mornings"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <label className="fw-calendar-from">
          Start from
          <select
            aria-label="New calendar starts from"
            value={from}
            onChange={(e) => setFrom(e.target.value as 'always' | 'office')}
          >
            <option value="office">Mon–Fri 09:00–17:00</option>
            <option value="always">Always open (24/7)</option>
          </select>
        </label>
        <button type="button" onClick={add}>
          Add calendar
        </button>
      </div>
      {doomed && <CalendarDeleteDialog calendar={doomed} model={model} onClose={() => setDeleting(null)} />}
    </>
  );
}
