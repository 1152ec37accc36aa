import { useState } from 'react';
import { isHolidayDate, setCalendarProps, type Calendar } from '../../../shared/model';
import { useEditor } from '../../store/editorStore';

/** A calendar's closed dates (YYYY-MM-DD): listed, added and removed, each an undoable edit. */
export function CalendarHolidays({ calendar }: { calendar: Calendar }) {
  const apply = useEditor((s) => s.apply);
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const holidays = calendar.holidays ?? [];
  const save = (next: string[]) =>
    apply((m) => setCalendarProps(m, { id: calendar.id, props: { holidays: next.length ? next : undefined } }), {
      select: 'keep',
    });
  const add = () => {
    const text = date.trim();
    if (!isHolidayDate(text)) return setProblem(`"${text}" is not a date: pick one, or write it as YYYY-MM-DD`);
    if (holidays.includes(text)) return setProblem(`${text} is already a holiday`);
    save([...holidays, text].sort());
    setDate('');
    setProblem(null);
  };
  return (
    <div className="fw-calendar-holidays">
      <p className="fw-calendar-label">Holidays (closed all day)</p>
      {holidays.length === 0 ? (
        <p className="fw-panel-note">No holidays.</p>
      ) : (
        <ul aria-label="Holidays">
          {holidays.map((day) => (
            <li key={day}>
              {day}
              <button
                type="button"
                aria-label={`Remove holiday ${day}`}
                title="Remove"
                onClick={() => save(holidays.filter((d) => d !== day))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="fw-calendar-add">
        <input
          type="date"
          aria-label="Holiday date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <button type="button" onClick={add}>
          Add holiday
        </button>
      </div>
      {problem && (
        <p className="fw-calendar-problems" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
