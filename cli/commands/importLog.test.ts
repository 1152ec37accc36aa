import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restore } from '../../shared/model';
import { validateModel } from '../../shared/validate';
import { main } from '../main';
import { memoryIO } from '../memoryIO';

const logFile = (path: string) => new Uint8Array(readFileSync(join(__dirname, '../../test/fixtures/logs', path)));
const logs = {
  'running-example.xes': logFile('xes/running-example.xes'),
  'repair.xes.gz': logFile('xes/repairExample.xes.gz'),
  'purchasing.csv': logFile('csv/PurchasingExample.start-end.csv'),
  'running-example.csv': logFile('csv/running-example.csv'),
};

function writtenMap(files: Record<string, string>, path: string) {
  const restored = restore(files[path]);
  if (!restored.ok) throw new Error('the written map does not restore');
  return restored.model;
}

describe('flowwright import of an event log', () => {
  it('discovers a map from XES and prints the log figures and the map counts with --json', async () => {
    const { io, out, files } = memoryIO(logs);
    expect(await main(['import', 'running-example.xes', '--out', 'map.flow.json', '--json'], io)).toBe(0);
    const summary = JSON.parse(out.stdout);
    expect(summary.log).toEqual({
      cases: 6,
      events: 42,
      activities: 8,
      variants: 6,
      resources: 6,
      start: '2010-12-30T10:02:00.000Z',
      end: '2011-01-24T13:56:00.000Z',
    });
    const model = writtenMap(files, 'map.flow.json');
    expect(model.name).toBe('running-example');
    expect(summary.nodes).toEqual({ startEvent: 1, task: 8, exclusiveGateway: 6, parallelGateway: 2, endEvent: 1 });
    expect(summary.flows).toBe(model.flows.length);
    // The file breaks the standard's element order (it comes from an old writer): said, with lines.
    expect(summary.warnings[0]).toEqual({
      code: 'FW_LOG_NONSTANDARD',
      message: 'a <log> lacks its required "xes.version"',
      line: 2,
      count: 1,
    });
    expect(validateModel(model).filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.stderr).toBe('');
  });

  it('reads .xes.gz, and --noise changes what is left out', async () => {
    const { io, out, files } = memoryIO(logs);
    expect(await main(['import', 'repair.xes.gz', '--out', 'all.flow.json', '--noise', '0', '--json'], io)).toBe(0);
    const all = JSON.parse(out.stdout);
    expect(all.log).toMatchObject({ cases: 1104, events: 11855, activities: 8 });
    out.stdout = '';
    expect(await main(['import', 'repair.xes.gz', '--out', 'main.flow.json', '--json'], io)).toBe(0);
    const main20 = JSON.parse(out.stdout);
    // The rare skips the full log has (of Inform User, Test Repair, Archive Repair) are filtered at 0.2.
    expect(main20.nodes.exclusiveGateway).toBeLessThan(all.nodes.exclusiveGateway);
    expect(writtenMap(files, 'main.flow.json').name).toBe('repair');
  });

  it('guesses the CSV columns from their names, and takes them from the options', async () => {
    const { io, out } = memoryIO(logs);
    expect(await main(['import', 'purchasing.csv', '--out', 'p.flow.json', '--json'], io)).toBe(0);
    const guessed = JSON.parse(out.stdout);
    expect(guessed.log).toMatchObject({ cases: 608, events: 9119, activities: 21 });
    out.stdout = '';
    const columns = ['--case', 'case_id', '--activity', 'activity', '--timestamp', 'end_time', '--start', 'start_time'];
    expect(await main(['import', 'purchasing.csv', '--out', 'q.flow.json', ...columns, '--json'], io)).toBe(0);
    const given = JSON.parse(out.stdout);
    expect(given.log).toMatchObject({ cases: 608, events: 9119, activities: 21, resources: 27 });
    expect(given.nodes.task).toBe(guessed.nodes.task);
  });

  it('prints a readable line without --json', async () => {
    const { io, out } = memoryIO(logs);
    expect(await main(['import', 'running-example.csv', '--out', 'r.flow.json'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /^running-example\.csv → r\.flow\.json: 6 cases, 42 events, 8 activities, 6 variants; discovered 18 nodes \(.*\), \d+ flows\n/,
    );
  });

  it('refuses a bad --noise, a CSV column the file lacks, an empty log and column options on XES', async () => {
    const empty = new TextEncoder().encode('<?xml version="1.0"?>\n<log xes.version="1.0"></log>\n');
    const { io, out, files } = memoryIO({ ...logs, 'empty.xes': empty });
    expect(await main(['import', 'running-example.xes', '--out', 'x.flow.json', '--noise', '2'], io)).toBe(2);
    expect(out.stderr).toBe('flowwright: FW_USAGE: --noise must be a share between 0 and 1, got "2"\n');
    out.stderr = '';
    expect(await main(['import', 'purchasing.csv', '--out', 'x.flow.json', '--case', 'nope'], io)).toBe(2);
    expect(out.stderr).toMatch(/^flowwright: FW_LOG_MAPPING: purchasing\.csv: /);
    out.stderr = '';
    expect(await main(['import', 'empty.xes', '--out', 'x.flow.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/^flowwright: FW_LOG_EMPTY: empty\.xes: /);
    out.stderr = '';
    expect(await main(['import', 'running-example.xes', '--out', 'x.flow.json', '--case', 'id'], io)).toBe(2);
    expect(out.stderr).toBe('flowwright: FW_USAGE: --case is for CSV logs; running-example.xes is XES\n');
    expect(files['x.flow.json']).toBeUndefined();
  });
});
