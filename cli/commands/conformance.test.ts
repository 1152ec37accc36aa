import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIO } from '../memoryIO';

const fixtures = join(__dirname, '../../test/fixtures/logs');
const xes = new Uint8Array(readFileSync(join(fixtures, 'xes/running-example.xes')));
const csv = readFileSync(join(fixtures, 'csv/running-example.csv'), 'utf8');

const node = (id: string, type: string, name = '') => ({ id, type, name });
const flow = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });
/** The running example's process with the examinations in sequence before the ticket check, and no loop. */
const map = JSON.stringify({
  format: 'flowwright.process',
  schemaVersion: 1,
  id: 'compensation',
  nodes: [
    node('start', 'startEvent', 'Request received'),
    node('register', 'task', 'Register request'),
    node('how', 'exclusiveGateway'),
    node('casual', 'task', 'Examine casually'),
    node('thorough', 'task', 'Examine thoroughly'),
    node('examined', 'exclusiveGateway'),
    node('ticket', 'task', 'Check ticket'),
    node('decide', 'task', 'Decide'),
    node('outcome', 'exclusiveGateway'),
    node('pay', 'task', 'Pay compensation'),
    node('reject', 'task', 'Reject request'),
    node('end', 'endEvent', 'Done'),
  ],
  flows: [
    flow('start', 'register'),
    flow('register', 'how'),
    flow('how', 'casual'),
    flow('how', 'thorough'),
    flow('casual', 'examined'),
    flow('thorough', 'examined'),
    flow('examined', 'ticket'),
    flow('ticket', 'decide'),
    flow('decide', 'outcome'),
    flow('outcome', 'pay'),
    flow('outcome', 'reject'),
    flow('pay', 'end'),
    flow('reject', 'end'),
  ],
});

describe('flowwright conformance', () => {
  it('prints fitness, fitting cases, deviations by node and unknown activities with --json', async () => {
    const { io, out } = memoryIO({ 'map.flow.json': map, 'log.xes': xes });
    expect(await main(['conformance', 'map.flow.json', 'log.xes', '--json'], io)).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(Object.keys(result)).toEqual(['fitness', 'cases', 'fittingCases', 'deviations', 'unknownActivities']);
    // Cases 1, 3 and 6 keep the map's order; 2 and 4 check the ticket first; 3 and 5 reinitiate, which it lacks.
    expect(result).toMatchObject({ cases: 6, fittingCases: 2, unknownActivities: ['reinitiate request'] });
    expect(result.fitness).toBeGreaterThan(0.7);
    expect(result.fitness).toBeLessThan(1);
    expect(result.deviations[0]).toEqual({
      nodeId: expect.any(String),
      name: expect.any(String),
      missing: expect.any(Number),
      remaining: expect.any(Number),
    });
    expect(result.deviations.map((d: { nodeId: string }) => d.nodeId)).toContain('ticket');
    expect(out.stderr).toBe('');
  });

  it('leads the text report with element names', async () => {
    const { io, out } = memoryIO({ 'map.flow.json': map, 'log.xes': xes });
    expect(await main(['conformance', 'map.flow.json', 'log.xes'], io)).toBe(0);
    expect(out.stdout).toMatch(/^log\.xes on map\.flow\.json: fitness 0\.\d{3}; 2 of 6 cases fit the map\n/);
    expect(out.stdout).toMatch(/\n {2}Check ticket: missing \d+ times \(done when the map did not allow it\)/);
    expect(out.stdout).toContain('[id ticket]');
    expect(out.stdout).toContain('Activities of the log the map lacks: reinitiate request\n');
    expect(out.stdout).toContain('case 5 (fitness');
  });

  it('reads a CSV log, guessing its columns or taking them from the options', async () => {
    const { io, out } = memoryIO({ 'map.flow.json': map, 'log.csv': csv });
    expect(await main(['conformance', 'map.flow.json', 'log.csv', '--json'], io)).toBe(0);
    const guessed = JSON.parse(out.stdout);
    expect(guessed).toMatchObject({ cases: 6, fittingCases: 2 });
    const named = memoryIO({ 'map.flow.json': map, 'log.csv': csv });
    const columns = ['--case', 'case:concept:name', '--activity', 'concept:name', '--timestamp', 'time:timestamp'];
    expect(await main(['conformance', 'map.flow.json', 'log.csv', ...columns, '--json'], named.io)).toBe(0);
    expect(JSON.parse(named.out.stdout)).toEqual(guessed);
  });

  it('exits 1 when the fitness is below --min-fitness, 0 when it is not', async () => {
    const low = memoryIO({ 'map.flow.json': map, 'log.xes': xes });
    expect(await main(['conformance', 'map.flow.json', 'log.xes', '--min-fitness', '0.99'], low.io)).toBe(1);
    expect(low.out.stderr).toMatch(
      /^flowwright: FW_LOG_LOW_FITNESS: the fitness of log\.xes on map\.flow\.json is 0\.\d+, below 0\.99\n$/,
    );
    const high = memoryIO({ 'map.flow.json': map, 'log.xes': xes });
    expect(await main(['conformance', 'map.flow.json', 'log.xes', '--min-fitness', '0.5'], high.io)).toBe(0);
  });

  it('refuses bad usage and unreadable input with exit 2', async () => {
    const { io, out } = memoryIO({ 'map.flow.json': map, 'log.xes': xes, 'empty.xes': '<log xes.version="1.0"/>' });
    expect(await main(['conformance', 'map.flow.json'], io)).toBe(2);
    expect(await main(['conformance', 'map.flow.json', 'log.txt'], io)).toBe(2);
    expect(await main(['conformance', 'map.flow.json', 'log.xes', '--case', 'id'], io)).toBe(2);
    expect(await main(['conformance', 'map.flow.json', 'missing.xes'], io)).toBe(2);
    expect(await main(['conformance', 'map.flow.json', 'empty.xes'], io)).toBe(2);
    expect(out.stderr.split('\n').filter(Boolean)).toEqual([
      'flowwright: FW_USAGE: conformance takes a model file and a log file, got 1 files',
      expect.stringMatching(/^flowwright: FW_IMPORT_FORMAT: log\.txt: /),
      'flowwright: FW_USAGE: --case is for CSV logs; log.xes is XES',
      expect.stringMatching(/^flowwright: FW_FILE_UNREADABLE: cannot read missing\.xes: ENOENT/),
      expect.stringMatching(/^flowwright: FW_LOG_EMPTY: /),
    ]);
  });
});
