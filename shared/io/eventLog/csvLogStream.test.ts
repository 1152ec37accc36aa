import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../data/csv';
import { importCsvLog } from './csvLogImport';
import { guessCsvLogMapping, type CsvLogMapping } from './csvLogMapping';
import { importCsvLogStream } from './csvLogStream';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/logs/${path}`, import.meta.url)));

/** The bytes as a stream of small chunks, cut anywhere (inside a value, a quote, a UTF-8 character). */
function streamOf(bytes: Uint8Array, chunk: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += chunk)));
    },
  });
}

const text = (value: string) => new TextEncoder().encode(value);

describe('CSV event-log import from a stream', () => {
  it.each(['running-example.csv', 'reviewing.csv', 'PurchasingExample.start-end.csv'])(
    'reads %s in small pieces into the same log as the whole-file import',
    async (name) => {
      const bytes = fixture(`csv/${name}`);
      const mapping = guessCsvLogMapping(parseCsv(bytes)) as CsvLogMapping;
      const whole = importCsvLog(bytes, mapping);
      const progress: number[] = [];
      const streamed = await importCsvLogStream(streamOf(bytes, 997), mapping, {
        pieceSize: 4096,
        total: bytes.length,
        onProgress: ({ bytes: read, events }) => {
          progress.push(read);
          expect(events).toBeGreaterThanOrEqual(0);
        },
      });
      expect(streamed).toEqual(whole);
      expect(progress.length).toBeGreaterThan(1);
      expect(progress[progress.length - 1]).toBe(bytes.length);
    },
  );

  it('keeps quoted line breaks and doubled quotes across piece boundaries, with the file lines in warnings', async () => {
    const rows = ['case,activity,time'];
    for (let i = 0; i < 200; i++) rows.push(`c${i % 7},"Check ""a""\nthen b",2024-01-0${1 + (i % 9)}T10:00:00Z`);
    rows.push('c1,Late,not a time');
    const source = rows.join('\n') + '\n';
    const mapping: CsvLogMapping = { caseId: 'case', activity: 'activity', timestamp: 'time' };
    const whole = importCsvLog(source, mapping);
    const streamed = await importCsvLogStream(streamOf(text(source), 13), mapping, { pieceSize: 64 });
    expect(streamed).toEqual(whole);
    expect(streamed.cases[0].events[0].activity).toBe('Check "a"\nthen b');
    const bad = streamed.warnings.find((w) => w.code === 'FW_LOG_BAD_TIMESTAMP')!;
    expect(bad.line).toBe(402);
  });

  it('reads Windows-1252 text as the case-data reader does', async () => {
    const bytes = new Uint8Array([...text('case;activity;time\n1;Pr'), 0xfc, ...text('fen;2024-01-01T10:00:00Z\n')]);
    const mapping: CsvLogMapping = { caseId: 'case', activity: 'activity', timestamp: 'time' };
    const log = await importCsvLogStream(streamOf(bytes, 5), mapping);
    expect(log.cases[0].events[0].activity).toBe('Prüfen');
  });

  it('fails clearly on an empty file', async () => {
    const mapping: CsvLogMapping = { caseId: 'case', activity: 'activity', timestamp: 'time' };
    await expect(importCsvLogStream(streamOf(text('\n\n'), 4), mapping)).rejects.toThrow('empty');
  });
});
