import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restore } from '../../shared/model';
import { simulate } from '../../shared/sim';
import { CsvEventLog } from '../../shared/io/eventLog';
import { main } from '../main';
import { memoryIO } from '../memoryIO';

const mapText = readFileSync(join(__dirname, '../../templates/purchase-approval/map.flow.json'), 'utf8');

/** The purchase-approval template simulated into a CSV log (case_id, activity, resource, enabled, start, end). */
function simulatedCsv(): string {
  const restored = restore(mapText);
  if (!restored.ok) throw new Error('template does not restore');
  const writer = new CsvEventLog();
  simulate(restored.model, { cases: 600, replications: 1, seed: 3, eventLog: (row) => writer.add(row) });
  return writer.text();
}

describe('flowwright calibrate', () => {
  const csv = simulatedCsv();
  const args = [
    'calibrate',
    'map.flow.json',
    'log.csv',
    '--start',
    'start',
    '--timestamp',
    'end',
    '--out',
    'c.flow.json',
  ];

  it('writes the calibrated map and prints the fitted values and the accuracy score with --json', async () => {
    const { io, out, files } = memoryIO({ 'map.flow.json': mapText, 'log.csv': csv });
    expect(await main([...args, '--json'], io)).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(Object.keys(report)).toEqual([
      'out',
      'parameters',
      'accuracy',
      'warnings',
      'unmatchedTasks',
      'unknownActivities',
    ]);
    expect(report.accuracy.score).toBeGreaterThan(0.5);
    expect(report.accuracy.score).toBeLessThanOrEqual(1);
    const check = report.parameters.find((p: { elementId: string }) => p.elementId === 'check');
    expect(check).toMatchObject({ kind: 'duration', name: 'Check request', sampleSize: 600 });
    expect(report.parameters.map((p: { kind: string }) => p.kind)).toEqual(
      expect.arrayContaining(['arrivals', 'duration', 'branch', 'error', 'pool']),
    );
    const written = restore(files['c.flow.json']);
    expect(written.ok).toBe(true);
    if (written.ok) expect(written.model.nodes.find((n) => n.id === 'check')!.sim!.duration).toEqual(check.value);
  });

  it('prints the values in words without --json', async () => {
    const { io, out } = memoryIO({ 'map.flow.json': mapText, 'log.csv': csv });
    expect(await main(args, io)).toBe(0);
    expect(out.stdout).toMatch(/^accuracy 0\.\d{3} \(cycle times/m);
    expect(out.stdout).toMatch(/ {2}Check request: \w+.*\(600 instances\)/);
    expect(out.stdout).toMatch(/Amount over 5,000\? → .*: taken \d+% of the time/);
  });

  it('refuses bad usage with exit code 2', async () => {
    const { io } = memoryIO({ 'map.flow.json': mapText, 'log.csv': csv });
    expect(await main(['calibrate', 'map.flow.json', 'log.csv'], io)).toBe(2);
    expect(await main(['calibrate', 'map.flow.json', '--out', 'x.flow.json'], io)).toBe(2);
    expect(await main(['calibrate', 'map.flow.json', 'missing.xes', '--out', 'x.flow.json'], io)).toBe(2);
    expect(await main(['calibrate', 'map.flow.json', 'log.csv', '--out', 'x.flow.json', '--cases', '0'], io)).toBe(2);
  });
});
