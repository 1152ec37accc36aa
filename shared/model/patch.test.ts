import { describe, expect, it, vi } from 'vitest';
import { chainOfTasks, purchaseApproval } from './commands/fixtures';
import { FlowwrightError } from './errors';
import { applyPatch, applyPatchWithInverse, invertPatch, parsePointer, pointer, type Patch } from './patch';
import type { ProcessModel } from './schema';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Objects reachable from `after` that are not reachable from `before`: what a patch had to allocate. */
function newObjects(before: unknown, after: unknown): number {
  const old = new Set<unknown>();
  const collect = (value: unknown) => {
    if (typeof value !== 'object' || value === null || old.has(value)) return;
    old.add(value);
    Object.values(value).forEach(collect);
  };
  collect(before);
  let count = 0;
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null || old.has(value)) return;
    count++;
    Object.values(value).forEach(walk);
  };
  walk(after);
  return count;
}

function expectPatchError(run: () => unknown, text: string) {
  try {
    run();
    expect.unreachable('the patch applied');
  } catch (error) {
    expect(error).toBeInstanceOf(FlowwrightError);
    expect((error as FlowwrightError).code).toBe('FW_MODEL_PATCH');
    expect((error as FlowwrightError).message).toContain(text);
  }
}

describe('JSON pointers', () => {
  it('escape and unescape ~ and /', () => {
    const path = pointer('extensions', 'a/b~c', 0);
    expect(path).toBe('/extensions/a~1b~0c/0');
    expect(parsePointer(path)).toEqual(['extensions', 'a/b~c', '0']);
    expect(parsePointer('')).toEqual([]);
  });

  it('reject a path without a leading slash', () => {
    expectPatchError(() => parsePointer('nodes/0'), 'not a JSON pointer');
  });
});

describe('applyPatch', () => {
  it('adds, replaces and removes object keys and array items without touching the input', () => {
    const model = deepFreeze(purchaseApproval());
    const next = applyPatch(model, [
      { op: 'replace', path: '/nodes/1/name', value: 'Check' },
      { op: 'add', path: '/nodes/0/description', value: 'Web form' },
      { op: 'remove', path: '/flows/3/default' },
      { op: 'add', path: '/lanes/0', value: { id: 'it', name: 'IT', kind: 'system' } },
      { op: 'add', path: '/lanes/-', value: { id: 'ops', name: 'Ops', kind: 'internal' } },
    ]);
    expect(next.nodes[1].name).toBe('Check');
    expect(next.nodes[0].description).toBe('Web form');
    expect('default' in next.flows[3]).toBe(false);
    expect(next.lanes.map((l) => l.id)).toEqual(['it', 'requester', 'finance', 'ops']);
    expect(model.nodes[1].name).toBe('Review');
    expect(model.lanes).toHaveLength(2);
  });

  it('treats a key holding undefined as absent, as JSON does', () => {
    const model = { ...purchaseApproval(), description: undefined };
    expectPatchError(() => applyPatch(model, [{ op: 'remove', path: '/description' }]), 'no "description"');
    const { inverse } = applyPatchWithInverse(model, [{ op: 'add', path: '/description', value: 'Text' }]);
    expect(inverse).toEqual([{ op: 'remove', path: '/description' }]);
  });

  it('replaces the whole model through the empty pointer', () => {
    const model = purchaseApproval();
    const other = chainOfTasks(3);
    const { model: next, inverse } = applyPatchWithInverse(model, [{ op: 'replace', path: '', value: other }]);
    expect(next).toBe(other);
    expect(applyPatch(next, inverse)).toBe(model);
  });

  it('refuses paths that do not exist and values that are missing', () => {
    const model = purchaseApproval();
    expectPatchError(() => applyPatch(model, [{ op: 'replace', path: '/nodes/0/width', value: 3 }]), 'no "width"');
    expectPatchError(() => applyPatch(model, [{ op: 'remove', path: '/nodes/99' }]), 'past the end');
    expectPatchError(() => applyPatch(model, [{ op: 'add', path: '/nodes/11', value: {} }]), 'past the end');
    expectPatchError(() => applyPatch(model, [{ op: 'remove', path: '/nodes/01' }]), 'not an array index');
    expectPatchError(() => applyPatch(model, [{ op: 'add', path: '/nope/x', value: 1 }]), 'no "nope"');
    expectPatchError(() => applyPatch(model, [{ op: 'add', path: '/nodes/0/name/x', value: 1 }]), 'not an object');
    expectPatchError(() => applyPatch(model, [{ op: 'replace', path: '/name' }]), 'value is missing');
    expectPatchError(() => applyPatch(model, [{ op: 'add', path: '/__proto__', value: {} }]), '__proto__');
    expectPatchError(() => applyPatch(model, [{ op: 'add', path: '', value: {} }]), 'whole model');
  });
});

