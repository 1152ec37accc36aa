import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIO } from '../memoryIO';
import { compareScenarios } from '../../shared/sim/compare';
import { buildModel } from '../../shared/sim/testing/models';

const model = buildModel(
  [
    { id: 's', type: 'startEvent' },
    {
      id: 'review',
      type: 'task',
      name: 'Review request',
      sim: { duration: { type: 'exponential', mean: 600 }, resource: 'clerks', fixedCost: 3 },
    },
    { id: 'e', type: 'endEvent' },
  ],
  [
    ['s', 'review'],
    ['review', 'e'],
  ],
  {
    cases: 400,
    replications: 4,
    arrivals: { interarrival: { type: 'exponential', mean: 700 } },
    resources: [{ id: 'clerks', name: 'Finance clerks', capacity: 1, costPerHour: 30 }],
  },
  {
    name: 'Purchase approval',
    scenarios: [
      { id: 'two', name: 'One more clerk', overrides: [{ path: '/simulation/resources/0/capacity', value: 2 }] },
      { id: 'same', name: 'Nothing changed', overrides: [] },
      { id: 'none', name: 'No clerks', overrides: [{ path: '/simulation/resources/0/capacity', value: 0 }] },
    ],
  },
);
// The to-be map: a check before the review, and the review renamed.
const toBe = {
  ...model,
  nodes: [
    model.nodes[0],
    { id: 'check', type: 'task', name: 'Check form', sim: { duration: { type: 'fixed', value: 60 } } },
    { ...model.nodes[1], name: 'Review the request' },
    model.nodes[2],
  ],
  flows: [{ id: 'f0', source: 's', target: 'check' }, { id: 'f1', source: 'check', target: 'review' }, model.flows[1]],
};
const files = { 'map.flow.json': JSON.stringify(model), 'to-be.flow.json': JSON.stringify(toBe) };

async function run(...argv: string[]) {
  const { io, out } = memoryIO(files);
  const code = await main(argv, io);
  return { code, ...out };
}

