import { describe, it, expect } from 'vitest';
import { buildModel } from './testing/models';
import { run } from './testing/expectSound';
import { overflowPath, variantNodeLimit, VariantTrie } from './variants';
import { Collector } from './collector';
import { compileNetwork } from './network';
import { Replication } from './replication';
import type { EventLogRow } from './types';

const fixed = (value: number) => ({ type: 'fixed' as const, value });

/** start → a (1 min) → 70 % b (2 min) / 30 % c (5 min) → end, no pools: each path has one cycle time. */
function forkMap(cases: number) {
  return buildModel(
    [
      { id: 'start', type: 'startEvent' },
      { id: 'a', type: 'task', sim: { duration: fixed(60) } },
      { id: 'x', type: 'exclusiveGateway' },
      { id: 'b', type: 'task', sim: { duration: fixed(120) } },
      { id: 'c', type: 'task', sim: { duration: fixed(300) } },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'a'],
      ['a', 'x'],
      { id: 'toB', source: 'x', target: 'b', probability: 0.7 },
      { id: 'toC', source: 'x', target: 'c', probability: 0.3 },
      ['b', 'end'],
      ['c', 'end'],
    ],
    { cases, replications: 2, arrivals: { interarrival: { type: 'exponential', mean: 100 } } },
  );
}

/** Each round does left or right (half and half), then goes round again with probability 0.8. */
function coinLoop(cases: number) {
  return buildModel(
    [
      { id: 'start', type: 'startEvent' },
      { id: 'pick', type: 'exclusiveGateway' },
      { id: 'left', type: 'task', sim: { duration: fixed(10) } },
      { id: 'right', type: 'task', sim: { duration: fixed(10) } },
      { id: 'merge', type: 'exclusiveGateway' },
      { id: 'again', type: 'exclusiveGateway' },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'pick'],
      { id: 'l', source: 'pick', target: 'left', probability: 0.5 },
      { id: 'r', source: 'pick', target: 'right', probability: 0.5 },
      ['left', 'merge'],
      ['right', 'merge'],
      ['merge', 'again'],
      { id: 'loop', source: 'again', target: 'pick', probability: 0.8 },
      { id: 'out', source: 'again', target: 'end', probability: 0.2 },
    ],
    { cases, arrivals: { interarrival: { type: 'exponential', mean: 100 } } },
  );
}

/**
 * Work in a sub-process, in parallel with a pooled task whose interrupting timer withdraws it while it queues or
 * aborts it while it runs, with rework: every kind of event-log row, in every order.
 */
function busyMap() {
  return buildModel(
    [
      { id: 'start', type: 'startEvent' },
      { id: 'again', type: 'exclusiveGateway' },
      { id: 'split', type: 'parallelGateway' },
      { id: 'sub', type: 'subProcess' },
      { id: 'subStart', type: 'startEvent', parent: 'sub' },
      { id: 'inner', type: 'task', parent: 'sub', sim: { duration: { type: 'exponential', mean: 300 } } },
      { id: 'subEnd', type: 'endEvent', parent: 'sub' },
      { id: 'review', type: 'task', sim: { duration: { type: 'exponential', mean: 500 }, resource: 'clerks' } },
      { id: 'late', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'review', interrupting: true, timer: 600 },
      { id: 'escalate', type: 'task', sim: { duration: fixed(60) } },
      { id: 'join', type: 'exclusiveGateway' },
      { id: 'sync', type: 'parallelGateway' },
      { id: 'redo', type: 'exclusiveGateway' },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'again'],
      ['again', 'split'],
      ['split', 'sub'],
      ['split', 'review'],
      ['subStart', 'inner'],
      ['inner', 'subEnd'],
      ['review', 'join'],
      ['late', 'escalate'],
      ['escalate', 'join'],
      ['sub', 'sync'],
      ['join', 'sync'],
      ['sync', 'redo'],
      { id: 'redoFlow', source: 'redo', target: 'again', probability: 0.2 },
      { id: 'done', source: 'redo', target: 'end', probability: 0.8 },
    ],
    {
      cases: 400,
      replications: 2,
      arrivals: { interarrival: { type: 'exponential', mean: 300 } },
      // Last in, first out: a case can wait past its timer while later ones are served (withdrawn, never started).
      resources: [{ id: 'clerks', capacity: 1, queuePolicy: 'lifo' }],
    },
  );
}

