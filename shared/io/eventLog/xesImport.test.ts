import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { activityInstances, summarizeLog } from '../../log';
import { importXes, importXesStream, readXesText } from './xesImport';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/logs/xes/${name}`, import.meta.url)));

// Oracles: counts and time spans from test/fixtures/logs/SOURCES.md (a plain XML parse); variants, activity
// instances and unpaired starts from an independent Python reading of the same files (FIFO start/complete pairing).
const realLogs = [
  {
    file: 'running-example.xes',
    cases: 6,
    events: 42,
    activities: 8,
    variants: 6,
    start: '2010-12-30T11:02:00.000+01:00',
    end: '2011-01-24T14:56:00.000+01:00',
  },
  {
    file: 'receipt.xes.gz',
    cases: 1434,
    events: 8577,
    activities: 27,
    variants: 116,
    start: '2010-10-02T09:20:39.266+02:00',
    end: '2012-01-23T15:42:54.644+01:00',
  },
  {
    file: 'repairExample.xes.gz',
    cases: 1104,
    events: 11855,
    activities: 8,
    variants: 60,
    start: '1970-01-01T06:36:00.000+01:00',
    end: '1970-01-24T09:16:00.000+01:00',
  },
  {
    file: 'reviewing.xes.gz',
    cases: 100,
    events: 3730,
    activities: 14,
    variants: 96,
    start: '2006-01-01T00:00:00.000+01:00',
    end: '2010-07-18T01:00:00.000+02:00',
  },
  {
    file: 'interval_event_log.xes.gz',
    cases: 1266,
    events: 8109,
    activities: 8,
    variants: 9,
    start: '2015-01-05T09:00:07.000+00:00',
    end: '2015-09-30T11:11:05.000+00:00',
  },
  {
    file: 'orders.string-timestamps.xes',
    cases: 17,
    events: 154,
    activities: 11,
    start: '2019-11-03T01:11:19.000Z',
    end: '2020-04-01T19:11:19.000Z',
  },
];

describe('XES import of real logs', () => {
  it.each(realLogs)('$file: cases, events, activities, variants and time span', async (expected) => {
    const log = await importXes(fixture(expected.file));
    const summary = summarizeLog(log);
    expect(summary.cases).toBe(expected.cases);
    expect(summary.events).toBe(expected.events);
    expect(summary.activities.length).toBe(expected.activities);
    if (expected.variants) expect(summary.variants.length).toBe(expected.variants);
    // interval_event_log's span starts at its first start_timestamp (09:00:07), before the first time:timestamp
    expect(summary.start).toBe(Date.parse(expected.start));
    expect(summary.end).toBe(Date.parse(expected.end));
    expect(summary.eventsWithoutTime).toBe(0);
  });

  it('reads .xes.gz the same as the inflated .xes', async () => {
    const packed = fixture('reviewing.xes.gz');
    const fromGzip = await importXes(packed);
    const fromText = readXesText(gunzipSync(packed).toString('utf8'));
    expect(fromGzip).toEqual(fromText);
  });

  it('converts time-zone offsets to UTC and lifts resource, cost and other attributes', async () => {
    const log = await importXes(fixture('running-example.xes'));
    const first = log.cases[0];
    expect(first.id).toBe('3');
    expect(first.attributes).toEqual({ creator: 'Fluxicon Nitro' });
    expect(first.events[0]).toMatchObject({
      activity: 'register request',
      resource: 'Pete',
      timestamp: Date.UTC(2010, 11, 30, 13, 32), // 14:32 at +01:00
      attributes: { Activity: 'register request', Resource: 'Pete', Costs: '50' },
    });
    expect(first.events[0].line).toBeGreaterThan(20);
    const summary = summarizeLog(log);
    expect(summary.caseDuration!.mean / 1000).toBeCloseTo(966890, 3);
    expect(summary.caseDuration!.bins.reduce((sum, bin) => sum + bin.cases, 0)).toBe(6);
  });

  it('pairs start and complete events of the repair log into activity instances', async () => {
    const log = await importXes(fixture('repairExample.xes.gz'));
    let instances = 0;
    let unpaired = 0;
    let paired = 0;
    for (const entry of log.cases) {
      const result = activityInstances(entry);
      instances += result.instances.length;
      unpaired += result.unpaired.length;
      paired += result.instances.filter((instance) => instance.events.length === 2).length;
    }
    expect(instances).toBe(7734);
    expect(unpaired).toBe(1);
    expect(paired).toBe(4121); // 4122 starts, one never completed
    expect(summarizeLog(log).unpairedEvents).toBe(1);
    const warning = log.warnings.find((w) => w.code === 'FW_LOG_UNPAIRED');
    expect(warning).toMatchObject({
      count: 1,
      message: expect.stringContaining('start events without a complete event'),
    });
    expect(warning!.line).toBeGreaterThan(0);
  });

  it('reports time:timestamp stored as a string, reads it, and counts every such event', async () => {
    const log = await importXes(fixture('orders.string-timestamps.xes'));
    const warning = log.warnings.find((w) => w.code === 'FW_LOG_BAD_VALUE' && w.message.includes('time:timestamp'));
    expect(warning).toMatchObject({ count: 154, line: 8 });
    expect(log.cases[0].events[0].timestamp).toBe(Date.UTC(2019, 10, 3, 1, 11, 19));
  });

  it('reports values that do not parse with their line and keeps them as text', () => {
    const log = readXesText(`<log xes.version="1849.2016" xes.features="">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
  <trace><string key="concept:name" value="c1"/>
    <event><string key="concept:name" value="a"/><date key="time:timestamp" value="2020-01-01T10:00:00+02:00"/>
      <int key="count" value="2.5"/></event>
    <event><string key="concept:name" value="b"/><date key="time:timestamp" value="yesterday"/></event>
    <event><string key="concept:name" value="c"/><date key="time:timestamp" value="2020-01-01T12:00:00"/></event>
  </trace>
