import { useState } from 'react';
import {
  alwaysOpenCalendarId,
  calendarName,
  calendarUsers,
  deleteCalendar,
  type Calendar,
  type ProcessModel,
} from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { Dialog } from '../Dialog';
import { SelectField } from '../fields';

/** What uses a calendar, in words: "pool 'Clerks' and the arrivals". */
export function calendarUsePhrase(model: ProcessModel, id: string): string {
  const { pools, arrivals } = calendarUsers(model, id);
  const names = pools.map((p) => `'${p.name.trim() || p.id}'`);
  const parts = [
    ...(names.length ? [`${names.length === 1 ? 'pool' : 'pools'} ${names.join(', ')}`] : []),
    ...(arrivals ? ['the arrivals'] : []),
  ];
  return parts.join(' and ');
}

/** Asks what the pools and arrivals on a calendar use instead before it is deleted: another calendar, or 24/7. */
export function CalendarDeleteDialog({
  calendar,
  model,
  onClose,
}: {
  calendar: Calendar;
  model: ProcessModel;
  onClose(): void;
}) {
  const apply = useEditor((s) => s.apply);
  const others = model.simulation.calendars.filter((c) => c.id !== calendar.id);
  const [target, setTarget] = useState(others[0]?.id ?? alwaysOpenCalendarId);
  const title = calendarName(calendar);
  const users = calendarUsePhrase(model, calendar.id);
  return (
    <Dialog
      label={`Delete calendar ${title}`}
      title={`Delete calendar '${title}'`}
      className="fw-pool-dialog"
      onClose={onClose}
    >
      <p>
        {users[0].toUpperCase() + users.slice(1)}{' '}
        {users.includes(' and ') || users.startsWith('pools') ? 'use' : 'uses'} this calendar. Which working hours
        should they use instead?
      </p>
      <SelectField
        label="Use instead"
        value={target}
        choices={[
          ...others.map((c) => ({ value: c.id, label: calendarName(c) })),
          { value: alwaysOpenCalendarId, label: 'Always open (24/7)' },
        ]}
        onChange={setTarget}
      />
      <div className="fw-pool-dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            const replaceWith = target === alwaysOpenCalendarId ? undefined : target;
            apply((m) => deleteCalendar(m, { id: calendar.id, replaceWith }), { select: 'keep' });
            onClose();
          }}
        >
          Delete calendar
        </button>
      </div>
    </Dialog>
  );
}
