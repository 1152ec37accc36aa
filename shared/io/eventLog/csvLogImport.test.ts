import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../data/csv';
import { activityInstances, summarizeLog } from '../../log';
import { importCsvLog } from './csvLogImport';
import { guessCsvLogMapping, type CsvLogMapping } from './csvLogMapping';
import { readXesText } from './xesImport';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/logs/${path}`, import.meta.url)));

function importGuessed(path: string) {
  const bytes = fixture(path);
  const mapping = guessCsvLogMapping(parseCsv(bytes)) as CsvLogMapping;
  return { mapping, log: importCsvLog(bytes, mapping) };
}

describe('CSV event-log import', () => {
  it('guesses the mapping of a pm4py export and reads the running example as the XES does', () => {
    const { mapping, log } = importGuessed('csv/running-example.csv');
    expect(mapping).toEqual({
      caseId: 'case:concept:name',
      activity: 'concept:name',
      timestamp: 'time:timestamp',
      resource: 'org:resource',
      cost: 'Costs',
      timestampFormat: 'iso',
    });
    const xes = summarizeLog(readXesText(new TextDecoder().decode(fixture('xes/running-example.xes'))));
    const csv = summarizeLog(log);
    expect(csv).toEqual(xes);
    expect(log.cases.find((entry) => entry.id === '3')!.attributes).toEqual({ creator: 'Fluxicon Nitro' });
    expect(log.cases[0].events[0].cost).toBe(50);
  });

  it('reads the reviewing log with its lifecycle column into the same variants as its XES', () => {
    const { log } = importGuessed('csv/reviewing.csv');
    const csv = summarizeLog(log);
    const xes = summarizeLog(readXesText(gunzipSync(fixture('xes/reviewing.xes.gz')).toString('utf8')));
    expect(csv.cases).toBe(100);
    expect(csv.events).toBe(3730);
    expect(csv.activities.length).toBe(14);
    expect([csv.start, csv.end]).toEqual([xes.start, xes.end]);
    const variantSet = (summary: typeof csv) =>
      new Set(summary.variants.map((v) => `${v.cases}:${v.activities.join('>')}`));
    expect(variantSet(csv)).toEqual(variantSet(xes));
  });

  it('reads start and end columns as activity instances and orders unsorted rows by time (Simod purchasing log)', () => {
    const { mapping, log } = importGuessed('csv/PurchasingExample.start-end.csv');
    expect(mapping).toMatchObject({
      caseId: 'case_id',
      activity: 'activity',
      timestamp: 'end_time',
      start: 'start_time',
      resource: 'resource',
    });
    const summary = summarizeLog(log);
    expect([summary.cases, summary.events, summary.activities.length]).toEqual([608, 9119, 21]);
    for (const entry of log.cases) {
      const starts = entry.events.map((event) => event.start!);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const instance of activityInstances(entry).instances) expect(instance.start).not.toBeNull();
    }
  });

  it('reads times in a declared format and zone, and reports values that do not parse with their lines', () => {
    const text = [
      'Case,Task,Done,Who,Cost',
      '1,Register,03/01/2025 09:30,Ann,10',
      '1,Check,03/01/2025 11:00,Bob,ten',
      '2,Register,31/02/2025 08:00,Ann,5',
      ',Register,04/01/2025 08:00,Ann,5',
      '2,Check,04/01/2025 10:15,,',
    ].join('\n');
    const log = importCsvLog(text, {
      caseId: 'Case',
      activity: 'Task',
      timestamp: 'Done',
      resource: 'Who',
      cost: 'Cost',
      timestampFormat: 'DD/MM/YYYY HH:mm',
      timezone: 'Europe/Amsterdam',
    });
    expect(log.cases.map((entry) => entry.id)).toEqual(['1', '2']);
    expect(log.cases[0].events[0].timestamp).toBe(Date.UTC(2025, 0, 3, 8, 30)); // 09:30 in Amsterdam, winter
    expect(log.cases[0].events[1].attributes).toEqual({ Cost: 'ten' });
    expect(log.cases[1].events.map((event) => event.timestamp)).toEqual([Date.UTC(2025, 0, 4, 9, 15), null]);
    const found = log.warnings.map((w) => [w.code, w.line, w.count]);
    expect(found).toEqual([
      ['FW_LOG_BAD_VALUE', 3, 1],
      ['FW_LOG_BAD_TIMESTAMP', 4, 1],
      ['FW_LOG_MISSING_VALUE', 5, 1],
    ]);
    expect(log.warnings[1].message).toContain('"31/02/2025 08:00"');
  });

  it('refuses a mapping without a time column or with a column the file lacks', () => {
    const text = 'case,activity,when\n1,a,2025-01-01T00:00:00Z\n';
    expect(() => importCsvLog(text, { caseId: 'case', activity: 'activity' })).toThrow(
      /needs a case id, an activity and a time/,
    );
    expect(() => importCsvLog(text, { caseId: 'case', activity: 'activity', timestamp: 'time' })).toThrow(
      /the time column "time" is not in the file/,
    );
    expect(() =>
      importCsvLog(text, { caseId: 'case', activity: 'activity', timestamp: 'when', timestampFormat: 'HH:mm' }),
    ).toThrow(/needs a year/);
  });
});
