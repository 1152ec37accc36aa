import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importXes, readXesText } from '../io/eventLog';
import type { EventLog } from './eventLog';
import { caseTrace, filterLog, variantKey } from './logFilter';
import { summarizeLog } from './logSummary';

const fixture = (name: string) => new URL(`../../test/fixtures/logs/xes/${name}`, import.meta.url);
const runningExample = readXesText(readFileSync(fixture('running-example.xes'), 'utf8'));
const gzipped = (name: string) => importXes(new Uint8Array(readFileSync(fixture(name))));
const ids = (log: EventLog) => log.cases.map((c) => c.id).sort();
const utc = (iso: string) => Date.parse(iso);

// Oracles for the running example from a plain XML reading of the file (case ids, their activities and times).
describe('filterLog on the running example', () => {
  it('keeps everything with an empty filter', () => {
    expect(filterLog(runningExample, {})).toBe(runningExample);
  });

  it('keeps the cases with, or without, an activity', () => {
    expect(ids(filterLog(runningExample, { activity: { name: 'reject request', keep: 'with' } }))).toEqual([
      '1',
      '4',
      '5',
    ]);
    expect(ids(filterLog(runningExample, { activity: { name: 'reject request', keep: 'without' } }))).toEqual([
      '2',
      '3',
      '6',
    ]);
    expect(ids(filterLog(runningExample, { activity: { name: 'examine thoroughly', keep: 'with' } }))).toEqual([
      '1',
      '3',
      '4',
    ]);
  });

  it('keeps cases by the time frame, in each of its modes', () => {
    const frame = (
      from: string | null,
      to: string | null,
      mode: 'contained' | 'intersecting' | 'started' | 'completed',
    ) =>
      ids(
        filterLog(runningExample, {
          timeRange: { from: from === null ? null : utc(from), to: to === null ? null : utc(to), mode },
        }),
      );
    expect(frame(null, '2011-01-01T00:00:00Z', 'started')).toEqual(['1', '2', '3']);
    expect(frame('2010-12-30T00:00:00Z', '2011-01-10T00:00:00Z', 'contained')).toEqual(['1', '2']);
    expect(frame('2011-01-20T00:00:00Z', null, 'intersecting')).toEqual(['5']);
    expect(frame('2011-01-15T00:00:00Z', '2011-01-17T00:00:00Z', 'completed')).toEqual(['3', '6']);
  });

  it('trims cases to the events inside the time frame', () => {
    const trimmed = filterLog(runningExample, {
      timeRange: { from: utc('2011-01-06T00:00:00Z'), to: utc('2011-01-07T00:00:00Z'), mode: 'trim' },
    });
    expect(Object.fromEntries(trimmed.cases.map((c) => [c.id, c.events.map((e) => e.activity)]))).toEqual({
      '3': ['decide', 'reinitiate request', 'examine thoroughly'],
      '1': ['decide'],
      '6': ['register request', 'examine casually'],
      '5': ['register request'],
      '4': ['register request'],
    });
    // The original is left as it was.
    expect(runningExample.cases.find((c) => c.id === '3')!.events).toHaveLength(9);
  });

  it('keeps cases by a case or an event attribute, lifted standard attributes included', () => {
    const byResource = filterLog(runningExample, {
      attribute: { scope: 'event', key: 'org:resource', values: ['Sue'] },
    });
    expect(ids(byResource)).toEqual(['1', '5']);
    const bySean = filterLog(runningExample, { attribute: { scope: 'event', key: 'Resource', values: ['Sean'] } });
    expect(ids(bySean)).toEqual(['2', '3', '4']);
    const byId = filterLog(runningExample, { attribute: { scope: 'case', key: 'concept:name', values: ['3', '6'] } });
    expect(ids(byId)).toEqual(['3', '6']);
    expect(
      filterLog(runningExample, { attribute: { scope: 'case', key: 'creator', values: ['Fluxicon Nitro'] } }).cases,
    ).toHaveLength(6);
    expect(filterLog(runningExample, { attribute: { scope: 'case', key: 'creator', values: [] } }).cases).toHaveLength(
      0,
    );
  });

  it('keeps the cases of the chosen variants, after the other parts', () => {
    const trace = caseTrace(runningExample.cases.find((c) => c.id === '1')!);
    expect(trace).toEqual(['register request', 'examine thoroughly', 'check ticket', 'decide', 'reject request']);
    expect(ids(filterLog(runningExample, { variants: [trace] }))).toEqual(['1']);
    // Combined: case 1 has Sue, but not "pay compensation".
    expect(
      filterLog(runningExample, { variants: [trace], activity: { name: 'pay compensation', keep: 'with' } }).cases,
    ).toHaveLength(0);
  });
});

describe('filterLog on the larger fixture logs', () => {
  it.each(['repairExample.xes.gz', 'receipt.xes.gz'])(
    'splits %s by activity and keeps each variant whole',
    async (file) => {
      const log = await gzipped(file);
      const summary = summarizeLog(log);
      for (const activity of summary.activities.slice(0, 4)) {
        const withIt = filterLog(log, { activity: { name: activity.name, keep: 'with' } });
        const without = filterLog(log, { activity: { name: activity.name, keep: 'without' } });
        expect(withIt.cases.length).toBe(activity.cases);
        expect(withIt.cases.length + without.cases.length).toBe(log.cases.length);
      }
      const top = summary.variants.slice(0, 3);
      const kept = filterLog(log, { variants: top.map((v) => v.activities) });
      expect(kept.cases.length).toBe(top.reduce((sum, v) => sum + v.cases, 0));
      const keys = new Set(top.map((v) => variantKey(v.activities)));
      expect(kept.cases.every((c) => keys.has(variantKey(caseTrace(c))))).toBe(true);
    },
  );

  it('trims start/complete pairs cut by the frame to the half inside it (repair log)', async () => {
    const log = await gzipped('repairExample.xes.gz');
    const { start, end } = summarizeLog(log);
    const middle = (start! + end!) / 2;
    const trimmed = filterLog(log, { timeRange: { from: middle, to: null, mode: 'trim' } });
    const events = trimmed.cases.flatMap((c) => c.events);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.timestamp !== null && e.timestamp >= middle)).toBe(true);
    const intersecting = filterLog(log, { timeRange: { from: middle, to: null, mode: 'intersecting' } });
    expect(trimmed.cases.length).toBe(intersecting.cases.length);
  });
});
