// Discovery must stay quick enough to run from the Logs panel on a click: time the directly-follows graph, the
// inductive miner and the whole discoverMap (miner, map, ELK layout) on the largest fixture logs and on a generated
// 1,000,000-event log.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readXesText } from '../../shared/io/eventLog';
import { discoverMap } from '../../shared/io/eventLog/discoverMap';
import { directlyFollows, eventCount, type EventLog, type LogCase } from '../../shared/log';
import { discoverTree } from '../../shared/log/discovery';

const fixture = (name: string) => {
  const bytes = readFileSync(new URL(`../fixtures/logs/xes/${name}`, import.meta.url));
  return readXesText(new TextDecoder().decode(name.endsWith('.gz') ? gunzipSync(bytes) : bytes));
};

/** A deterministic generator (no ambient randomness): a 32-bit linear congruential sequence. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

/** Cases of an order process with a choice, two steps in either order, a rework loop and a rare deviation. */
function generatedLog(events: number): EventLog {
  const next = sequence(5);
  const cases: LogCase[] = [];
  let total = 0;
  let line = 1;
  while (total < events) {
    const trace = ['Register', next(10) < 7 ? 'Check stock' : 'Order goods'];
    trace.push(...(next(2) ? ['Pack', 'Invoice'] : ['Invoice', 'Pack']));
    while (next(10) < 2) trace.push('Rework', 'Pack');
    if (next(100) === 0) trace.reverse();
    trace.push('Ship');
    const start = cases.length * 600_000;
    cases.push({
      id: `C${cases.length + 1}`,
      attributes: {},
      line,
      events: trace.map((activity, i) => ({
        activity,
        timestamp: start + i * 3_600_000,
        attributes: {},
        line: line++,
      })),
    });
    total += trace.length;
  }
  return { format: 'xes', attributes: {}, cases, warnings: [] };
}

function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  console.log(`${label.padEnd(72)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
  return result;
}

async function timedAsync<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label.padEnd(72)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
  return result;
}

await discoverMap(fixture('running-example.xes')); // warm up the JIT and load ELK

for (const name of ['repairExample.xes.gz', 'receipt.xes.gz']) {
  const log = fixture(name);
  const label = `${name} (${eventCount(log).toLocaleString('en-US')} events)`;
  timed(`directly-follows graph, ${label}`, () => directlyFollows(log));
  timed(`inductive miner, ${label}`, () => discoverTree(log));
  const model = await timedAsync(`discoverMap with layout, ${label}`, () => discoverMap(log));
  console.log(`  → ${model.nodes.length} nodes, ${model.flows.length} flows`);
}

const big = generatedLog(1_000_000);
const bigLabel = `generated (${eventCount(big).toLocaleString('en-US')} events, ${big.cases.length.toLocaleString('en-US')} cases)`;
timed(`directly-follows graph, ${bigLabel}`, () => directlyFollows(big));
timed(`inductive miner, ${bigLabel}`, () => discoverTree(big));
const bigModel = await timedAsync(`discoverMap with layout, ${bigLabel}`, () => discoverMap(big));
console.log(`  → ${bigModel.nodes.length} nodes, ${bigModel.flows.length} flows`);
