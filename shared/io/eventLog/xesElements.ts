import type { LogAttributes, LogCase, LogEvent } from '../../log/eventLog';
import type { LogWarnings } from '../../log/logWarnings';

/** Fills attributes the log declares global but the element lacks, with the declared default (IEEE 1849 §5.4). */
function applyGlobals(
  attributes: LogAttributes,
  globals: LogAttributes,
  kind: string,
  line: number,
  warnings: LogWarnings,
) {
  for (const key in globals) {
    if (key in attributes) continue;
    attributes[key] = globals[key];
    warnings.add(
      'FW_LOG_NONSTANDARD',
      `${kind}s lack "${key}", which the log declares global: its default (${JSON.stringify(globals[key])}) was used`,
      line,
      { group: `${kind}\u0000${key}` },
    );
  }
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** An event from its XES attributes: concept:name, time:timestamp, lifecycle, resource, role and cost lifted out. */
export function xesEvent(
  attributes: LogAttributes,
  line: number,
  globals: LogAttributes,
  warnings: LogWarnings,
): LogEvent {
  applyGlobals(attributes, globals, 'event', line, warnings);
  const name = text(attributes['concept:name']);
  if (name === undefined)
    warnings.add('FW_LOG_MISSING_VALUE', 'events have no activity name (concept:name): their activity is ""', line);
  const time = attributes['time:timestamp'];
  const timestamp = typeof time === 'number' ? time : null;
  if (time === undefined)
    warnings.add('FW_LOG_BAD_TIMESTAMP', 'events have no time:timestamp', line, { severity: 'note' });
  const event: LogEvent = { activity: name ?? '', timestamp, attributes, line };
  const lifecycle = text(attributes['lifecycle:transition']);
  if (lifecycle !== undefined) event.lifecycle = lifecycle.toLowerCase();
  const resource = text(attributes['org:resource']);
  if (resource !== undefined) event.resource = resource;
  const role = text(attributes['org:role']);
  if (role !== undefined) event.role = role;
  const cost = attributes['cost:total'];
  if (typeof cost === 'number') event.cost = cost;
  // pm4py's interval logs carry the start of each activity instance on its one event
  const start = attributes['start_timestamp'];
  if (typeof start === 'number') event.start = start;
  for (const key of ['concept:name', 'time:timestamp', 'lifecycle:transition', 'org:resource', 'org:role'])
    delete attributes[key];
  if (typeof cost === 'number') delete attributes['cost:total'];
  if (typeof start === 'number') delete attributes['start_timestamp'];
  return event;
}

/** A case from its XES trace; a trace without concept:name is numbered by its position. */
export function xesCase(
  attributes: LogAttributes,
  events: LogEvent[],
  line: number,
  index: number,
  globals: LogAttributes,
  warnings: LogWarnings,
): LogCase {
  applyGlobals(attributes, globals, 'trace', line, warnings);
  let id = text(attributes['concept:name']);
  if (id === undefined) {
    id = String(index + 1);
    warnings.add('FW_LOG_MISSING_VALUE', 'traces have no case id (concept:name): they were numbered', line, {
      severity: 'note',
    });
  }
  delete attributes['concept:name'];
  return { id, attributes, events, line };
}
