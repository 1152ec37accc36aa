import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXesText } from '../io/eventLog/xesImport';
import type { EventLog, LogCase, LogEvent } from './eventLog';
import { directlyFollows, simplifyGraph, type DirectlyFollowsGraph } from './directlyFollows';

const minute = 60_000;
let line = 1;
const event = (activity: string, minutes: number, more: Partial<LogEvent> = {}): LogEvent => ({
  activity,
  timestamp: minutes * minute,
  attributes: {},
  line: line++,
  ...more,
});
const entry = (id: string, events: LogEvent[]): LogCase => ({ id, attributes: {}, events, line: events[0]?.line ?? 0 });
const log = (cases: LogCase[]): EventLog => ({ format: 'xes', attributes: {}, cases, warnings: [] });
const edge = (graph: DirectlyFollowsGraph, source: string, target: string) =>
  graph.edges.find((e) => e.source === source && e.target === target);
const runningExample = () =>
  readXesText(readFileSync(new URL('../../test/fixtures/logs/xes/running-example.xes', import.meta.url), 'utf8'));

describe('directlyFollows', () => {
  // Two cases with start/complete pairs: durations and waits are known by construction.
  const handMade = log([
    entry('1', [
      event('a', 0, { lifecycle: 'start' }),
      event('a', 10, { lifecycle: 'complete' }),
      event('b', 15, { lifecycle: 'start' }),
      event('b', 35, { lifecycle: 'complete' }),
    ]),
    entry('2', [
      event('a', 100, { lifecycle: 'start' }),
      event('a', 130, { lifecycle: 'complete' }),
      event('b', 140, { lifecycle: 'start' }),
      event('b', 150, { lifecycle: 'complete' }),
      event('a', 150, { lifecycle: 'start' }),
      event('a', 170, { lifecycle: 'complete' }),
    ]),
    entry('3', [event('c', 5)]),
    entry('empty', []),
  ]);

  it('counts executions, cases, first and last activities', () => {
    const graph = directlyFollows(handMade);
    expect(graph.cases).toBe(4);
    expect(graph.activities.map((a) => [a.name, a.count, a.cases])).toEqual([
      ['a', 3, 2],
      ['b', 2, 2],
      ['c', 1, 1],
    ]);
    expect(graph.starts).toEqual({ a: 2, c: 1 });
    expect(graph.ends).toEqual({ b: 1, a: 1, c: 1 });
    expect(graph.edges.map((e) => [e.source, e.target, e.count])).toEqual([
      ['a', 'b', 2],
      ['b', 'a', 1],
    ]);
  });

  it('measures mean and median durations and waits in milliseconds', () => {
    const graph = directlyFollows(handMade);
    const a = graph.activities.find((x) => x.name === 'a')!;
    expect(a.meanDuration).toBe(20 * minute); // 10, 30, 20
    expect(a.medianDuration).toBe(20 * minute);
    const b = graph.activities.find((x) => x.name === 'b')!;
    expect(b.medianDuration).toBe(15 * minute); // 20, 10: mean of the middle two
    expect(graph.activities.find((x) => x.name === 'c')!.meanDuration).toBeNull();
    expect(edge(graph, 'a', 'b')).toMatchObject({ meanWait: 7.5 * minute, medianWait: 7.5 * minute }); // 5, 10
    expect(edge(graph, 'b', 'a')).toMatchObject({ meanWait: 0, medianWait: 0 });
  });

  it('reads the running example as the textbook draws it', () => {
    const graph = directlyFollows(runningExample());
    expect(graph.cases).toBe(6);
    expect(Object.fromEntries(graph.activities.map((a) => [a.name, a.count]))).toEqual({
      'check ticket': 9,
      decide: 9,
      'examine casually': 6,
      'register request': 6,
      'examine thoroughly': 3,
      'pay compensation': 3,
      'reinitiate request': 3,
      'reject request': 3,
    });
    expect(graph.starts).toEqual({ 'register request': 6 });
    expect(graph.ends).toEqual({ 'reject request': 3, 'pay compensation': 3 });
    expect(edge(graph, 'register request', 'examine casually')?.count).toBe(3);
    expect(edge(graph, 'register request', 'check ticket')?.count).toBe(2);
    expect(edge(graph, 'decide', 'reinitiate request')?.count).toBe(3);
    expect(edge(graph, 'examine casually', 'check ticket')?.count).toBe(4);
    expect(graph.edges.reduce((total, e) => total + e.count, 0)).toBe(42 - 6);
    // No lifecycle: no durations, but waits between completions.
    expect(graph.activities.every((a) => a.meanDuration === null)).toBe(true);
    expect(edge(graph, 'decide', 'reject request')!.meanWait).toBeGreaterThan(0);
  });
});

describe('simplifyGraph', () => {
  const connected = (graph: DirectlyFollowsGraph) => {
    const reach = (from: string[], next: (n: string) => string[]) => {
      const seen = new Set(from);
      const todo = [...from];
      while (todo.length) for (const n of next(todo.pop()!)) if (!seen.has(n) && (seen.add(n), true)) todo.push(n);
      return seen;
    };
    const forwards = reach(Object.keys(graph.starts), (n) =>
      graph.edges.filter((e) => e.source === n).map((e) => e.target),
    );
    const backwards = reach(Object.keys(graph.ends), (n) =>
      graph.edges.filter((e) => e.target === n).map((e) => e.source),
    );
    return graph.activities.every((a) => forwards.has(a.name) && backwards.has(a.name));
  };

  it('keeps everything at full sliders', () => {
    const graph = directlyFollows(runningExample());
    expect(simplifyGraph(graph, { activities: 1, paths: 1 })).toEqual(graph);
  });

  it('keeps only the most frequent activities and bridges over the others', () => {
    const graph = directlyFollows(runningExample());
    const simple = simplifyGraph(graph, { activities: 0.5, paths: 1 });
    expect(simple.activities.map((a) => a.name)).toEqual([
      'check ticket',
      'decide',
      'examine casually',
      'register request',
    ]);
    // decide was followed by reinitiate request, reject request or pay compensation: all three removed.
    expect(simple.ends).toEqual({ decide: 6 });
    expect(edge(simple, 'decide', 'examine casually')).toBeDefined();
    expect(connected(simple)).toBe(true);
  });

  it('keeps the widest paths at paths 0, so every activity stays between start and end', () => {
    const graph = directlyFollows(runningExample());
    const simple = simplifyGraph(graph, { activities: 1, paths: 0 });
    expect(simple.activities).toHaveLength(8);
    expect(simple.edges.length).toBeLessThan(graph.edges.length);
    expect(connected(simple)).toBe(true);
    // Rare paths not needed to connect anything are gone; those that are the only way on stay.
    expect(edge(simple, 'reinitiate request', 'examine casually')).toBeUndefined();
    expect(edge(simple, 'check ticket', 'examine thoroughly')).toBeUndefined();
    expect(edge(simple, 'reinitiate request', 'check ticket')).toBeDefined();
    expect(simple.edges).toHaveLength(9);
    const half = simplifyGraph(graph, { activities: 1, paths: 0.5 });
    expect(half.edges.length).toBeGreaterThan(simple.edges.length);
    expect(half.edges.length).toBeLessThan(graph.edges.length);
  });
});