describe('flowwright compare', () => {
  it('prints DESIGN §5b for the map against its scenarios, the same as the engine gives', async () => {
    const { code, stdout, stderr } = await run(
      'compare',
      'map.flow.json',
      '--scenario',
      'two',
      '--scenario=same',
      '--json',
      '--seed',
      '7',
      '--cases',
      '300',
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(['runs', 'kpis']);
    expect(printed).toEqual(
      JSON.parse(JSON.stringify(compareScenarios(model, ['two', 'same'], { seed: 7, cases: 300 }))),
    );
    expect(printed.runs.map((r: { label: string; scenario: string | null }) => [r.label, r.scenario])).toEqual([
      ['map as drawn', null],
      ['One more clerk', 'two'],
      ['Nothing changed', 'same'],
    ]);
    expect(printed.runs[0].report.seed).toBe(7);
    const waiting = printed.kpis.find((k: { kpi: string }) => k.kpi === 'waitingTime.mean');
    expect(Object.keys(waiting)).toEqual(['kpi', 'values', 'delta', 'deltaCi95', 'separated']);
    expect(waiting.delta[0]).toBeNull();
    expect(waiting.separated).toEqual([null, true, false]);
    expect(waiting.deltaCi95[2]).toEqual([0, 0]);
    expect(printed.kpis.map((k: { kpi: string }) => k.kpi)).toContain('utilization.clerks');
  });

  it('compares two maps, with the structural difference, and as a table in words', async () => {
    const json = await run('compare', 'map.flow.json', 'to-be.flow.json', '--json', '--replications', '3');
    expect(json.code).toBe(0);
    const printed = JSON.parse(json.stdout);
    expect(printed.runs.map((r: { label: string }) => r.label)).toEqual(['map.flow.json', 'to-be.flow.json']);
    expect(printed.runs[1].report.replications).toBe(3);
    expect(printed.diff).toEqual({
      added: ['check', 'f0'],
      removed: [],
      changed: [
        { id: 'review', fields: ['name'] },
        { id: 'f1', fields: ['source'] },
      ],
    });

    const text = await run('compare', 'map.flow.json', 'to-be.flow.json');
    expect(text.code).toBe(0);
    for (const words of [
      'map.flow.json (baseline)',
      'Cycle time (mean)',
      'Utilisation of Finance clerks',
      'to-be.flow.json against map.flow.json:',
      '95% interval',
      'added: Check form (check), f0',
      'changed: Review the request (review): name',
    ])
      expect(text.stdout).toContain(words);
    // The check adds a minute to every case and nothing else: a real difference in cycle time.
    expect(text.stdout).toMatch(/Cycle time \(mean\)\s+\+1m 00s\s.*\breal$/m);
    expect(text.stdout).toMatch(/^Pools' hours of work per month\s+[\d.,]+ h\s+[\d.,]+ h$/m);
  });

  it('says in words when a difference is real and when it is noise', async () => {
    // One scenario by its id, the other by its name as the app shows it.
    const { code, stdout } = await run(
      'compare',
      'map.flow.json',
      '--scenario',
      'two',
      '--scenario',
      'nothing changed',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('map as drawn (baseline)');
    expect(stdout).toContain('One more clerk against map as drawn:');
    expect(stdout).toMatch(/Waiting time \(mean\)\s+-.*\breal$/m);
    const unchanged = stdout.split('Nothing changed against map as drawn:\n')[1].trim().split('\n');
    expect(unchanged.length).toBeGreaterThanOrEqual(8); // the header and at least seven KPIs
    for (const line of unchanged.slice(1)) expect(line).toMatch(/ no difference$/);
    expect(stdout).not.toContain('FW_');
  });

  it.each([
    [['map.flow.json'], 2, 'FW_USAGE', 'with --scenario NAME'],
    [['map.flow.json', 'to-be.flow.json', '--scenario', 'two'], 2, 'FW_USAGE', 'not both'],
    [['map.flow.json', '--scenario', 'nope'], 2, 'FW_SIM_UNKNOWN_SCENARIO', 'scenario "nope" is not in the map'],
    [['map.flow.json', '--scenario', 'none'], 1, 'FW_SIM_INVALID_MODEL', 'No clerks cannot be simulated'],
    [['map.flow.json', 'missing.flow.json'], 2, 'FW_', 'missing.flow.json'],
    [['map.flow.json', '--scenario', 'two', '--replications', '0'], 2, 'FW_USAGE', '--replications must be at least 1'],
  ])('refuses %j with exit %i and a message naming what', async (argv, exit, code, words) => {
    const result = await run('compare', ...argv);
    expect(result.code).toBe(exit);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^flowwright: ${code}`));
    expect(result.stderr).toContain(words);
  });

  it('runs every map on the same records with --data', async () => {
    const rows = ['amount', ...Array.from({ length: 30 }, (_, i) => String(100 + i))].join('\n');
    const { io, out } = memoryIO({ ...files, 'rows.csv': rows });
    const argv = ['compare', 'map.flow.json', 'to-be.flow.json', '--data', 'rows.csv', '--replications', '2'];
    expect(await main(argv, io)).toBe(0);
    expect(out.stderr.match(/rows\.csv/g)).toHaveLength(1); // the data quality, once
    expect(out.stdout).toContain('60 cases started in the baseline');
    const json = memoryIO({ ...files, 'rows.csv': rows });
    expect(await main([...argv, '--json'], json.io)).toBe(0);
    const printed = JSON.parse(json.out.stdout);
    for (const run of printed.runs) expect(run.report.caseData).toMatchObject({ order: 'file', records: 30 });
    expect(json.out.stderr).toBe('');
  });

  it('draws one progress bar over all runs on a terminal and clears it', async () => {
    const { io, out } = memoryIO(files, { isTTY: true });
    expect(await main(['compare', 'map.flow.json', '--scenario', 'two', '--json'], io)).toBe(0);
    expect(out.stderr).toContain('comparing [');
    expect(out.stderr).toContain(' 50%');
    expect(out.stderr).toContain('100%');
    expect(out.stderr.endsWith('\r')).toBe(true);
    expect(JSON.parse(out.stdout).runs).toHaveLength(2);
  });

  it('has --help and is listed by flowwright --help', async () => {
    const help = await run('compare', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--scenario');
    expect((await run('--help')).stdout).toContain('compare');
  });
});