</log>`);
    const [a, b, c] = log.cases[0].events;
    expect(a.timestamp).toBe(Date.UTC(2020, 0, 1, 8));
    expect(a.attributes.count).toBe('2.5');
    expect(b.timestamp).toBeNull();
    expect(c.timestamp).toBe(Date.UTC(2020, 0, 1, 12));
    const codes = log.warnings.map((w) => [w.code, w.line]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['FW_LOG_BAD_VALUE', 6],
        ['FW_LOG_BAD_TIMESTAMP', 7],
        ['FW_LOG_NO_TIMEZONE', 8],
      ]),
    );
  });

  it('fills missing attributes from the global defaults and says so', () => {
    const log = readXesText(`<log xes.version="1849.2016">
  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
  <global scope="event"><string key="lifecycle:transition" value="complete"/></global>
  <trace><event><string key="lifecycle:transition" value="start"/></event><event/></trace>
</log>`);
    expect(log.cases[0].events.map((event) => event.lifecycle)).toEqual(['start', 'complete']);
    expect(log.warnings.find((w) => w.message.includes('declares global'))).toMatchObject({ line: 4, count: 1 });
  });

  it('keeps nested, list and container values', async () => {
    const log = await importXes(fixture('xes20-nested-list-container.xes'));
    expect(log.cases[0].events[0].attributes).toEqual({
      sdasaddas: 'ciao',
      'sdasaddas/cost': 0,
      lista: [],
      'lista/val1': 5,
      'lista/val2': '66',
      contenitore: { val3: 7, val4: '666' },
    });
  });

  it('reads a stream of small chunks, gzip told from its first bytes, as the whole file', async () => {
    const packed = fixture('reviewing.xes.gz');
    let offset = 0;
    const trickle = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= packed.length) return controller.close();
        controller.enqueue(packed.slice(offset, (offset += 1))); // one byte at a time: the signature spans chunks
      },
    });
    expect(await importXesStream(trickle)).toEqual(await importXes(packed));
  });

  it('reports progress while it streams', async () => {
    const seen: number[] = [];
    await importXes(fixture('receipt.xes.gz'), { onProgress: ({ events }) => seen.push(events) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(8577);
  });

  it('fails with a plain message on text that is no XES log', async () => {
    await expect(importXes(new TextEncoder().encode('<definitions/>'))).rejects.toThrow(/not an XES <log>/);
    await expect(importXes(new TextEncoder().encode('<log><trace></log>'))).rejects.toThrow(/not well-formed XML/);
    await expect(importXes(new Uint8Array())).rejects.toThrow(/FW_LOG_UNREADABLE|empty|root/);
  });
});
