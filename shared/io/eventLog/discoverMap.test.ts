import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../data';
import type { EventLog } from '../../log';
import { restore, type ProcessModel, type ProcessModelInput } from '../../model';
import { simulate, startSimulation } from '../../sim';
import { validateModel } from '../../validate';
import { importCsvLog } from './csvLogImport';
import { guessCsvLogMapping, type CsvLogMapping } from './csvLogMapping';
import { discoverMap } from './discoverMap';
import { readXesText } from './xesImport';
import { XesEventLog } from './xesEventLog';

const fixture = (path: string) => {
  const bytes = readFileSync(new URL(`../../../test/fixtures/logs/${path}`, import.meta.url));
  return new Uint8Array(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
};
const xes = (path: string) => readXesText(new TextDecoder().decode(fixture(path)));
const csv = (path: string) => {
  const bytes = fixture(path);
  return importCsvLog(bytes, guessCsvLogMapping(parseCsv(bytes)) as CsvLogMapping);
};

const realLogs: [string, () => EventLog, number][] = [
  ['running example', () => xes('xes/running-example.xes'), 8],
  ['receipt', () => xes('xes/receipt.xes.gz'), 27],
  ['repair', () => xes('xes/repairExample.xes.gz'), 8],
  ['reviewing', () => xes('xes/reviewing.xes.gz'), 14],
  ['purchasing', () => csv('csv/PurchasingExample.start-end.csv'), 21],
  ['interval', () => xes('xes/interval_event_log.xes.gz'), 8],
];

const tasks = (model: ProcessModel) =>
  model.nodes
    .filter((n) => n.type === 'task')
    .map((n) => n.name)
    .sort();
const countOf = (model: ProcessModel, type: string) => model.nodes.filter((n) => n.type === type).length;
const errors = (model: ProcessModel) => validateModel(model).filter((p) => p.severity === 'error');

/** The map's own simulation, one replication, written as XES and read back: what `export --to xes-sample` gives. */
function simulatedLog(model: ProcessModel, cases: number): EventLog {
  const writer = new XesEventLog(model.name);
  const run = startSimulation(model, {
    cases,
    seed: 7,
    replications: 1,
    eventLog: (row) => writer.add(row),
    onCaseEnd: (caseId) => writer.caseEnded(caseId),
  });
  while (!run.advance(100_000));
  return readXesText(writer.text());
}

function restored(input: ProcessModelInput | string): ProcessModel {
  const result = restore(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.model;
}

/** The probability on the flow from the exclusive split into the named task. */
function probabilityInto(model: ProcessModel, taskName: string): number | undefined {
  const task = model.nodes.find((n) => n.name === taskName)!;
  return model.flows.find((f) => f.target === task.id)?.probability;
}

describe('discoverMap on the fixture logs', () => {
  it.each(realLogs)(
    '%s: a laid-out map that validates and simulates',
    async (_name, read, activities) => {
      const log = read();
      for (const noise of [0, 0.2]) {
        const model = await discoverMap(log, { noise, name: 'Discovered' });
        expect(errors(model)).toEqual([]);
        const report = simulate(model, { cases: 100, seed: 1 });
        expect(report.cases.completed).toBe(100);
        expect(report.exceptions).toEqual([]);
        // Laid out: no two nodes on one spot.
        expect(new Set(model.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(model.nodes.length);
        if (noise === 0) expect(tasks(model)).toHaveLength(activities);
      }
    },
    120_000,
  );
});

describe('discoverMap on logs simulated by the engine', () => {
  it('gives back the customer-onboarding template: its tasks, choices and parallel branch', async () => {
    const template = restored(
      readFileSync(new URL('../../../templates/customer-onboarding/map.flow.json', import.meta.url), 'utf8'),
    );
    const model = await discoverMap(simulatedLog(template, 2000), { name: template.name });
    expect(tasks(model)).toEqual(tasks(template));
    expect(countOf(model, 'exclusiveGateway')).toBe(countOf(template, 'exclusiveGateway'));
    expect(countOf(model, 'parallelGateway')).toBe(countOf(template, 'parallelGateway'));
    // Branch shares: 27 % of cases lack documents, 16 % need enhanced due diligence.
    expect(probabilityInto(model, 'Provide missing documents')).toBeCloseTo(0.27, 1);
    expect(probabilityInto(model, 'Enhanced due diligence')).toBeCloseTo(0.16, 1);
    expect(errors(model)).toEqual([]);
  }, 120_000);

  it('gives back a loop with its probability of going round again', async () => {
    const node = (id: string, type: string, name = '') => ({ id, type, name });
    const drawn = restored({
      format: 'flowwright.process',
      schemaVersion: 1,
      id: 'rework',
      name: 'Rework',
      nodes: [
        node('s', 'startEvent'),
        node('a', 'task', 'Draft'),
        node('j', 'exclusiveGateway'),
        node('b', 'task', 'Review'),
        node('x', 'exclusiveGateway'),
        node('c', 'task', 'Publish'),
        node('e', 'endEvent'),
      ].map((n) => ({ ...n, sim: n.type === 'task' ? { duration: { type: 'fixed', value: 60 } } : undefined })),
      flows: [
        { id: 'f1', source: 's', target: 'a' },
        { id: 'f2', source: 'a', target: 'j' },
        { id: 'f3', source: 'j', target: 'b' },
        { id: 'f4', source: 'b', target: 'x' },
        { id: 'f5', source: 'x', target: 'j', probability: 0.4 },
        { id: 'f6', source: 'x', target: 'c', probability: 0.6 },
        { id: 'f7', source: 'c', target: 'e' },
      ],
    } as ProcessModelInput);
    const model = await discoverMap(simulatedLog(drawn, 2000));
    expect(tasks(model)).toEqual(['Draft', 'Publish', 'Review']);
    expect(countOf(model, 'exclusiveGateway')).toBe(2);
    const review = model.nodes.find((n) => n.name === 'Review')!;
    const split = model.flows.find((f) => f.source === review.id)!.target;
    const back = model.flows.find(
      (f) =>
        f.source === split &&
        model.flows.some(
          (g) =>
            g.target === f.target &&
            g.target !== review.id &&
            model.nodes.find((n) => n.id === g.target)?.type === 'exclusiveGateway',
        ),
    );
    expect(back?.probability).toBeCloseTo(0.4, 1);
  }, 120_000);
});
