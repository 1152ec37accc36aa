import { useState } from 'react';
import {
  normalizeTime,
  setCalendarProps,
  weekdayNames,
  weekdays,
  weekGrid,
  weeklyEntries,
  weekProblems,
  type Calendar,
  type WeekGrid,
} from '../../../shared/model';
import { useEditor } from '../../store/editorStore';

const workdays = ['TUE', 'WED', 'THU', 'FRI'] as const;

/** A new period for a day: after its last one, or office hours on an empty day. */
function nextPeriod(periods: WeekGrid['MON']) {
  const last = periods[periods.length - 1];
  if (!last) return { from: '09:00', to: '17:00' };
  const start = Math.min(Number(last.to.slice(0, 2)) + 1, 23);
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return { from: hh(start), to: hh(Math.min(start + 1, 24)) };
}

/**
 * A calendar's working hours as a week: one or more from–to periods per day. A change is stored (one undo step)
 * when the whole week is valid; until then the draft stays on screen with its problems in words.
 */
export function CalendarWeekGrid({ calendar }: { calendar: Calendar }) {
  const apply = useEditor((s) => s.apply);
  const [kept, setKept] = useState<{ grid: WeekGrid; problems: string[]; base: Calendar['weekly'] } | null>(null);
  // A draft belongs to the hours it was typed over: an undo or redo of them shows the stored week again.
  const draft = kept?.base === calendar.weekly ? kept : null;
  const setDraft = (next: { grid: WeekGrid; problems: string[] } | null) =>
    setKept(next && { ...next, base: calendar.weekly });
  const grid = draft?.grid ?? weekGrid(calendar.weekly);
  const title = calendar.name?.trim() || calendar.id;

  const commit = (next: WeekGrid) => {
    const tidy = Object.fromEntries(
      weekdays.map((day) => [
        day,
        next[day].map((p) => ({ from: normalizeTime(p.from) ?? p.from, to: normalizeTime(p.to) ?? p.to })),
      ]),
    ) as WeekGrid;
    const problems = weekProblems(tidy);
    if (problems.length > 0) return setDraft({ grid: tidy, problems });
    apply((m) => setCalendarProps(m, { id: calendar.id, props: { weekly: weeklyEntries(tidy) } }), { select: 'keep' });
    setDraft(null);
  };
  const edit = (day: (typeof weekdays)[number], change: (periods: WeekGrid['MON']) => WeekGrid['MON']) =>
    ({ ...grid, [day]: change(grid[day]) }) as WeekGrid;
  const type = (day: (typeof weekdays)[number], index: number, end: 'from' | 'to', text: string) =>
    setDraft({
      grid: edit(day, (periods) => periods.map((p, i) => (i === index ? { ...p, [end]: text } : p))),
      problems: draft?.problems ?? [],
    });

  return (
    <div className="fw-calendar-week" role="group" aria-label={`Working hours of ${title}`}>
      <table>
        <tbody>
          {weekdays.map((day) => (
            <tr key={day}>
              <th scope="row">{weekdayNames[day].slice(0, 3)}</th>
              <td>
                {grid[day].length === 0 && <span className="fw-calendar-closed">Closed</span>}
                {grid[day].map((period, i) => (
                  <span key={i} className="fw-calendar-period">
                    {(['from', 'to'] as const).map((end) => (
                      <input
                        key={end}
                        type="text"
                        inputMode="numeric"
                        aria-label={`${weekdayNames[day]} period ${i + 1} ${end}`}
                        value={period[end]}
                        onChange={(e) => type(day, i, end, e.target.value)}
                        onBlur={() => draft && commit(draft.grid)}
                        onKeyDown={(e) => e.key === 'Enter' && draft && commit(draft.grid)}
                      />
                    ))}
                    <button
                      type="button"
                      aria-label={`Remove ${weekdayNames[day]} ${period.from}–${period.to}`}
                      title="Remove this period"
                      onClick={() => commit(edit(day, (periods) => periods.filter((_, j) => j !== i)))}
                    >
                      ×
                    </button>
                  </span>
                ))}
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`Add a period on ${weekdayNames[day]}`}
                  title="Add a period"
                  onClick={() => commit(edit(day, (periods) => [...periods, nextPeriod(periods)]))}
                >
                  +
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          commit(
            Object.fromEntries(
              weekdays.map((d) => [d, workdays.includes(d as never) ? grid.MON : grid[d]]),
            ) as WeekGrid,
          )
        }
      >
        Copy Monday to Tuesday–Friday
      </button>
      {draft && draft.problems.length > 0 && (
        <ul className="fw-calendar-problems" role="alert" aria-label={`Problems with the hours of ${title}`}>
          {draft.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
          <li>Not saved until this is fixed.</li>
        </ul>
      )}
    </div>
  );
}