describe('variants', () => {
  it('finds the two paths of a 70/30 gateway, with their counts and cycle times', () => {
    const report = run(forkMap(1000));
    expect(report.variants.map((v) => v.path)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
    const [ab, ac] = report.variants;
    expect(ab.count + ac.count).toBe(report.cases.completed);
    expect(report.otherVariantCases).toBe(0);
    expect(ab.count / report.cases.completed).toBeCloseTo(0.7, 1);
    expect(ab.meanCycleTime).toBeCloseTo(180, 9);
    expect(ac.meanCycleTime).toBeCloseTo(360, 9);
  });

  it('keeps a rework loop under the cap: 50 paths listed, the rest counted as other', () => {
    const report = run(coinLoop(30_000));
    expect(report.variants).toHaveLength(50);
    const listed = report.variants.reduce((n, v) => n + v.count, 0);
    expect(listed + report.otherVariantCases).toBe(report.cases.completed);
    for (let i = 1; i < report.variants.length; i++)
      expect(report.variants[i].count).toBeLessThanOrEqual(report.variants[i - 1].count);
    // The single rounds are the most frequent paths.
    expect(report.variants.slice(0, 2).map((v) => v.path.join())).toEqual(expect.arrayContaining(['left', 'right']));
  });

  it('stops the trie of a rework loop at its node limit, counting the longer paths as other', () => {
    const net = compileNetwork(coinLoop(60_000), 0);
    const collector = new Collector(net.activities.length, net.pools.length, net.flows.length);
    const settings = { seed: 1, replication: 0, labelPrefix: '', cases: 60_000, warmup: 0 };
    new Replication(net, collector, { ...settings, horizon: undefined, caseData: undefined, eventLog: undefined }).run(
      Number.MAX_SAFE_INTEGER,
    );
    expect(collector.variants.nodeCount).toBe(variantNodeLimit);
    expect(collector.variants.overflowCases).toBeGreaterThan(0);
    const { variants, others } = collector.variants.report(net.activities.map((n) => net.nodes[n].id));
    expect(variants.reduce((n, v) => n + v.count, 0) + others).toBe(collector.measuredCompleted);
  });

  it("rebuilds from the event log: the activities of each case's rows that are not withdrawals, in order", () => {
    const rows = new Map<string, EventLogRow[]>();
    const ended: string[] = [];
    const report = run(busyMap(), {
      seed: 4,
      eventLog: (row) => {
        const list = rows.get(row.caseId) ?? [];
        list.push(row);
        rows.set(row.caseId, list);
      },
      onCaseEnd: (caseId) => ended.push(caseId),
    });
    const all = [...rows.values()].flat();
    // The map must produce every kind of row for the test to mean anything.
    expect(all.some((r) => r.lifecycle === 'withdraw')).toBe(true);
    expect(all.some((r) => r.lifecycle === 'ate_abort')).toBe(true);
    const counts = new Map<string, number>();
    for (const caseId of ended) {
      const path = rows
        .get(caseId)!
        .filter((r) => r.lifecycle !== 'withdraw')
        .map((r) => r.activityId);
      const key = JSON.stringify(path);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(ended).toHaveLength(report.cases.completed);
    // More paths than are listed: the 50 listed are the most frequent, the rest add up to otherVariantCases.
    expect(counts.size).toBeGreaterThan(50);
    expect(report.variants).toHaveLength(50);
    const listed = new Set<string>();
    for (const v of report.variants) {
      const key = JSON.stringify(v.path);
      expect(counts.get(key), key).toBe(v.count);
      listed.add(key);
    }
    const rest = [...counts].filter(([key]) => !listed.has(key)).map(([, n]) => n);
    expect(Math.max(...rest)).toBeLessThanOrEqual(report.variants[49].count);
    expect(rest.reduce((x, y) => x + y, 0)).toBe(report.otherVariantCases);
  });
});

describe('VariantTrie', () => {
  it('stops growing at its limit and counts the cases beyond it as other', () => {
    const trie = new VariantTrie(4);
    const ab = trie.step(trie.step(trie.root, 0), 1);
    const ac = trie.step(trie.step(trie.root, 0), 2);
    expect(trie.nodeCount).toBe(4);
    expect(trie.step(trie.step(trie.root, 0), 1)).toBe(ab); // known paths still resolve
    const beyond = trie.step(ac, 1);
    expect(beyond).toBe(overflowPath);
    expect(trie.step(beyond, 0)).toBe(overflowPath);
    trie.end(ab, 10);
    trie.end(ab, 20);
    trie.end(ac, 5);
    trie.end(beyond, 99);
    expect(trie.report(['a', 'b', 'c'])).toEqual({
      variants: [
        { path: ['a', 'b'], count: 2, meanCycleTime: 15 },
        { path: ['a', 'c'], count: 1, meanCycleTime: 5 },
      ],
      others: 1,
    });
  });

  it('orders ties by path (a path before its extensions) and keeps a deep loop within the limit', () => {
    const trie = new VariantTrie(10_000);
    const ids = ['z', 'y', 'x'];
    const paths = [[0], [0, 2], [1], [2, 0], [2]];
    for (const p of paths)
      trie.end(
        p.reduce((n, a) => trie.step(n, a), trie.root),
        1,
      );
    expect(trie.report(ids).variants.map((v) => v.path.join(''))).toEqual(['x', 'xz', 'y', 'z', 'zx']);
    let n = trie.root;
    for (let i = 0; i < 50_000; i++) n = trie.step(n, i % 3);
    expect(trie.nodeCount).toBe(10_000);
    expect(trie.report(ids, 1).variants).toHaveLength(1);
  });
});
