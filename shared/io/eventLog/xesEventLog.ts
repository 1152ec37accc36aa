import type { EventLogRow } from '../../sim';
import { escapeXml } from '../xmlChars';
import { isoTime } from './isoTime';

interface XesEvent {
  time: number;
  xml: string;
}

const attribute = (type: 'string' | 'date', key: string, value: string) =>
  `<${type} key="${key}" value="${escapeXml(value)}"/>`;
// XES dates are xs:dateTime; tools read the explicit offset more reliably than a bare Z.
const xesDate = (ms: number) => `${isoTime(ms).slice(0, -1)}+00:00`;

const extensions = [
  ['Concept', 'concept'],
  ['Time', 'time'],
  ['Lifecycle', 'lifecycle'],
  ['Organizational', 'org'],
].map(
  ([name, prefix]) =>
    `  <extension name="${name}" prefix="${prefix}" uri="http://www.xes-standard.org/${prefix}.xesext"/>`,
);

function header(logName: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // The standard's schema types xes.version as a decimal: 1849.2016, not 1849-2016.
    '<log xes.version="1849.2016" xes.features="" xmlns="http://www.xes-standard.org/">',
    ...extensions,
    `  <global scope="trace">\n    ${attribute('string', 'concept:name', '__INVALID__')}\n  </global>`,
    `  <global scope="event">\n    ${attribute('string', 'concept:name', '__INVALID__')}\n    ${attribute('string', 'lifecycle:transition', 'complete')}` +
      `\n    ${attribute('date', 'time:timestamp', xesDate(0))}\n  </global>`,
    // Classifier names are xs:NCName in the standard's schema: no spaces.
    '  <classifier name="Activity" keys="concept:name"/>',
    '  <classifier name="ActivityLifecycle" keys="concept:name lifecycle:transition"/>',
    `  ${attribute('string', 'concept:name', logName)}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The attributes of an event other than its time, per activity, pool and transition: they repeat on every event. */
const eventParts = new Map<string, { head: string; tail: string }>();

function event(row: EventLogRow, transition: string, time: number): XesEvent {
  const key = `${row.activity}\u0000${row.resource ?? '\u0001'}\u0000${transition}`;
  let parts = eventParts.get(key);
  if (parts === undefined) {
    if (eventParts.size >= 10_000) eventParts.clear(); // many maps in one process: never grow without end
    const resource = row.resource === null ? '' : `\n      ${attribute('string', 'org:resource', row.resource)}`;
    parts = {
      head: `    <event>\n      ${attribute('string', 'concept:name', row.activity)}\n      ${attribute('string', 'lifecycle:transition', transition)}\n      <date key="time:timestamp" value="`,
      tail: `"/>${resource}\n    </event>\n`,
    };
    eventParts.set(key, parts);
  }
  return { time, xml: `${parts.head}${xesDate(time)}${parts.tail}` };
}

function trace(caseId: string, events: XesEvent[]): string {
  // A stable sort keeps a start before its complete when both fall on the same instant.
  const ordered = events.map((e, i) => [e, i] as const).sort((a, b) => a[0].time - b[0].time || a[1] - b[1]);
  return `  <trace>\n    ${attribute('string', 'concept:name', caseId)}\n${ordered.map(([e]) => e.xml).join('')}  </trace>\n`;
}

/**
 * Writes an IEEE 1849 (XES) event log: one trace per case, named by concept:name; each activity gives a `start`
 * event and a `complete` (or `ate_abort`) event, or one `withdraw` event when it never started, each with
 * concept:name, lifecycle:transition, time:timestamp and org:resource. Events are in time order within a trace.
 * The header goes to `sink` at once and each trace as soon as caseEnded() names its case, so only open cases are
 * held; end() writes the cases still open and closes the log. Without a sink the text is kept for text().
 */
export class XesEventLog {
  private readonly open = new Map<string, XesEvent[]>();
  private readonly kept: string[] = [];
  private readonly write: (text: string) => void;
  private ended = false;

  constructor(logName: string, sink?: (text: string) => void) {
    this.write = sink ?? ((text) => void this.kept.push(text));
    this.write(header(logName));
  }

  /** Cases with events logged and no trace written yet. */
  get openCases(): number {
    return this.open.size;
  }

  add(row: EventLogRow): void {
    let events = this.open.get(row.caseId);
    if (!events) this.open.set(row.caseId, (events = []));
    if (row.start !== null) events.push(event(row, 'start', row.start));
    events.push(event(row, row.lifecycle, row.end));
  }

  /** Writes the case's trace: the engine logs nothing more for a case that has ended. */
  caseEnded(caseId: string): void {
    const events = this.open.get(caseId);
    if (!events) return;
    this.open.delete(caseId);
    this.write(trace(caseId, events));
  }

  /** Writes the traces of cases still open (unfinished when the run ended) and closes the log. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const [caseId, events] of this.open) this.write(trace(caseId, events));
    this.open.clear();
    this.write('</log>\n');
  }

  /** The whole log, when it was built without a sink. */
  text(): string {
    this.end();
    return this.kept.join('');
  }
}
