import { describe, expect, it } from 'vitest';
import { activityInstances } from './activityInstances';
import type { EventLog, LogCase, LogEvent } from './eventLog';
import { durationBins, summarizeLog } from './logSummary';

const hour = 3_600_000;
let line = 1;
const event = (activity: string, hours: number | null, more: Partial<LogEvent> = {}): LogEvent => ({
  activity,
  timestamp: hours === null ? null : hours * hour,
  attributes: {},
  line: line++,
  ...more,
});
const entry = (id: string, events: LogEvent[]): LogCase => ({ id, attributes: {}, events, line: events[0]?.line ?? 0 });
const log = (cases: LogCase[]): EventLog => ({ format: 'xes', attributes: {}, cases, warnings: [] });

describe('activityInstances', () => {
  it('pairs each complete with the earliest open start of its activity', () => {
    const { instances, unpaired } = activityInstances(
      entry('1', [
        event('a', 0, { lifecycle: 'start', resource: 'Ann' }),
        event('a', 1, { lifecycle: 'start' }),
        event('b', 1.5),
        event('a', 2, { lifecycle: 'complete' }),
        event('a', 3, { lifecycle: 'complete' }),
        event('c', 4, { lifecycle: 'schedule' }),
        event('c', 5, { lifecycle: 'start' }),
      ]),
    );
    expect(instances.map((i) => [i.activity, i.start && i.start / hour, i.end && i.end / hour, i.resource])).toEqual([
      ['a', 0, 2, 'Ann'],
      ['a', 1, 3, undefined],
      ['b', null, 1.5, undefined],
      ['c', 5, null, undefined],
    ]);
    expect(unpaired).toEqual([{ activity: 'c', lifecycle: 'start', line: 7 }]);
  });

  it('reports a complete without its start when the activity has starts', () => {
    const { unpaired } = activityInstances(
      entry('1', [
        event('a', 0, { lifecycle: 'start' }),
        event('a', 1, { lifecycle: 'complete' }),
        event('a', 2, { lifecycle: 'complete' }),
      ]),
    );
    expect(unpaired.map((u) => u.lifecycle)).toEqual(['complete']);
  });
});

describe('summarizeLog', () => {
  it('counts, spans, variants by frequency and case durations', () => {
    const summary = summarizeLog(
      log([
        entry('1', [event('a', 0, { resource: 'Ann' }), event('b', 2, { resource: 'Bob' })]),
        entry('2', [event('a', 1, { resource: 'Ann' }), event('c', 2)]),
        entry('3', [event('a', 1, { resource: 'Ann' }), event('c', 5), event('d', null)]),
        entry('4', [event('x', 3, { start: 2.5 * hour })]),
      ]),
    );
    expect(summary.cases).toBe(4);
    expect(summary.events).toBe(8);
    expect(summary.activities.map((a) => [a.name, a.instances, a.cases])).toEqual([
      ['a', 3, 3],
      ['c', 2, 2],
      ['b', 1, 1],
      ['d', 1, 1],
      ['x', 1, 1],
    ]);
    expect(summary.resources).toEqual([
      { name: 'Ann', events: 3 },
      { name: 'Bob', events: 1 },
    ]);
    expect([summary.start, summary.end]).toEqual([0, 5 * hour]);
    expect(summary.variants.map((v) => [v.activities.join(''), v.cases, v.share])).toEqual([
      ['ab', 1, 0.25],
      ['ac', 1, 0.25],
      ['acd', 1, 0.25],
      ['x', 1, 0.25],
    ]);
    expect(summary.eventsWithoutTime).toBe(1);
    // durations 2 h, 1 h, 4 h and 0.5 h (case 4 from its start at 2.5 h to 3 h)
    expect(summary.caseDuration!.max).toBe(4 * hour);
    expect(summary.caseDuration!.median).toBe(1.5 * hour);
  });

  it('puts the largest duration in the last bin and every case in some bin', () => {
    const bins = durationBins([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(bins.length).toBe(5); // Sturges: ceil(log2 11) + 1
    expect(bins[0].from).toBe(0);
    expect(bins[bins.length - 1]).toMatchObject({ to: 10 });
    expect(bins.reduce((sum, bin) => sum + bin.cases, 0)).toBe(11);
    expect(bins.map((bin) => bin.cases)).toEqual([2, 2, 2, 2, 3]);
    expect(durationBins([7, 7])).toEqual([{ from: 7, to: 7, cases: 2 }]);
  });
});
