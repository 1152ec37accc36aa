import { describe, expect, it } from 'vitest';
import { restore, restoreLimits } from './restore';

const base = { format: 'flowwright.process', schemaVersion: 1, id: 'p' };
const start = { id: 'start', type: 'startEvent' };

function failure(input: unknown) {
  const result = restore(input);
  if (result.ok) throw new Error('expected restore to fail');
  return result.problems[0];
}

/** A map whose extensions hold lists `depth` levels deep: the whole document then nests depth + 2 levels. */
const deepText = (depth: number) =>
  `{"format":"flowwright.process","schemaVersion":1,"id":"p","nodes":[],"flows":[],"extensions":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;

/** `depth` sub-processes each inside the one before, each with its start event. */
function nestedSubProcesses(depth: number) {
  const nodes: Record<string, unknown>[] = [start];
  for (let i = 0; i < depth; i++) {
    nodes.push({ id: `sub${i}`, type: 'subProcess', name: `Level ${i + 1}`, ...(i > 0 && { parent: `sub${i - 1}` }) });
    nodes.push({ id: `start${i}`, type: 'startEvent', parent: `sub${i}` });
  }
  return { ...base, nodes, flows: [] };
}

describe('restore refuses hostile nesting before it overflows the stack', () => {
  it('refuses 100,000-deep JSON text with where it gets too deep', () => {
    const problem = failure(deepText(100_000));
    expect(problem.code).toBe('FW_RESTORE_TOO_DEEP');
    expect(problem.message).toMatch(/more than 1000 levels deep at line 1, column \d+/);
  });

  it('opens JSON exactly as deep as the limit, and counts no brackets inside strings', () => {
    expect(restore(deepText(restoreLimits.maxDepth - 2)).ok).toBe(true);
    expect(failure(deepText(restoreLimits.maxDepth - 1)).code).toBe('FW_RESTORE_TOO_DEEP');
    const brackets = JSON.stringify({ ...base, nodes: [], flows: [], name: `"\\${'[{'.repeat(5_000)}` });
    expect(restore(brackets).ok).toBe(true);
  });

  it('refuses a 100,000-deep object handed over from storage', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(failure({ ...base, nodes: [], flows: [], extensions: { deep } }).code).toBe('FW_RESTORE_TOO_DEEP');
  });

  it('refuses sub-processes nested 5,000 deep, naming the element, and opens 50 levels', () => {
    const problem = failure(JSON.stringify(nestedSubProcesses(5_000)));
    expect(problem).toMatchObject({ code: 'FW_RESTORE_TOO_DEEP', path: 'nodes[101]' });
    expect(problem.message).toBe(
      '"Level 51" (sub50) makes sub-processes nest 51 levels deep; at most 50 levels are opened',
    );
    expect(restore(nestedSubProcesses(restoreLimits.maxSubProcessDepth)).ok).toBe(true);
    expect(failure(nestedSubProcesses(restoreLimits.maxSubProcessDepth + 1)).code).toBe('FW_RESTORE_TOO_DEEP');
  });

  it('opens a cycle of parents (validation reports it) without looping', () => {
    const nodes = [start, { id: 'a', type: 'subProcess', parent: 'b' }, { id: 'b', type: 'subProcess', parent: 'a' }];
    expect(restore({ ...base, nodes, flows: [] }).ok).toBe(true);
  });
});

describe('restore strips characters XML forbids', () => {
  const hostile = {
    ...base,
    name: 'Map\u0000',
    lanes: [{ id: 'l', name: 'Lane\u000B' }],
    nodes: [
      start,
      {
        id: 'review',
        type: 'task',
        name: 'Re\u0001view\u001F',
        description: 'tab\tnew line\ncarriage\r kept, \uFFFE\uFFFF not',
        extensions: { 'key\u0008': ['x\uD800y', 'pair \uD83D\uDE00 kept', '\uDC00'] },
      },
    ],
    flows: [{ id: 'f', source: 'start', target: 'review', condition: 'amount\u000C > 1' }],
  };

  it('removes them from every string and key, and names each element it cleaned', () => {
    const result = restore(JSON.stringify(hostile));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const review = result.model.nodes[1];
    expect(result.model.name).toBe('Map');
    expect(result.model.lanes[0].name).toBe('Lane');
    expect(review.name).toBe('Review');
    expect(review.description).toBe('tab\tnew line\ncarriage\r kept,  not');
    expect(review.extensions).toEqual({ key: ['xy', 'pair \uD83D\uDE00 kept', ''] });
    expect(result.model.flows[0].condition).toBe('amount > 1');
    expect(result.fixes).toEqual([
      "removed characters that XML does not allow (control characters) from the map's name",
      'removed characters that XML does not allow (control characters) from lane "Lane" (l): name',
      'removed characters that XML does not allow (control characters) from node "Review" (review): name, description, extensions',
      'removed characters that XML does not allow (control characters) from flow f: condition',
    ]);
  });

  it('leaves the caller’s object as it was and a clean map untouched', () => {
    const copy = structuredClone(hostile);
    restore(copy);
    expect(copy).toEqual(hostile);
    const clean = restore({ ...base, nodes: [start], flows: [] });
    expect(clean.ok && clean.fixes).toEqual([]);
  });
});
