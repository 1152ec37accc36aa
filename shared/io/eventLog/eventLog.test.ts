import { describe, it, expect } from 'vitest';
import type { EventLogRow } from '../../sim';
import { CsvEventLog } from './csvEventLog';
import { XesEventLog } from './xesEventLog';

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
});
