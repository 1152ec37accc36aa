import { describe, it, expect } from 'vitest';
import { simulate, type EventLogRow } from '../../sim';
import { singleQueue } from '../../sim/testing/models';
import { CsvEventLog, csvLogHeader } from './csvEventLog';
import { XesEventLog } from './xesEventLog';
import type { EventLogWriter } from './eventLogWriter';

const at = (minute: number) => Date.UTC(2026, 0, 5, 9, minute);
const row = (
  caseId: string,
  activity: string,
  start: number | null,
  end: number,
  lifecycle: EventLogRow['lifecycle'] = 'complete',
): EventLogRow => ({
  replication: 1,
  caseId,
  activityId: activity,
  activity,
  resource: activity === 'b' ? null : 'Team "A", north',
  enabled: at(0),
  start,
  end,
  lifecycle,
});

describe('event logs', () => {
  it('writes CSV with quoted fields, ISO times and an empty start for withdrawn work', () => {
    const log = new CsvEventLog();
    log.add(row('case-1', 'a', at(1), at(5)));
    log.add(row('case-2', 'b', null, at(7), 'withdraw'));
    expect(log.text()).toBe(
      'case_id,activity,resource,enabled,start,end,lifecycle\r\n' +
        'case-1,a,"Team ""A"", north",2026-01-05T09:00:00.000Z,2026-01-05T09:01:00.000Z,2026-01-05T09:05:00.000Z,complete\r\n' +
        'case-2,b,,2026-01-05T09:00:00.000Z,,2026-01-05T09:07:00.000Z,withdraw\r\n',
    );
  });

  it('writes XES traces per case with start and end events in time order', () => {
    const log = new XesEventLog('Map <1>');
    // Two parallel activities of one case: the later-finishing one is logged first.
    log.add(row('case-1', 'b', at(2), at(3)));
    log.add(row('case-1', 'a', at(1), at(9), 'ate_abort'));
    log.add(row('case-2', 'b', null, at(4), 'withdraw'));
    const xes = log.text();
    expect(xes).toContain('<string key="concept:name" value="Map &lt;1&gt;"/>');
    const trace1 = xes.slice(xes.indexOf('<trace>'), xes.indexOf('</trace>'));
    const transitions = [...trace1.matchAll(/value="(\w+)"\/>\s*<date key="time:timestamp" value="([^"]+)"/g)].map(
      (m) => `${m[1]}@${m[2].slice(11, 16)}`,
    );
    expect(transitions).toEqual(['start@09:01', 'start@09:02', 'complete@09:03', 'ate_abort@09:09']);
    expect(trace1).toContain('value="Team &quot;A&quot;, north"');
    expect(xes.match(/<trace>/g)).toHaveLength(2);
    expect(xes).toContain('value="withdraw"');
    expect(xes.trimEnd().endsWith('</log>')).toBe(true);
  });

  it('leaves out of XES the characters XML forbids, which case ids from records may hold', () => {
    const log = new XesEventLog('Map\u0001');
    log.add(row('case\u0000-1\uFFFF', 'a\u001B', at(1), at(5)));
    const xes = log.text();
    expect([...xes].filter((c) => c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c))).toEqual([]);
    expect(xes).not.toContain('\uFFFF');
    expect(xes).toContain('value="case-1"');
    expect(xes).toContain('value="Map"');
  });
});

describe('event logs against formula injection', () => {
  it('writes names a spreadsheet would run as a formula as text, and keeps plain numbers', () => {
    const log = new CsvEventLog();
    log.add({ ...row('=HYPERLINK("http://x","y")', '+cmd', at(1), at(2)), resource: '@SUM(A1)' });
    log.add({ ...row('-5', '\tTab', at(1), at(2)), resource: null });
    const [, first, second] = log.text().split('\r\n');
    expect(first.split(',').slice(0, 1)).toEqual(['"\'=HYPERLINK(""http://x""']);
    expect(first).toContain(",'+cmd,'@SUM(A1),");
    expect(second.startsWith("-5,'\tTab,,")).toBe(true);
  });
});

describe('streamed event logs', () => {
  const streamed = (make: (sink: (text: string) => void) => EventLogWriter) => {
    const chunks: string[] = [];
    return { log: make((text) => chunks.push(text)), chunks, text: () => chunks.join('') };
  };

  it('writes a CSV line per row as it comes', () => {
    const { log, chunks } = streamed((sink) => new CsvEventLog(sink));
    expect(chunks).toEqual([`${csvLogHeader}\r\n`]);
    log.add(row('case-1', 'a', at(1), at(5)));
    expect(chunks).toHaveLength(2);
    expect(chunks[1].startsWith('case-1,a,')).toBe(true);
  });

  it('writes an XES trace as soon as its case ends, holding only open cases, and closes the log at the end', () => {
    const { log, chunks, text } = streamed((sink) => new XesEventLog('Map', sink));
    const xes = log as XesEventLog;
    log.add(row('case-1', 'a', at(1), at(2)));
    log.add(row('case-2', 'a', at(1), at(3)));
    log.add(row('case-1', 'b', at(2), at(4)));
    expect(chunks).toHaveLength(1); // the header only: both cases are open
    expect(xes.openCases).toBe(2);
    log.caseEnded('case-1');
    expect(xes.openCases).toBe(1);
    expect(chunks).toHaveLength(2);
    expect(chunks[1].match(/<event>/g)).toHaveLength(4);
    log.end(); // case-2 never ended (unfinished): still written, then the log is closed
    expect(xes.openCases).toBe(0);
    expect(text().match(/<trace>/g)).toHaveLength(2);
    expect(text().endsWith('</log>\n')).toBe(true);
  });

  it('gives the same traces streamed from a simulation as built whole, with at most the open cases held', () => {
    const model = singleQueue(
      { interarrival: { type: 'exponential', mean: 60 } },
      { type: 'exponential', mean: 50 },
      1,
      3000,
    );
    const whole = new XesEventLog('M/M/1');
    simulate(model, { seed: 3, replications: 1, eventLog: (r) => whole.add(r) });
    const { log, text } = streamed((sink) => new XesEventLog('M/M/1', sink));
    const xes = log as XesEventLog;
    let mostOpen = 0;
    const ended = new Set<string>();
    const rowsAfterEnd: string[] = [];
    simulate(model, {
      seed: 3,
      replications: 1,
      eventLog: (r) => {
        if (ended.has(r.caseId)) rowsAfterEnd.push(r.caseId);
        log.add(r);
        mostOpen = Math.max(mostOpen, xes.openCases);
      },
      onCaseEnd: (caseId) => {
        ended.add(caseId);
        log.caseEnded(caseId);
      },
    });
    log.end();
    expect(rowsAfterEnd).toEqual([]);
    expect(ended.size).toBe(3000);
    // Traces come in the order cases end rather than start: compare them as a set.
    const traces = (xml: string) => xml.match(/<trace>[\s\S]*?<\/trace>/g)!.sort();
    expect(traces(text())).toEqual(traces(whole.text()));
    expect(text().slice(0, text().indexOf('<trace>'))).toBe(whole.text().slice(0, whole.text().indexOf('<trace>')));
    // The queue holds a handful of cases at a time (utilisation 0.83), far from the 3,000 of the run.
    expect(mostOpen).toBeLessThan(200);
  });
});
