import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLane,
  addNode,
  connect,
  copyFragment,
  deleteElements,
  duplicate,
  moveNodes,
  moveToLane,
  paste,
  rename,
  reorderLanes,
  setDefaultFlow,
  setLaneProps,
  setProperty,
  updateModel,
  type Edit,
} from './commands';
import { referenceProblems } from './commands/fixtures';
import { canRedo, canUndo, commit, redo, startEditing, undo, type EditorState } from './history';
import { nodeTypes, processSchema, type NodeType, type ProcessModel } from './schema';

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

const modelArbitrary = fc
  .record({
    lanes: fc.integer({ min: 0, max: 3 }),
    nodes: fc.array(
      fc.record({
        type: fc.constantFrom(...nodeTypes),
        name: fc.constantFrom('', 'Review', 'Approve'),
        x: fc.integer({ min: -500, max: 500 }),
        y: fc.integer({ min: -500, max: 500 }),
        lane: fc.nat(3),
        host: fc.nat(),
        parent: fc.option(fc.nat()),
        sim: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    flows: fc.array(
      fc.record({ a: fc.nat(), b: fc.nat(), condition: fc.boolean(), default: fc.boolean(), bend: fc.boolean() }),
      { maxLength: 20 },
    ),
  })
  .map(({ lanes, nodes, flows }): ProcessModel => {
    const built: Record<string, unknown>[] = [];
    nodes.forEach((spec, i) => {
      const hosts = built.filter((n) => n.type === 'task' || n.type === 'subProcess');
      const host = spec.type === 'boundaryEvent' ? pick(hosts, spec.host) : undefined;
      const parent =
        spec.parent === null
          ? undefined
          : pick(
              built.filter((n) => n.type === 'subProcess'),
              spec.parent,
            );
      built.push({
        id: `n${i}`,
        type: spec.type === 'boundaryEvent' && !host ? 'task' : spec.type,
        name: spec.name,
        x: spec.x,
        y: spec.y,
        ...(lanes > 0 && spec.lane > 0 ? { lane: `L${spec.lane % lanes}` } : {}),
        ...(host ? { attachedTo: host.id } : {}),
        ...(parent ? { parent: parent.id } : {}),
        ...(spec.sim ? { sim: { duration: { type: 'fixed', value: 60 } } } : {}),
      });
    });
    const pairs = new Set<string>();
    const builtFlows = flows.flatMap((spec, i) => {
      const source = `n${spec.a % nodes.length}`;
      const target = `n${spec.b % nodes.length}`;
      if (source === target || pairs.has(`${source}>${target}`)) return [];
      pairs.add(`${source}>${target}`);
      return [
        {
          id: `f${i}`,
          source,
          target,
          ...(spec.condition ? { condition: 'amount > 1' } : {}),
          ...(spec.default ? { default: true } : {}),
          ...(spec.bend ? { waypoints: [{ x: 1, y: 2 }] } : {}),
        },
      ];
    });
    return processSchema.parse({
      format: 'flowwright.process',
      schemaVersion: 1,
      id: 'random',
      lanes: Array.from({ length: lanes }, (_, i) => ({ id: `L${i}`, name: `Lane ${i}` })),
      nodes: built,
      flows: builtFlows,
    });
  });

/** A command with abstract choices, resolved against whatever model it meets. */
const commandArbitrary = fc.record({
  kind: fc.constantFrom(
    'add',
    'connect',
    'move',
    'moveTo',
    'rename',
    'set',
    'delete',
    'lane',
    'addLane',
    'laneProps',
    'reorder',
    'paste',
    'duplicate',
    'default',
    'update',
  ),
  a: fc.nat(),
  b: fc.nat(),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  dx: fc.integer({ min: -50, max: 50 }),
  dy: fc.integer({ min: -50, max: 50 }),
  type: fc.constantFrom<NodeType>(...nodeTypes),
  name: fc.constantFrom('', 'Check', 'Ship it'),
  flag: fc.boolean(),
  mergeKey: fc.constantFrom(undefined, 'k1', 'k2'),
});
type Command = typeof commandArbitrary extends fc.Arbitrary<infer T> ? T : never;

const propertyChoices: [kind: 'node' | 'flow' | 'lane', path: string[], values: unknown[]][] = [
  ['node', ['sim', 'fixedCost'], [5, undefined]],
  ['node', ['sim', 'duration'], [{ type: 'exponential', mean: 30 }, undefined]],
  ['node', ['sim'], [undefined, { priority: 2 }]],
  ['node', ['description'], ['Why', undefined]],
  ['node', ['width'], [80, undefined]],
  ['node', ['lane'], ['L0', undefined]],
  ['node', ['taskType'], ['service', undefined]],
  ['flow', ['probability'], [0.5, undefined]],
  ['flow', ['condition'], ['amount > 2', undefined]],
  ['flow', ['target'], ['n0', 'n1']],
  ['lane', ['kind'], ['system', 'external']],
];

const idsOf = (model: ProcessModel, kind: 'node' | 'flow' | 'lane'): string[] =>
  (kind === 'node' ? model.nodes : kind === 'flow' ? model.flows : model.lanes).map((e) => e.id);

function run(model: ProcessModel, c: Command): Edit | null {
  const nodeIds = model.nodes.map((n) => n.id);
  const chosen = c.picks.map((p) => pick(nodeIds, p) as string);
  const node = pick(nodeIds, c.a) ?? '';
  const lane = c.flag ? pick(model.lanes, c.b)?.id : undefined;
  switch (c.kind) {
    case 'add': {
      const parent = c.flag
        ? pick(
            model.nodes.filter((n) => n.type === 'subProcess'),
            c.b,
          )?.id
        : undefined;
      const host =
        c.type === 'boundaryEvent'
          ? pick(
              model.nodes.filter((n) => n.type === 'task'),
              c.b,
            )?.id
          : undefined;
      return addNode(model, { type: c.type, x: c.dx, y: c.dy, lane, parent, attachedTo: host });
    }
    case 'connect':
      return connect(model, { source: node, target: pick(nodeIds, c.b) ?? '' });
    case 'move':
      return moveNodes(model, { ids: chosen, dx: c.dx, dy: c.dy });
    case 'moveTo':
      return moveNodes(model, { positions: { [node]: { x: c.dx, y: c.dy } } });
    case 'rename': {
      const kind = (['node', 'flow', 'lane', 'process'] as const)[c.b % 4];
      const id = kind === 'process' ? '' : (pick(idsOf(model, kind), c.a) ?? '');
      return rename(model, { target: kind === 'process' ? { kind } : { kind, id }, name: c.name });
    }
    case 'set': {
      const [kind, path, values] = propertyChoices[c.b % propertyChoices.length];
      const id = pick(idsOf(model, kind), c.a) ?? '';
      return setProperty(model, { target: { kind, id }, path, value: values[c.flag ? 0 : 1] });
    }
    case 'delete': {
      const all = [...model.nodes, ...model.flows, ...model.lanes].map((e) => e.id);
      return deleteElements(model, { ids: c.picks.map((p) => pick(all, p) as string) });
    }
    case 'lane':
      return moveToLane(model, { ids: chosen, lane });
    case 'addLane':
      return addLane(model, { name: c.name, index: c.a % (model.lanes.length + 1) });
    case 'laneProps':
      return setLaneProps(model, {
        id: pick(model.lanes, c.a)?.id ?? '',
        props: { height: c.flag ? 90 : undefined, name: c.name },
      });
    case 'reorder':
      return reorderLanes(model, { order: model.lanes.map((_, i) => model.lanes[(i + c.a) % model.lanes.length].id) });
    case 'paste':
      return paste(model, { fragment: copyFragment(model, chosen), offset: { dx: c.dx, dy: c.dy } });
    case 'duplicate':
      return duplicate(model, { ids: chosen });
    case 'default':
      return setDefaultFlow(model, { flowId: pick(model.flows, c.a)?.id ?? '', isDefault: c.flag });
    case 'update':
      return updateModel(model, {
        settings: { currency: c.flag ? 'USD' : 'EUR' },
        simulation: { cases: 1 + (c.a % 3) },
      });
  }
  return null;
}

function expectSound(model: ProcessModel) {
  expect(referenceProblems(model)).toEqual([]);
  expect(processSchema.parse(model)).toStrictEqual(model);
}

describe('edit commands through the history', () => {
  it('undo everything gives the start, redo everything gives the end', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.array(commandArbitrary, { minLength: 5, maxLength: 40 }), (start, commands) => {
        let state: EditorState = startEditing(start);
        for (const command of commands) {
          state = commit(state, run(state.model, command), { capture: 'capture', mergeKey: command.mergeKey });
          expectSound(state.model);
        }
        const end = state.model;
        while (canUndo(state.history)) state = undo(state.history, state.model) as EditorState;
        expect(state.model).toStrictEqual(start);
        while (canRedo(state.history)) state = redo(state.history, state.model) as EditorState;
        expect(state.model).toStrictEqual(end);
      }),
      { numRuns: 150 },
    );
  });

  it('every edit is undone exactly by its inverse and shares every node it does not touch', () => {
    fc.assert(
      fc.property(modelArbitrary, commandArbitrary, (model, command) => {
        const edit = run(model, command);
        if (!edit) return;
        const { model: after } = commit(startEditing(model), edit, { capture: 'capture' });
        expect(
          commit(startEditing(after), { ...edit, patch: edit.inverse }, { capture: 'ignore' }).model,
        ).toStrictEqual(model);
        if (edit.patch.some((op) => /^\/(nodes(\/[^/]+)?)?$/.test(op.path))) return;
        const touched = new Set(
          edit.patch
            .map((op) => op.path.match(/^\/nodes\/(\d+)\//)?.[1])
            .filter(Boolean)
            .map(Number),
        );
        after.nodes.forEach((node, i) => {
          if (!touched.has(i)) expect(node).toBe(model.nodes[i]);
        });
        if (!edit.patch.some((op) => op.path.startsWith('/flows'))) expect(after.flows).toBe(model.flows);
      }),
      { numRuns: 300 },
    );
  });
});
