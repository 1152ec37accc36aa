import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from '../main';
import { memoryIO } from '../memoryIO';
import { buildModel } from '../../shared/sim/testing/models';

const records = new Uint8Array(
  readFileSync(new URL('../../test/fixtures/data/approval-requests.messy.csv', import.meta.url)),
);

/** Start → review → end, arriving every 10 minutes, or at the records' times when `fromRecords` is given. */
function map(fromRecords?: { column?: string }) {
  return buildModel(
    [
      { id: 's', type: 'startEvent' },
      { id: 'review', type: 'task', name: 'Review request', sim: { duration: { type: 'fixed', value: 60 } } },
      { id: 'e', type: 'endEvent' },
    ],
    [
      ['s', 'review'],
      ['review', 'e'],
    ],
    { arrivals: { interarrival: { type: 'fixed', value: 600 }, fromRecords }, replications: 1, cases: 5 },
  );
}

async function simulate(fromRecords: { column?: string } | undefined, ...options: string[]) {
  const { io, out } = memoryIO({ 'map.flow.json': JSON.stringify(map(fromRecords)), 'requests.csv': records });
  const code = await main(['simulate', 'map.flow.json', '--json', ...options], io);
  return { code, report: JSON.parse(out.stdout), stderr: out.stderr };
}

const instead = "cases arrived at the map's time between arrivals (arrivals.interarrival) instead\n";

describe('flowwright simulate with arrivals from the records', () => {
  it('replays the records at the arrival column the map names, without --arrival', async () => {
    const { code, report, stderr } = await simulate({ column: 'Received' }, '--data', 'requests.csv');
    expect(code).toBe(0);
    expect(report.caseData.order).toBe('replay');
    // Eight records, one without an arrival time: seven cases, at the records' own times.
    expect(report.cases.started).toBe(7);
    expect(report.caseData.skipped.map((r: { row: number }) => r.row)).toEqual([10]);
    expect(report.dataQuality.mapping.arrivalColumn).toBe('Received');
    expect(stderr).toBe('');
  });

  it('lets --arrival name the column instead of the map', async () => {
    const { report, stderr } = await simulate({ column: 'Arrived' }, '--data', 'requests.csv', '--arrival', 'Received');
    expect(report.caseData.order).toBe('replay');
    expect(stderr).toBe('');
  });

  it('says on stderr that the distribution was used when no arrival column is known', async () => {
    const { code, report, stderr } = await simulate({}, '--data', 'requests.csv');
    expect(code).toBe(0);
    expect(report.caseData.order).toBe('file');
    expect(stderr).toBe(
      "data: the map takes arrivals from the records' arrival times, but no arrival column is known for " +
        `requests.csv (name it with --arrival Column): ${instead}`,
    );
  });

  it('names the missing column when the file lacks the one the map names', async () => {
    const { report, stderr } = await simulate({ column: 'Arrived' }, '--data', 'requests.csv');
    expect(report.caseData.order).toBe('file');
    expect(stderr).toBe(
      "data: the map takes arrivals from the records' arrival times, but requests.csv has no column Arrived " +
        `(name another with --arrival Column): ${instead}`,
    );
  });

  it('says so when no records are given at all, and says nothing for a map that does not ask', async () => {
    const without = await simulate({ column: 'Received' });
    expect(without.report.cases.started).toBe(5);
    expect(without.stderr).toBe(
      `data: the map takes arrivals from the records' arrival times, but no records were given (--data rows.csv): ${instead}`,
    );
    const plain = await simulate(undefined, '--data', 'requests.csv');
    expect(plain.report.caseData.order).toBe('file');
    expect(plain.stderr).toBe('');
  });
});
