import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FlowwrightError, restore, type ProcessModel } from '../../model';
import { exportSvg } from '../svg';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { purchaseApproval } from './testMaps';

/*
 * Kept extensions travel unchecked through every save and load, so an export must take whatever a file holds there:
 * each export target either writes the map or refuses it with a FlowwrightError, never fails on a kept part.
 */

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The keys of the map's `extensions.bpmn` the export reads. */
const modelKeys = ['artifacts', 'messageFlows', 'pools', 'processes', 'namespaces', 'definitions', 'collaboration'];
/** The keys of a node's or flow's `extensions.bpmn` the exports read. */
const elementKeys = [
  'element',
  'loop',
  'timer',
  'annotates',
  'condition',
  'expanded',
  'eventDefinition',
  'calledElement',
  'process',
  'message',
  'error',
  'signal',
  'escalation',
  'link',
  'script',
  'triggeredByEvent',
  'isForCompensation',
  'attrs',
  'extensionElements',
];
/** The keys of `extensions.zeebe` the Camunda 8 export reads. */
const zeebeKeys = ['taskType', 'retries', 'assignee', 'candidateGroups', 'candidateUsers', 'formId', 'correlationKey'];

/** Field names of the kept records, so that values come near the expected shape as well as far from it. */
const innerKeys = [
  ...['id', 'kind', 'name', 'source', 'target', 'container', 'dataObject', 'plane', 'bounds', 'waypoints'],
  ...['lanes', 'processId', 'node', 'association', 'value', 'body', 'language', 'format', 'code', 'sequential'],
  ...['x', 'y', 'width', 'height', 'uri', 'attrs', 'children', 'text', 'targetNamespace', 'isExecutable'],
  ...['camunda:asyncBefore', 'xmlns:x', 'a b', 'constructor', '__proto__'],
];
/** Ids of the maps' nodes and lanes and BPMN kinds and names, so that kept references sometimes resolve. */
const texts = [
  ...['start', 'enter', 'budget', 'order', 'note', 'finance', 'supplier', 'main', 'constructor', ''],
  ...['group', 'association', 'dataObject', 'dataObjectReference', 'dataStoreReference', 'standard', 'duration'],
  ...['CallActivity', 'Transaction', 'conditional', 'link', 'cycle', 'PT1H', 'camunda:properties', 'camunda'],
];

const leaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...texts), fc.integer());
const shaped = fc.letrec<{ value: unknown; record: Record<string, unknown> }>((tie) => ({
  record: fc.dictionary(fc.constantFrom(...innerKeys), fc.oneof({ depthSize: 'small' }, leaf, tie('value')), {
    maxKeys: 5,
  }),
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    tie('record'),
    fc.array(fc.oneof(leaf, tie('record')), { maxLength: 4 }),
  ),
})).value;

const change = (keys: string[]) => fc.tuple(fc.constantFrom(...keys), shaped);

const mutation = fc.record({
  map: fc.nat(),
  /** Replaces the whole of the map's `extensions.bpmn` with this, when set. */
  whole: fc.option(fc.jsonValue({ maxDepth: 2 }), { freq: 8 }),
  model: fc.array(change(modelKeys), { maxLength: 4 }),
  elements: fc.array(
    fc.record({
      index: fc.nat(),
      part: fc.constantFrom('bpmn', 'zeebe'),
      change: change([...elementKeys, ...zeebeKeys]),
    }),
    { maxLength: 6 },
  ),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(base: ProcessModel, m: Mutation): ProcessModel {
  const model: ProcessModel = structuredClone(base);
  const kept = (model.extensions?.bpmn ?? {}) as Record<string, unknown>;
  for (const [key, value] of m.model) kept[key] = value;
  model.extensions = { ...model.extensions, bpmn: m.whole === null ? kept : m.whole };
  const elements: { extensions?: Record<string, unknown> }[] = [...model.nodes, ...model.flows];
  for (const {
    index,
    part,
    change: [key, value],
  } of m.elements) {
    const element = elements[index % elements.length];
    const extensions = (element.extensions ??= {});
    const record = extensions[part];
    extensions[part] =
      record && typeof record === 'object' && !Array.isArray(record) ? { ...record, [key]: value } : { [key]: value };
  }
  return model;
}

/** Runs one export: what it gives, or the FlowwrightError it refuses with; any other failure is thrown on. */
async function outcome(run: () => Promise<string> | string): Promise<string> {
  try {
    return typeof (await run()) === 'string' ? 'written' : 'not a string';
  } catch (error) {
    if (error instanceof FlowwrightError) return 'refused';
    throw error;
  }
}

describe('exports of maps with arbitrary kept extensions', () => {
  const maps: ProcessModel[] = [];

  beforeAll(async () => {
    const template = restore(read('templates/claims-triage/map.flow.json'));
    if (!template.ok) throw new Error('the claims triage template does not load');
    const imported = await importBpmn(read('test/fixtures/bpmn/miwg/reference/B.2.0.bpmn'));
    const camunda = await importBpmn(read('test/fixtures/bpmn/misc/camunda/invoice.v2.bpmn'));
    maps.push(purchaseApproval(), template.model, imported.model, camunda.model);
  });

  it('writes BPMN, Camunda 8 BPMN and SVG, or refuses with a FlowwrightError, never failing otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const model = mutate(maps[m.map % maps.length], m);
        expect(await outcome(() => exportBpmn(model))).toBe('written');
        expect(await outcome(() => exportBpmn(model, { flavour: 'zeebe' }))).not.toBe('not a string');
        expect(await outcome(() => exportSvg(model))).toBe('written');
      }),
      { numRuns: 200 },
    );
  }, 180_000);
});