describe('inverse patches', () => {
  // The flag says whether only whole items move, so that undo must bring back the very same node objects.
  const cases: [string, Patch, boolean][] = [
    [
      'removals in ascending order, each shifting the next',
      [
        { op: 'remove', path: '/nodes/2' },
        { op: 'remove', path: '/nodes/2' },
        { op: 'remove', path: '/nodes/5' },
      ],
      true,
    ],
    [
      'removals in descending order',
      [
        { op: 'remove', path: '/flows/6' },
        { op: 'remove', path: '/flows/3' },
        { op: 'remove', path: '/flows/0' },
      ],
      true,
    ],
    [
      'inserts, appends and removals mixed on one array',
      [
        { op: 'add', path: '/lanes/-', value: { id: 'x', name: 'X', kind: 'internal' } },
        { op: 'add', path: '/lanes/0', value: { id: 'y', name: 'Y', kind: 'internal' } },
        { op: 'remove', path: '/lanes/1' },
        { op: 'replace', path: '/lanes/1/name', value: 'Renamed' },
      ],
      true,
    ],
    [
      'an edit of an item, then its removal',
      [
        { op: 'replace', path: '/nodes/1/x', value: 999 },
        { op: 'add', path: '/nodes/1/sim/fixedCost', value: 5 },
        { op: 'remove', path: '/nodes/1' },
      ],
      false,
    ],
    ['an add that overwrites an existing key', [{ op: 'add', path: '/nodes/0/name', value: 'Begin' }], false],
  ];

  it.each(cases)('undo %s exactly', (_, patch, sameItems) => {
    const model = deepFreeze(purchaseApproval());
    const { model: next, inverse } = applyPatchWithInverse(model, patch);
    expect(next).not.toStrictEqual(model);
    const back = applyPatch(next, inverse);
    expect(back).toStrictEqual(model);
    if (sameItems) back.nodes.forEach((node, i) => expect(node).toBe(model.nodes[i]));
    expect(invertPatch(model, patch)).toEqual(inverse);
  });
});

describe('structural sharing', () => {
  const model: ProcessModel = deepFreeze(chainOfTasks(1000));

  it('keeps the identity of everything a property edit does not touch', () => {
    const next = applyPatch(model, [{ op: 'replace', path: '/nodes/500/name', value: 'Renamed' }]);
    expect(next).not.toBe(model);
    expect(next.nodes).not.toBe(model.nodes);
    expect(next.nodes[500]).not.toBe(model.nodes[500]);
    expect(next.nodes.filter((node, i) => node !== model.nodes[i])).toHaveLength(1);
    expect(next.flows).toBe(model.flows);
    expect(next.lanes).toBe(model.lanes);
    expect(next.simulation).toBe(model.simulation);
  });

  it('allocates only the containers on the edited path, whatever the size of the map', () => {
    expect(newObjects(model, applyPatch(model, [{ op: 'replace', path: '/nodes/500/name', value: 'R' }]))).toBe(3);
    const manyOps: Patch = Array.from({ length: 200 }, (_, i) => ({ op: 'replace', path: `/nodes/${i}/x`, value: -i }));
    // The model, the node array and the 200 nodes.
    expect(newObjects(model, applyPatch(model, manyOps))).toBe(202);
  });

  it('copies the node array once per patch, not once per operation', () => {
    const manyOps: Patch = Array.from({ length: 200 }, (_, i) => ({ op: 'replace', path: `/nodes/${i}/x`, value: -i }));
    const slice = vi.spyOn(Array.prototype, 'slice');
    try {
      applyPatch(model, manyOps);
      expect(slice.mock.contexts.filter((array) => (array as unknown[]).length === 1000)).toHaveLength(1);
    } finally {
      slice.mockRestore();
    }
  });
});
