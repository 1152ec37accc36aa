import type { EventLogRow } from '../../sim';

interface XesEvent {
  time: number;
  xml: string;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const attribute = (type: 'string' | 'date', key: string, value: string) =>
  `<${type} key="${key}" value="${escapeXml(value)}"/>`;
// XES dates are xs:dateTime; tools read the explicit offset more reliably than a bare Z.
const xesDate = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

const extensions = [
  ['Concept', 'concept'],
  ['Time', 'time'],
  ['Lifecycle', 'lifecycle'],
  ['Organizational', 'org'],
].map(
  ([name, prefix]) =>
    `  <extension name="${name}" prefix="${prefix}" uri="http://www.xes-standard.org/${prefix}.xesext"/>`,
);

/**
 * Builds an IEEE 1849 (XES) event log: one trace per case, named by concept:name; each activity gives a `start`
 * event and a `complete` (or `ate_abort`) event, or one `withdraw` event when it never started, each with
 * concept:name, lifecycle:transition, time:timestamp and org:resource. Events are in time order within a trace.
 */
export class XesEventLog {
  private readonly traces = new Map<string, XesEvent[]>();

  constructor(private readonly logName: string) {}

  private event(row: EventLogRow, transition: string, time: number): XesEvent {
    const resource = row.resource === null ? '' : `\n      ${attribute('string', 'org:resource', row.resource)}`;
    const xml =
      `    <event>\n      ${attribute('string', 'concept:name', row.activity)}\n      ${attribute('string', 'lifecycle:transition', transition)}` +
      `\n      ${attribute('date', 'time:timestamp', xesDate(time))}${resource}\n    </event>`;
    return { time, xml };
  }

  add(row: EventLogRow): void {
    let events = this.traces.get(row.caseId);
    if (!events) this.traces.set(row.caseId, (events = []));
    if (row.start !== null) events.push(this.event(row, 'start', row.start));
    events.push(this.event(row, row.lifecycle, row.end));
  }

  text(): string {
    const parts = [
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
      `  ${attribute('string', 'concept:name', this.logName)}`,
    ];
    for (const [caseId, events] of this.traces) {
      // A stable sort keeps a start before its complete when both fall on the same instant.
      const ordered = events.map((e, i) => [e, i] as const).sort((a, b) => a[0].time - b[0].time || a[1] - b[1]);
      parts.push(
        `  <trace>\n    ${attribute('string', 'concept:name', caseId)}`,
        ...ordered.map(([e]) => e.xml),
        '  </trace>',
      );
    }
    parts.push('</log>');
    return `${parts.join('\n')}\n`;
  }
}
