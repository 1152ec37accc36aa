import { describe, it, expect } from 'vitest';
import { main } from '../main';
import type { CliIO } from '../io';
import { simulate } from '../../shared/sim';
import { buildModel } from '../../shared/sim/testing/models';

const model = buildModel(
  [
    { id: 's', type: 'startEvent' },
    { id: 'review', type: 'task', name: 'Review & approve', sim: { duration: { type: 'exponential', mean: 600 }, resource: 'clerks', fixedCost: 3 } },
    { id: 'e', type: 'endEvent' },
  ],
  [['s', 'review'], ['review', 'e']],
  { cases: 200, replications: 2, arrivals: { interarrival: { type: 'exponential', mean: 900 } }, resources: [{ id: 'clerks', name: 'Clerks', capacity: 1, costPerHour: 30 }] },
  { scenarios: [{ id: 'two', overrides: [{ path: '/simulation/resources/0/capacity', value: 2 }] }] },
);
const broken = { ...model, nodes: model.nodes.filter((n) => n.id !== 's'), flows: [], simulation: { ...model.simulation, resources: [{ ...model.simulation.resources[0], capacity: 0 }] } };

/** An in-memory CliIO over the given files, recording what is printed and written. */
function fakeIO(isTTY = false) {
  const files: Record<string, string> = { 'map.flow.json': JSON.stringify(model), 'broken.flow.json': JSON.stringify(broken) };
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readText: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[path];
    },
    readBytes: async () => new Uint8Array(),
    writeText: async (path, text) => void (files[path] = text),
    writeBytes: async () => undefined,
    isTTY,
  };
  return { io, out, files };
}

describe('flowwright simulate', () => {
  it('prints the report of §5 with --json, the same as the engine gives', async () => {
    const { io, out } = fakeIO();
    expect(await main(['simulate', 'map.flow.json', '--json', '--seed', '4', '--cases', '50'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(JSON.parse(JSON.stringify(simulate(model, { seed: 4, cases: 50 }))));
    expect(out.stderr).toBe('');
  });

  it('prints a readable table without --json, and no progress bar when stderr is not a terminal', async () => {
    const { io, out } = fakeIO();
    expect(await main(['simulate', 'map.flow.json', '--replications', '3'], io)).toBe(0);
    for (const section of ['Cycle time', 'Activities', 'Review & approve (review)', 'Resources', 'Bottlenecks', 'Exceptions', '3 replications'])
      expect(out.stdout).toContain(section);
    expect(out.stderr).toBe('');
  });

  it('draws a progress bar on a terminal and clears it', async () => {
    const { io, out } = fakeIO(true);
    expect(await main(['simulate', 'map.flow.json', '--cases', '20000', '--replications', '1'], io)).toBe(0);
    expect(out.stderr).toContain('simulating [');
    expect(out.stderr).toContain('100%');
    expect(out.stderr.endsWith('\r')).toBe(true);
  });

  it('applies a scenario', async () => {
    const { io, out } = fakeIO();
    expect(await main(['simulate', 'map.flow.json', '--scenario', 'two', '--json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).scenario).toBe('two');
  });

  it('writes the event log as CSV and as XES', async () => {
    const { io, files } = fakeIO();
    expect(await main(['simulate', 'map.flow.json', '--cases', '5', '--replications', '1', '--log', 'out.csv'], io)).toBe(0);
    const lines = files['out.csv'].trimEnd().split('\r\n');
    expect(lines[0]).toBe('case_id,activity,resource,enabled,start,end,lifecycle');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^case-1,Review & approve,Clerks,2026-01-05T08:00:00.000Z,2026-01-05T08:00:00.000Z,2026-01-05T08:\d\d:\d\d.\d{3}Z,complete$/);
    expect(await main(['simulate', 'map.flow.json', '--cases', '5', '--replications', '1', '--log', 'out.xes'], io)).toBe(0);
    const xes = files['out.xes'];
    expect(xes).toContain('<log xes.version="1849-2016"');
    expect(xes.match(/<trace>/g)).toHaveLength(5);
    expect(xes.match(/value="start"/g)).toHaveLength(5);
    expect(xes).toContain('<string key="concept:name" value="Review &amp; approve"/>');
    expect(xes).toContain('<string key="org:resource" value="Clerks"/>');
  });

  it('refuses a map it cannot run with every problem, by code and element, and exit 2', async () => {
    const { io, out } = fakeIO();
    expect(await main(['simulate', 'broken.flow.json'], io)).toBe(2);
    expect(out.stderr.split('\n').filter(Boolean)).toEqual([
      'flowwright: FW_SIM_NO_START: test-map: the map has no start event outside sub-processes, so no case can begin',
      'flowwright: FW_SIM_ZERO_CAPACITY: clerks: the pool has capacity 0, so the tasks that use it would wait forever',
      'flowwright: FW_SIM_INVALID_MODEL: broken.flow.json cannot be simulated (2 problems)',
    ]);
    expect(out.stdout).toBe('');
  });

  it('exits 2 on bad usage', async () => {
    for (const argv of [['simulate'], ['simulate', 'map.flow.json', '--cases', 'many'], ['simulate', 'map.flow.json', '--replications', '0'],
      ['simulate', 'map.flow.json', '--log', 'out.txt'], ['simulate', 'map.flow.json', '--scenario', 'nope'], ['simulate', 'missing.flow.json']]) {
      const { io, out } = fakeIO();
      expect(await main(argv, io)).toBe(2);
      expect(out.stderr).toMatch(/^flowwright: FW_[A-Z_]+: /);
    }
  });
});
