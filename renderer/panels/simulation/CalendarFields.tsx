import {
  calendarName,
  duplicateCalendar,
  setCalendarProps,
  type Calendar,
  type ProcessModel,
} from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { TextField } from '../fields';
import { calendarUsePhrase } from './CalendarDeleteDialog';
import { CalendarHolidays } from './CalendarHolidays';
import { CalendarTimezone } from './CalendarTimezone';
import { CalendarWeekGrid } from './CalendarWeekGrid';

/** The run's start as a date, for the offsets shown next to place names; today when it does not read. */
function startDate(model: ProcessModel): Date {
  const at = new Date(model.simulation.startAt);
  return Number.isNaN(at.getTime()) ? new Date() : at;
}

/** One calendar's editor: name, timezone, week of working hours, holidays; duplicate and delete. */
export function CalendarFields({
  calendar,
  model,
  onDelete,
  onDuplicated,
}: {
  calendar: Calendar;
  model: ProcessModel;
  onDelete(): void;
  /** Called with the id of the copy, so that the list can open it. */
  onDuplicated(id: string): void;
}) {
  const apply = useEditor((s) => s.apply);
  const set = (props: Partial<Omit<Calendar, 'id'>>) =>
    apply((m) => setCalendarProps(m, { id: calendar.id, props }), { select: 'keep' });
  const title = calendarName(calendar);
  const users = calendarUsePhrase(model, calendar.id);
  return (
    <div className="fw-calendar-fields">
      <TextField
        key={`name-${calendar.id}`}
        label="Calendar name"
        value={calendar.name ?? ''}
        onCommit={(name) => set({ name: name.trim() ? name.trim() : undefined })}
      />
      <CalendarTimezone value={calendar.timezone} at={startDate(model)} onChange={(timezone) => set({ timezone })} />
      <p className="fw-calendar-label">Working hours (times in the calendar&apos;s timezone)</p>
      <CalendarWeekGrid key={calendar.id} calendar={calendar} />
      <CalendarHolidays key={`holidays-${calendar.id}`} calendar={calendar} />
      <p className="fw-panel-note">
        {users
          ? `Used by ${users}.`
          : 'Not used yet: pick it as the working hours of a pool or as the arrival calendar.'}
      </p>
      <div className="fw-calendar-actions">
        <button
          type="button"
          onClick={() => {
            const edit = apply((m) => duplicateCalendar(m, calendar.id), { select: 'keep' });
            const added = edit?.patch.find((op) => op.op === 'add')?.value as Calendar | undefined;
            if (added) onDuplicated(added.id);
          }}
        >
          Duplicate {title}
        </button>
        <button type="button" onClick={onDelete}>
          Delete calendar {title}
        </button>
      </div>
    </div>
  );
}
