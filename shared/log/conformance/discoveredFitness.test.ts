import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../data/csv';
import { csvTableToLog, guessCsvLogMapping, importXes, type CsvLogMapping } from '../../io/eventLog';
import type { EventLog } from '../eventLog';
import { discoverMap } from '../../io/eventLog/discoverMap';
import { replayLog } from './replayLog';

const fixtures = join(__dirname, '../../../test/fixtures/logs');

async function readLog(file: string): Promise<EventLog> {
  const bytes = new Uint8Array(readFileSync(join(fixtures, file)));
  if (!file.endsWith('.csv')) return importXes(bytes);
  const table = parseCsv(bytes);
  return csvTableToLog(table, guessCsvLogMapping(table) as CsvLogMapping);
}

// The fixture logs of issue 13 with their case counts (test/fixtures/logs/SOURCES.md).
const logs: [string, number][] = [
  ['xes/running-example.xes', 6],
  ['xes/receipt.xes.gz', 1434],
  ['xes/repairExample.xes.gz', 1104],
  ['xes/reviewing.xes.gz', 100],
  ['csv/PurchasingExample.start-end.csv', 608],
  ['xes/interval_event_log.xes.gz', 1266],
];

describe('a map discovered from a log replays that log', () => {
  it.each(logs)('%s: fitness at least 0.95', { timeout: 120_000 }, async (file, cases) => {
    const log = await readLog(file);
    // The map the app and `flowwright import` give, with the default noise filter (0.2).
    const model = await discoverMap(log, { name: file });
    const result = replayLog(model, log);
    expect(result.cases).toBe(cases);
    expect(result.unknownActivities.length).toBeLessThanOrEqual(
      // Noise filtering may leave out activities rarer than its threshold, but never the common ones.
      result.cases > 100 ? 10 : 0,
    );
    expect(result.fitness).toBeGreaterThanOrEqual(0.95);
  });
});
