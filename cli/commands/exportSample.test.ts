// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { purchaseApproval } from '../../shared/io/bpmn/testMaps';
import { main } from '../main';
import { memoryIO } from '../memoryIO';

const maps = { 'map.flow.json': JSON.stringify(purchaseApproval()) };

/** Parses XML strictly, as a log reader would; a document that is not well-formed fails the test. */
function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
  return doc;
}

const value = (parent: Element, key: string) => parent.querySelector(`:scope > [key="${key}"]`)?.getAttribute('value');

describe('flowwright export --to xes-sample', () => {
  it('writes a well-formed XES log: one trace per case, events in time order with activity and lifecycle', async () => {
    const { io, out, files } = memoryIO(maps);
    expect(
      await main(
        ['export', 'map.flow.json', '--to', 'xes-sample', '--cases', '20', '--seed', '7', '--out', 'a.xes'],
        io,
      ),
    ).toBe(0);
    expect(out.stdout).toBe('map.flow.json → a.xes: Simulated event log\n');
    const log = parseXml(files['a.xes']).documentElement;
    expect(log.localName).toBe('log');
    expect(log.namespaceURI).toBe('http://www.xes-standard.org/');
    const traces = [...log.querySelectorAll(':scope > trace')];
    expect(traces).toHaveLength(20);
    expect(new Set(traces.map((t) => value(t, 'concept:name'))).size).toBe(20);
    for (const trace of traces) {
      const events = [...trace.querySelectorAll(':scope > event')];
      expect(events.length).toBeGreaterThanOrEqual(2);
      const times = events.map((e) => Date.parse(value(e, 'time:timestamp')!));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(
        events.every((e) => ['start', 'complete', 'ate_abort', 'withdraw'].includes(value(e, 'lifecycle:transition')!)),
      ).toBe(true);
      expect(value(events[0], 'concept:name')).toBe('Enter request');
    }
  });

  it('is the same log for the same seed, and 100 cases unless told otherwise', async () => {
    const { io, files } = memoryIO(maps);
    const args = ['export', 'map.flow.json', '--to', 'xes-sample', '--cases', '5', '--seed', '3'];
    await main([...args, '--out', 'a.xes'], io);
    await main([...args, '--out', 'b.xes'], io);
    expect(files['b.xes']).toBe(files['a.xes']);
    await main(['export', 'map.flow.json', '--to', 'xes-sample', '--seed', '4', '--out', 'c.xes'], io);
    expect(parseXml(files['c.xes']).querySelectorAll('log > trace')).toHaveLength(100);
    expect(files['c.xes']).not.toBe(files['a.xes']);
  });
});
