import { useEffect, useId, useState } from 'react';
import { startZones } from './startTime';

/** The zone's UTC offset on a date, "UTC+01:00"; empty when the browser does not know the zone. */
function offsetOn(zone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    return name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
  } catch {
    return '';
  }
}

/** How long after the list is shown its places are labelled, unless it gets focus first. */
const labelDelayMs = 5_000;

// Place names are labelled with their offset on the run's start date; computing ~400 of them is worth caching.
const placeCache = new Map<string, Array<{ value: string; label: string }>>();

/** IANA place names the browser knows (a short list where it cannot list them), each with its offset. */
function places(at: Date): Array<{ value: string; label: string }> {
  const key = at.toISOString().slice(0, 10);
  const cached = placeCache.get(key);
  if (cached) return cached;
  const supported: readonly string[] =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : ['Europe/London', 'Europe/Paris', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo'];
  const list = supported
    .filter((zone) => zone.includes('/'))
    .map((zone) => ({ value: zone, label: `${zone.replaceAll('_', ' ')} (${offsetOn(zone, at)})` }));
  placeCache.set(key, list);
  return list;
}

/**
 * Chooses a timezone (a calendar's, or the start's): UTC, a fixed offset, or a place (Europe/Paris) whose offset
 * follows daylight saving, as the engine reads all three. A stored zone not in the lists stays offered as it is.
 */
export function CalendarTimezone({
  value,
  at,
  onChange,
  label = 'Timezone',
}: {
  value: string;
  /** The moment whose offsets label the places: the run's start. */
  at: Date;
  onChange(zone: string): void;
  label?: string;
}) {
  const id = useId();
  const day = at.toISOString().slice(0, 10);
  // Labelling ~400 places takes a tenth of a second or more: done when the list gets focus, or a while after it is
  // shown, not while a map opens or an edit redraws the panel.
  const [, labelled] = useState(0);
  const placeList = placeCache.get(day);
  useEffect(() => {
    if (placeCache.has(day)) return;
    // Well after the map has opened (a browser counts waiting for a file as idle time, so idle alone is too soon).
    const handle = window.setTimeout(() => {
      places(at);
      labelled((n) => n + 1);
    }, labelDelayMs);
    return () => window.clearTimeout(handle);
  }, [day]); // eslint-disable-line react-hooks/exhaustive-deps -- `at` matters only through its day
  const fixed = startZones.map((zone) => ({ value: zone, label: zone === 'UTC' ? 'UTC' : `UTC${zone}` }));
  const shown =
    placeList ??
    (value.includes('/') ? [{ value, label: `${value.replaceAll('_', ' ')} (${offsetOn(value, at)})` }] : []);
  const known = fixed.some((z) => z.value === value) || shown.some((z) => z.value === value);
  return (
    <div className="fw-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onFocus={() => {
          if (placeList) return;
          places(at);
          labelled((n) => n + 1);
        }}
        onChange={(event) => onChange(event.target.value)}
      >
        {!known && <option value={value}>{value}</option>}
        <optgroup label="Fixed offsets">
          {fixed.map((z) => (
            <option key={z.value} value={z.value}>
              {z.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Places (with daylight saving)">
          {shown.map((z) => (
            <option key={z.value} value={z.value}>
              {z.label}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
