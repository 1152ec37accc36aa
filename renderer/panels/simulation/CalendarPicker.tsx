import {
  addCalendar,
  alwaysOpenCalendarId,
  calendarName,
  officeHours,
  type Edit,
  type ProcessModel,
} from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { SelectField } from '../fields';
import { startZone } from './startTime';

const officeChoice = '+office';

/**
 * Chooses a calendar among 24/7, the map's calendars and, until the map has it, the built-in office hours
 * (added to the map's calendars in the same undo step as the choice).
 */
export function CalendarPicker({
  label,
  model,
  value,
  onChoose,
}: {
  label: string;
  model: ProcessModel;
  /** The chosen calendar id; undefined means 24/7. */
  value: string | undefined;
  /** The edit that makes `id` (undefined: 24/7) the chosen calendar, on the model as it will be then. */
  onChoose(model: ProcessModel, id: string | undefined): Edit | null;
}) {
  const apply = useEditor((s) => s.apply);
  const calendars = model.simulation.calendars;
  // In the start's zone: its place (Europe/Paris) when it has one, so the hours follow daylight saving.
  const office = officeHours(startZone(model.simulation));
  const choices = [
    { value: alwaysOpenCalendarId, label: 'Always open (24/7)' },
    ...calendars.map((c) => ({ value: c.id, label: calendarName(c) })),
    ...(calendars.some((c) => c.id === office.id) ? [] : [{ value: officeChoice, label: calendarName(office) }]),
    ...(value && value !== alwaysOpenCalendarId && !calendars.some((c) => c.id === value)
      ? [{ value, label: `${value} (missing)` }]
      : []),
  ];
  return (
    <SelectField
      label={label}
      value={value ?? alwaysOpenCalendarId}
      choices={choices}
      onChange={(choice) => {
        if (choice === officeChoice)
          apply([(m) => addCalendar(m, office), (m) => onChoose(m, office.id)], { select: 'keep' });
        else apply((m) => onChoose(m, choice === alwaysOpenCalendarId ? undefined : choice), { select: 'keep' });
      }}
    />
  );
}
