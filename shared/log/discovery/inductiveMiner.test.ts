import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXesText } from '../../io/eventLog/xesImport';
import type { EventLog, LogCase, LogEvent } from '../eventLog';
import { discoverTree, inductiveMiner, simplifyTree, traceLogFrom, treeText, type ProcessTree } from './index';

const mine = (traces: string[], noise = 0) =>
  treeText(simplifyTree(inductiveMiner(traceLogFrom(traces.map((t) => (t ? t.split('') : []))), noise)));
const times = (n: number, trace: string) => Array.from({ length: n }, () => trace);

describe('inductiveMiner', () => {
  it('finds each cut', () => {
    expect(mine(['abc'])).toBe('->(a, b, c)');
    expect(mine(['abd', 'acd'])).toBe('->(a, X(b, c), d)');
    expect(mine(['abcd', 'acbd'])).toBe('->(a, +(b, c), d)');
    expect(mine(['abc', 'abxbc', 'abxbxbc'])).toBe('->(a, *(b, x), c)');
  });

  it('makes a step that some cases skip optional', () => {
    expect(mine(['abc', 'ac'])).toBe('->(a, X(b, tau), c)');
    expect(mine(['ab', ''])).toBe('X(->(a, b), tau)');
  });

  it('repeats a lone activity that happens more than once', () => {
    expect(mine(['a', 'aa', 'aaa'])).toBe('*(a, tau)');
  });

  it('leaves out infrequent behaviour at the noise threshold, and keeps it at 0', () => {
    // One case in 51 begins with c: no cut fits the whole graph, so IMf filters it.
    const log = [...times(50, 'abc'), 'cab'];
    expect(mine(log, 0.2)).toBe('->(a, b, c)');
    expect(mine(log, 0)).toBe('+(a, b, c)');
    // A cut the whole graph shows is taken as IM takes it (IMf filters only when none fits).
    expect(mine([...times(50, 'abcd'), 'acbd'], 0.2)).toBe('->(a, +(b, c), d)');
  });

  it('falls through to an activity in parallel with the rest, and to a loop around the rest', () => {
    // d happens once per trace; a, b and c follow no cut.
    expect(mine(['dabca', 'bcdab', 'cadbc'])).toMatch(/^\+\(d, /);
    // No cut: b (an end) is followed by a (a start), so the traces are cut there and looped.
    expect(mine(['abab', 'ab'])).toBe('*(->(a, b), tau)');
  });

  it('counts how often each part runs', () => {
    const tree = simplifyTree(inductiveMiner(traceLogFrom([...times(3, 'ab'), 'ac'].map((t) => t.split(''))), 0));
    type Operator = { kind: string; children: ProcessTree[] };
    const xor = (tree as Operator).children[1] as Operator;
    expect(xor.children.map((c) => [treeText(c), c.frequency])).toEqual([
      ['b', 3],
      ['c', 1],
    ]);
  });

  it('discovers the textbook model of the running example, deterministically', () => {
    const log = readXesText(
      readFileSync(new URL('../../../test/fixtures/logs/xes/running-example.xes', import.meta.url), 'utf8'),
    );
    const expected =
      '->(register request, *(->(+(check ticket, X(examine casually, examine thoroughly)), decide), reinitiate request), X(pay compensation, reject request))';
    expect(treeText(discoverTree(log))).toBe(expected);
    expect(treeText(discoverTree(log, { noise: 0 }))).toBe(expected);
  });
});

describe('discoverTree with start and complete events', () => {
  const hour = 3_600_000;
  let line = 1;
  const run = (activity: string, from: number, to: number): LogEvent[] => [
    { activity, timestamp: from * hour, lifecycle: 'start', attributes: {}, line: line++ },
    { activity, timestamp: to * hour, lifecycle: 'complete', attributes: {}, line: line++ },
  ];
  const entry = (id: string, events: LogEvent[]): LogCase => ({
    id,
    attributes: {},
    line: 0,
    events: events.sort((a, b) => a.timestamp! - b.timestamp!),
  });

  it('finds steps that overlap in time parallel, though every case begins them in the same order', () => {
    const cases = [1, 2, 3, 4].map((n) =>
      entry(String(n), [...run('a', 0, 1), ...run('b', 2, 4 + n), ...run('c', 2.5, 3 + 2 * n), ...run('d', 12, 13)]),
    );
    const log: EventLog = { format: 'xes', attributes: {}, cases, warnings: [] };
    expect(treeText(discoverTree(log))).toBe('->(a, +(b, c), d)');
    // The same order without the overlap is a sequence.
    const inTurn = [1, 2].map((n) => entry(String(n), [...run('a', 0, 1), ...run('b', 2, 3), ...run('c', 4, 5)]));
    expect(treeText(discoverTree({ ...log, cases: inTurn }))).toBe('->(a, b, c)');
  });
});
