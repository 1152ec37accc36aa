import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from '../main';
import { memoryIO } from '../memoryIO';
import { simulate } from '../../shared/sim';
import { buildModel } from '../../shared/sim/testing/models';

const model = buildModel(
  [
    { id: 's', type: 'startEvent' },
    {
      id: 'review',
      type: 'task',
      name: 'Review & approve',
      sim: { duration: { type: 'exponential', mean: 600 }, resource: 'clerks', fixedCost: 3 },
    },
    { id: 'e', type: 'endEvent' },
  ],
  [
    ['s', 'review'],
    ['review', 'e'],
  ],
  {
    cases: 200,
    replications: 2,
    arrivals: { interarrival: { type: 'exponential', mean: 900 } },
    resources: [{ id: 'clerks', name: 'Clerks', capacity: 1, costPerHour: 30 }],
  },
  { scenarios: [{ id: 'two', overrides: [{ path: '/simulation/resources/0/capacity', value: 2 }] }] },
);
const broken = {
  ...model,
  nodes: model.nodes.filter((n) => n.id !== 's'),
  flows: [],
  simulation: { ...model.simulation, resources: [{ ...model.simulation.resources[0], capacity: 0 }] },
};

const maps = { 'map.flow.json': JSON.stringify(model), 'broken.flow.json': JSON.stringify(broken) };

