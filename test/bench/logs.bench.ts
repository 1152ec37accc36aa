// Event logs must import fast enough for a 1,000,000-event CSV in the app: time XES (plain and gzip, real and
// generated) and CSV import (a generated 1,000,000-event log), and print events per second and the heap used.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { importCsvLog, importCsvLogStream, importXes } from '../../shared/io/eventLog';
import { eventCount, summarizeLog, type EventLog } from '../../shared/log';

const csvEvents = 1_000_000;
const xesEvents = 300_000;
const activities = ['Register', 'Check stock', 'Approve order', 'Ship goods', 'Send invoice', 'Receive payment'];
const resources = ['Ann', 'Ben', 'Chloé', 'Dev', 'Eva', 'Femi', 'Gus', 'Hana'];

/** A deterministic generator (no ambient randomness): a 32-bit linear congruential sequence. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

/** Cases of 6 events, one case starting every 10 minutes, times with a +01:00 offset as ERP exports write them. */
function* generatedEvents(count: number) {
  const next = sequence(11);
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const caseNumber = Math.floor(i / activities.length);
    const step = i % activities.length;
    const ms = start + caseNumber * 600_000 + step * 3_600_000 + next(1_800_000);
    const local = new Date(ms + 3_600_000).toISOString().slice(0, 19) + '+01:00';
    yield {
      caseId: `C${caseNumber + 1}`,
      activity: activities[step],
      time: local,
      resource: resources[next(8)],
      amount: next(5000),
    };
  }
}

function generatedCsv(count: number): string {
  const lines = ['case_id,activity,timestamp,resource,amount'];
  for (const e of generatedEvents(count)) lines.push(`${e.caseId},${e.activity},${e.time},${e.resource},${e.amount}`);
  return lines.join('\n') + '\n';
}

function generatedXes(count: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849.2016" xes.features="">\n',
    ' <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>\n',
    ' <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>\n',
    ' <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>\n',
  ];
  let open = '';
  for (const e of generatedEvents(count)) {
    if (e.caseId !== open) {
      if (open) parts.push(' </trace>\n');
      parts.push(` <trace>\n  <string key="concept:name" value="${e.caseId}"/>\n`);
      open = e.caseId;
    }
    parts.push(
      `  <event>\n   <string key="concept:name" value="${e.activity}"/>\n   <date key="time:timestamp" value="${e.time}"/>\n` +
        `   <string key="org:resource" value="${e.resource}"/>\n   <int key="amount" value="${e.amount}"/>\n  </event>\n`,
    );
  }
  parts.push(' </trace>\n</log>\n');
  return parts.join('');
}

const heapMb = () => (process.memoryUsage().heapUsed / 1e6).toFixed(0);

async function timed(label: string, run: () => Promise<EventLog> | EventLog): Promise<EventLog> {
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const log = await run();
  const ms = performance.now() - started;
  const events = eventCount(log);
  console.log(
    `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${Math.round((events / ms) * 1000)
      .toLocaleString('en-US')
      .padStart(10)} events/s  heap ${heapMb()} MB`,
  );
  return log;
}

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/logs/xes/${name}`, import.meta.url)));
await importXes(fixture('running-example.xes')); // warm up the JIT

await timed('XES receipt.xes.gz (8,577 events, real)', () => importXes(fixture('receipt.xes.gz')));
await timed('XES repairExample.xes.gz (11,855 events, real)', () => importXes(fixture('repairExample.xes.gz')));
const xesBytes = new TextEncoder().encode(generatedXes(xesEvents));
console.log(`generated XES: ${xesEvents.toLocaleString('en-US')} events, ${(xesBytes.length / 1e6).toFixed(0)} MB`);
const xes = await timed(`XES generated (${xesEvents.toLocaleString('en-US')} events)`, () => importXes(xesBytes));
const xesGz = gzipSync(xesBytes);
await timed(`XES generated, gzip (${(xesGz.length / 1e6).toFixed(1)} MB)`, () => importXes(new Uint8Array(xesGz)));
if (eventCount(xes) !== xesEvents) throw new Error('XES events were lost');

const csvBytes = new TextEncoder().encode(generatedCsv(csvEvents));
console.log(`generated CSV: ${csvEvents.toLocaleString('en-US')} events, ${(csvBytes.length / 1e6).toFixed(0)} MB`);
const mapping = { caseId: 'case_id', activity: 'activity', timestamp: 'timestamp', resource: 'resource' };
const csv = await timed(`CSV generated (${csvEvents.toLocaleString('en-US')} events)`, () =>
  importCsvLog(csvBytes, mapping),
);
if (eventCount(csv) !== csvEvents) throw new Error('CSV events were lost');
if (csv.warnings.length) throw new Error(`unexpected warnings: ${JSON.stringify(csv.warnings)}`);

// The app reads a file's stream in 64 KiB chunks and parses a piece at a time (renderer/logs/logHost.ts).
function fileStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += 65536)));
    },
  });
}
const streamed = await timed('CSV generated, streamed as in the app', () =>
  importCsvLogStream(fileStream(csvBytes), mapping),
);
if (eventCount(streamed) !== csvEvents) throw new Error('streamed CSV events were lost');

const started = performance.now();
const summary = summarizeLog(csv);
console.log(
  `${'summary of the 1,000,000-event log'.padEnd(44)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  (${summary.cases.toLocaleString('en-US')} cases, ${summary.variants.length} variants)`,
);