describe('flowwright simulate', () => {
  it('prints the report of §5 with --json, the same as the engine gives', async () => {
    const { io, out } = memoryIO(maps);
    expect(await main(['simulate', 'map.flow.json', '--json', '--seed', '4', '--cases', '50'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(JSON.parse(JSON.stringify(simulate(model, { seed: 4, cases: 50 }))));
    expect(out.stderr).toBe('');
  });

  it('prints a readable table without --json, and no progress bar when stderr is not a terminal', async () => {
    const { io, out } = memoryIO(maps);
    expect(await main(['simulate', 'map.flow.json', '--replications', '3'], io)).toBe(0);
    for (const section of [
      'Cycle time',
      'Activities',
      'Review & approve (review)',
      'Resources',
      'Bottlenecks',
      'Exceptions',
      '3 replications',
    ])
      expect(out.stdout).toContain(section);
    expect(out.stderr).toBe('');
  });

  it('draws a progress bar on a terminal and clears it', async () => {
    const { io, out } = memoryIO(maps, { isTTY: true });
    expect(await main(['simulate', 'map.flow.json', '--cases', '20000', '--replications', '1'], io)).toBe(0);
    expect(out.stderr).toContain('simulating [');
    expect(out.stderr).toContain('100%');
    expect(out.stderr.endsWith('\r')).toBe(true);
  });

  it('applies a scenario', async () => {
    const { io, out } = memoryIO(maps);
    expect(await main(['simulate', 'map.flow.json', '--scenario', 'two', '--json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).scenario).toBe('two');
  });

  it('writes the report as one HTML page with --report, naming the scenario, and refuses another ending', async () => {
    const { io, files, out } = memoryIO(maps);
    expect(await main(['simulate', 'map.flow.json', '--scenario', 'two', '--report', 'report.html'], io)).toBe(0);
    const html = files['report.html'];
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<p class="scenario">Scenario: two</p>');
    expect(html).toContain('Review &amp; approve');
    expect(out.stdout).toContain('Cycle time');
    const refused = memoryIO(maps);
    expect(await main(['simulate', 'map.flow.json', '--report', 'report.pdf'], refused.io)).toBe(2);
    expect(refused.out.stderr).toContain('--report must name a .html file, got report.pdf');
  });

  it('writes the event log as CSV and as XES', async () => {
    const { io, files } = memoryIO(maps);
    expect(
      await main(['simulate', 'map.flow.json', '--cases', '5', '--replications', '1', '--log', 'out.csv'], io),
    ).toBe(0);
    const lines = files['out.csv'].trimEnd().split('\r\n');
    expect(lines[0]).toBe('case_id,activity,resource,enabled,start,end,lifecycle');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(
      /^case-1,Review & approve,Clerks,2026-01-05T08:00:00.000Z,2026-01-05T08:00:00.000Z,2026-01-05T08:\d\d:\d\d.\d{3}Z,complete$/,
    );
    expect(
      await main(['simulate', 'map.flow.json', '--cases', '5', '--replications', '1', '--log', 'out.xes'], io),
    ).toBe(0);
    const xes = files['out.xes'];
    expect(xes).toContain('<log xes.version="1849.2016"');
    expect(xes.match(/<trace>/g)).toHaveLength(5);
    expect(xes.match(/value="start"/g)).toHaveLength(5);
    expect(xes).toContain('<string key="concept:name" value="Review &amp; approve"/>');
    expect(xes).toContain('<string key="org:resource" value="Clerks"/>');
  });

  it('refuses a map it cannot run with every problem, by code and element, and exit 1 (a failing result)', async () => {
    const { io, out } = memoryIO(maps);
    expect(await main(['simulate', 'broken.flow.json'], io)).toBe(1);
    expect(out.stderr.split('\n').filter(Boolean)).toEqual([
      'flowwright: FW_SIM_NO_START: test-map: the map has no start event outside sub-processes, so no case can begin',
      'flowwright: FW_SIM_ZERO_CAPACITY: clerks: the pool has capacity 0, so the tasks that use it would wait forever',
      'flowwright: FW_SIM_INVALID_MODEL: broken.flow.json cannot be simulated (2 problems)',
    ]);
    expect(out.stdout).toBe('');
  });

  it('exits 2 on bad usage', async () => {
    for (const argv of [
      ['simulate'],
      ['simulate', 'map.flow.json', '--cases', 'many'],
      ['simulate', 'map.flow.json', '--replications', '0'],
      ['simulate', 'map.flow.json', '--log', 'out.txt'],
      ['simulate', 'map.flow.json', '--scenario', 'nope'],
      ['simulate', 'missing.flow.json'],
    ]) {
      const { io, out } = memoryIO(maps);
      expect(await main(argv, io)).toBe(2);
      expect(out.stderr).toMatch(/^flowwright: FW_[A-Z_]+: /);
    }
  });
});

describe('flowwright simulate --data', () => {
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(new URL(`../../test/fixtures/data/${name}`, import.meta.url)));
  const approval = buildModel(
    [
      { id: 's', type: 'startEvent' },
      {
        id: 'review',
        type: 'task',
        name: 'Review request',
        requiredFields: ['amount', 'costCenter', 'tier'],
        sim: { duration: { type: 'fixed', value: 60 } },
      },
      { id: 'big', type: 'exclusiveGateway' },
      { id: 'cfo', type: 'task', sim: { duration: { type: 'fixed', value: 300 } } },
      { id: 'clerk', type: 'task', sim: { duration: { type: 'fixed', value: 30 } } },
      { id: 'e', type: 'endEvent' },
    ],
    [
      ['s', 'review'],
      ['review', 'big'],
      { id: 'toCfo', source: 'big', target: 'cfo', condition: 'amount > 5000' },
      { id: 'toClerk', source: 'big', target: 'clerk', default: true },
      ['cfo', 'e'],
      ['clerk', 'e'],
    ],
    { arrivals: { interarrival: { type: 'fixed', value: 600 } }, replications: 1 },
    {
      data: {
        fields: [
          { name: 'amount', type: 'number', required: true, validation: 'amount > 0' },
          { name: 'costCenter', type: 'text', required: true, label: 'Cost centre' },
          { name: 'tier', type: 'enum', values: ['gold', 'silver'] },
        ],
      },
    },
  );

  const dataFiles = {
    'approval.flow.json': JSON.stringify(approval),
    'requests.doc': new Uint8Array([1]),
    ...Object.fromEntries(
      ['approval-requests.messy.csv', 'approval-requests.json', 'requests.xlsx'].map((name) => [name, fixture(name)]),
    ),
  };
  const messy = [
    'simulate',
    'approval.flow.json',
    '--data',
    'approval-requests.messy.csv',
    '--map',
    'amount=Amount (EUR)',
    '--key',
    'Request ID',
  ];

  it('runs each record of a messy CSV as a case, prints the data quality on stderr and writes the exception work list', async () => {
    const { io, out, files } = memoryIO(dataFiles);
    expect(await main([...messy, '--exceptions', 'exceptions.csv'], io)).toBe(0);
    expect(out.stderr.split('\n').slice(0, 2)).toEqual([
      'data: approval-requests.messy.csv (csv, utf-8, delimiter ";"): 9 rows, 8 records, 6 rows with findings',
      '  Required value missing 1, Wrong type 1, Fails a field rule 1, Empty row 1, Not an allowed value 1, Key used twice 1',
    ]);
    expect(out.stderr).toContain('  row 4: costCenter is empty');
    expect(out.stderr).toContain('  row 9: Row 9 has the same key "PR-102" as row 3');
    expect(files['exceptions.csv'].split('\r\n')).toEqual([
      'row,key,node,node id,kind,message,handled,replications,case',
      '4,PR-103,Review request,review,missing-field,costCenter is empty,false,1 of 1,',
      '5,PR-104,Review request,review,invalid-field,"amount is ""abc"", not a number",false,1 of 1,',
      '6,PR-105,Review request,review,invalid-field,amount = -5 fails amount > 0,false,1 of 1,',
      '8,PR-106,Review request,review,invalid-field,"tier is ""Gold"", not one of gold, silver",false,1 of 1,',
      '',
    ]);
    expect(out.stdout).toContain('Cases: 8 started, 8 completed, 0 in progress, 4 with exceptions');
    expect(out.stdout).toContain('missing-field  review  1×  costCenter is empty (e.g. row 4)');
  });

  it('writes each record and exception once with --replications 5, with the replications it occurred in', async () => {
    const { io, out, files } = memoryIO(dataFiles);
    expect(await main([...messy, '--replications', '5', '--exceptions', 'exceptions.csv'], io)).toBe(0);
    // File order runs the same records in every replication, so each bad record fails in all 5.
    expect(files['exceptions.csv'].split('\r\n')).toEqual([
      'row,key,node,node id,kind,message,handled,replications,case',
      '4,PR-103,Review request,review,missing-field,costCenter is empty,false,5 of 5,',
      '5,PR-104,Review request,review,invalid-field,"amount is ""abc"", not a number",false,5 of 5,',
      '6,PR-105,Review request,review,invalid-field,amount = -5 fails amount > 0,false,5 of 5,',
      '8,PR-106,Review request,review,invalid-field,"tier is ""Gold"", not one of gold, silver",false,5 of 5,',
      '',
    ]);
    // The report's counts stay cases over all replications (docs/simulation.md).
    expect(out.stdout).toContain(
      'Cases (counted in all 5 replications): 40 started, 40 completed, 0 in progress, 20 with exceptions',
    );
    expect(out.stdout).toContain('Exceptions (counted in all 5 replications)');
  });

  it('puts the data quality under dataQuality in the --json report and prints nothing on stderr', async () => {
    const { io, out } = memoryIO(dataFiles);
    expect(await main([...messy, '--json'], io)).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(out.stderr).toBe('');
    expect(report.cases).toEqual({ started: 8, completed: 8, inProgress: 0, withExceptions: 4 });
    expect(report.caseData).toEqual({ order: 'file', records: 8, skipped: [] });
    expect(report.flows.find((f: { id: string }) => f.id === 'toCfo').count).toBe(2); // PR-102 and its duplicate
    expect(report.dataQuality).toMatchObject({
      file: 'approval-requests.messy.csv',
      rows: 9,
      records: 8,
      rowsWithFindings: 6,
      mapping: {
        fields: { amount: 'Amount (EUR)', costCenter: 'Cost centre', tier: 'Tier' },
        keyColumn: 'Request ID',
        arrivalColumn: null,
      },
    });
    expect(report.dataQuality.findings).toHaveLength(6);
    expect(report.exceptionRecords).toBeUndefined();
  });

  it('replays records at their arrival times and names those without one', async () => {
    const { io, out } = memoryIO(dataFiles);
    expect(await main([...messy, '--arrival', 'Received'], io)).toBe(0);
    expect(out.stderr).toContain('data: 1 record was not replayed (no readable arrival time): row 10\n');
    expect(out.stdout).toContain('Cases: 7 started, 7 completed');
  });

  it('bootstraps JSON records when more cases than records are asked for', async () => {
    const { io, out } = memoryIO(dataFiles);
    expect(
      await main(['simulate', 'approval.flow.json', '--data', 'approval-requests.json', '--cases', '30', '--json'], io),
    ).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.caseData.order).toBe('bootstrap');
    expect(report.cases.started).toBe(30);
    expect(report.dataQuality.mapping.keyColumn).toBe('id');
  });

  it('refuses data without a column for a required field, naming it, with exit 2', async () => {
    const { io, out } = memoryIO(dataFiles);
    expect(await main(['simulate', 'approval.flow.json', '--data', 'approval-requests.messy.csv'], io)).toBe(2);
    expect(out.stderr).toBe(
      'flowwright: FW_DATA_MISSING_COLUMNS: approval-requests.messy.csv has no column for the required field amount ' +
        '(columns: Request ID, Cost centre, Amount (EUR), Tier, Received, Note); map one with --map field=Column\n',
    );
    expect(out.stdout).toBe('');
  });

  it('reads a workbook sheet, and names the required fields it lacks', async () => {
    const { io, out } = memoryIO(dataFiles);
    expect(await main(['simulate', 'approval.flow.json', '--data', 'requests.xlsx', '--sheet', 'Requests'], io)).toBe(
      2,
    );
    expect(out.stderr).toBe(
      'flowwright: FW_DATA_MISSING_COLUMNS: requests.xlsx has no column for the required field costCenter ' +
        '(columns: Request ID, Amount, Submitted, Urgent, Tier, Notes); map one with --map field=Column\n',
    );
  });

  it('exits 2 on bad data options', async () => {
    for (const argv of [
      ['simulate', 'approval.flow.json', '--map', 'amount=Amount'],
      [...messy.slice(0, 4), '--map', 'price=Amount (EUR)'],
      [...messy.slice(0, 4), '--map', 'amount=Price'],
      [...messy, '--exceptions', 'out.txt'],
      ['simulate', 'approval.flow.json', '--data', 'requests.doc'],
      ['simulate', 'approval.flow.json', '--data', 'missing.csv'],
    ]) {
      const { io, out } = memoryIO(dataFiles);
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(out.stderr).toMatch(/^flowwright: FW_(USAGE|DATA_MAPPING|FILE_UNREADABLE): /);
    }
  });
});
