// Simulation engine throughput and memory: `npx tsx test/bench/sim.bench.ts` (or `npm run bench -- sim`).
// Prints events/s and cases/s for the M/M/1 map and for a 20-activity map with 6 pools, calendars, gateways and
// a rework loop, at 10,000, 100,000 and 1,000,000 cases, with the peak memory seen during each run.
import { processSchema, type ProcessModel } from '../../shared/model';
import { startSimulation } from '../../shared/sim';
import { singleQueue } from '../../shared/sim/testing/models';

const minutes = (mean: number) => ({ type: 'exponential' as const, mean: mean * 60 });
const tri = (min: number, mode: number, max: number) => ({
  type: 'triangular' as const,
  min: min * 60,
  mode: mode * 60,
  max: max * 60,
});

const mm1 = () =>
  singleQueue({ interarrival: { type: 'exponential', mean: 1.25 } }, { type: 'exponential', mean: 1 }, 1, 1);

/** Account opening: 20 activities over 6 lanes and 6 pools, office and shift calendars, a rework loop, parallel and inclusive gateways, an SLA timer. */
function accountOpening(): ProcessModel {
  const lanes = ['intake', 'review', 'finance', 'ops', 'legal', 'system'];
  const task = (id: string, lane: string, duration: object | null, pool?: string) => ({
    id,
    type: 'task',
    lane,
    name: id,
    sim: { ...(duration ? { duration } : {}), ...(pool ? { resource: pool } : {}) },
  });
  const nodes = [
    { id: 'start', type: 'startEvent', lane: 'intake' },
    task('register', 'intake', tri(2, 4, 10), 'intake'),
    task('checkComplete', 'intake', tri(2, 5, 12), 'intake'),
    { id: 'complete', type: 'exclusiveGateway', lane: 'intake' },
    task('requestInfo', 'intake', minutes(8), 'intake'),
    { id: 'split', type: 'parallelGateway', lane: 'ops' },
    task('creditCheck', 'finance', minutes(12), 'finance'),
    task('riskScore', 'system', { type: 'fixed', value: 20 }, 'system'),
    task('verifyIdentity', 'ops', tri(5, 10, 30), 'ops'),
    task('backgroundCheck', 'legal', { type: 'lognormal', mean: 900, sd: 400 }, 'legal'),
    task('prepareDocuments', 'ops', { type: 'gamma', mean: 600, sd: 300 }, 'ops'),
    { id: 'join', type: 'parallelGateway', lane: 'ops' },
    task('review', 'review', tri(10, 20, 45), 'reviewers'),
    {
      id: 'sla',
      type: 'boundaryEvent',
      eventType: 'timer',
      attachedTo: 'review',
      interrupting: false,
      timer: 2 * 86400,
    },
    { id: 'slaNoted', type: 'endEvent', lane: 'review' },
    { id: 'decision', type: 'exclusiveGateway', lane: 'review' },
    task('seniorReview', 'review', minutes(25), 'reviewers'),
    task('committee', 'finance', minutes(15), 'finance'),
    task('sendRejection', 'intake', minutes(4), 'intake'),
    task('draftContract', 'legal', tri(10, 20, 40), 'legal'),
    task('customerSigns', 'intake', { type: 'exponential', mean: 3600 }),
    task('setUpAccount', 'system', { type: 'fixed', value: 30 }, 'system'),
    { id: 'extras', type: 'inclusiveGateway', lane: 'ops' },
    task('welcomePack', 'ops', minutes(6), 'ops'),
    task('crossSell', 'finance', minutes(10), 'finance'),
    task('archive', 'intake', minutes(3), 'intake'),
    { id: 'extrasDone', type: 'inclusiveGateway', lane: 'ops' },
    task('closeCase', 'intake', minutes(3), 'intake'),
    { id: 'rejected', type: 'endEvent', lane: 'intake' },
    { id: 'end', type: 'endEvent', lane: 'intake' },
  ];
  const pairs: Array<[string, string, object?]> = [
    ['start', 'register'],
    ['register', 'checkComplete'],
    ['checkComplete', 'complete'],
    ['complete', 'requestInfo', { probability: 0.15 }],
    ['requestInfo', 'checkComplete'],
    ['complete', 'split', { probability: 0.85 }],
    ['split', 'creditCheck'],
    ['creditCheck', 'riskScore'],
    ['riskScore', 'join'],
    ['split', 'verifyIdentity'],
    ['verifyIdentity', 'backgroundCheck'],
    ['backgroundCheck', 'join'],
    ['split', 'prepareDocuments'],
    ['prepareDocuments', 'join'],
    ['join', 'review'],
    ['sla', 'slaNoted'],
    ['review', 'decision'],
    ['decision', 'draftContract', { probability: 0.7 }],
    ['decision', 'sendRejection', { probability: 0.2 }],
    ['decision', 'seniorReview', { probability: 0.1 }],
    ['seniorReview', 'committee'],
    ['committee', 'draftContract'],
    ['sendRejection', 'rejected'],
    ['draftContract', 'customerSigns'],
    ['customerSigns', 'setUpAccount'],
    ['setUpAccount', 'extras'],
    ['extras', 'welcomePack', { probability: 0.6 }],
    ['extras', 'crossSell', { probability: 0.3 }],
    ['extras', 'archive', { default: true }],
    ['welcomePack', 'extrasDone'],
    ['crossSell', 'extrasDone'],
    ['archive', 'extrasDone'],
    ['extrasDone', 'closeCase'],
    ['closeCase', 'end'],
  ];
  const weekdays = ['MON', 'TUE', 'WED', 'THU', 'FRI'];
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'account-opening',
    lanes: lanes.map((id) => ({ id })),
    nodes,
    flows: pairs.map(([source, target, extra], i) => ({ id: `f${i + 1}`, source, target, ...extra })),
    simulation: {
      arrivals: { interarrival: { type: 'exponential', mean: 600 } },
      resources: [
        { id: 'intake', capacity: 10, costPerHour: 35, calendar: 'office' },
        { id: 'reviewers', capacity: 16, costPerHour: 60, calendar: 'office' },
        { id: 'finance', capacity: 10, costPerHour: 55, calendar: 'office' },
        { id: 'ops', capacity: 8, costPerHour: 40, calendar: 'shifts' },
        { id: 'legal', capacity: 18, costPerHour: 90, calendar: 'legal' },
        { id: 'system', capacity: 2, costPerHour: 1 },
      ],
      calendars: [
        { id: 'office', timezone: 'Europe/Berlin', weekly: [{ days: weekdays, from: '09:00', to: '17:00' }] },
        {
          id: 'shifts',
          timezone: '+01:00',
          weekly: [
            { days: weekdays, from: '06:00', to: '22:00' },
            { days: ['SAT'], from: '08:00', to: '14:00' },
          ],
        },
        {
          id: 'legal',
          timezone: 'UTC',
          weekly: [
            { days: weekdays, from: '08:00', to: '12:00' },
            { days: weekdays, from: '13:00', to: '17:00' },
          ],
          holidays: ['2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25', '2026-12-26'],
        },
      ],
    },
  });
}

interface Measure {
  events: number;
  seconds: number;
  rss: number;
  heap: number;
  utilization: string;
}

function measure(model: ProcessModel, cases: number): Measure {
  (globalThis as { gc?: () => void }).gc?.();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const started = performance.now();
  const run = startSimulation(model, { cases, replications: 1, seed: 1 });
  while (!run.advance(250_000)) sample();
  sample();
  const seconds = (performance.now() - started) / 1000;
  const report = run.report();
  const utilization = report.resources.map((r) => `${r.id} ${(r.utilization * 100).toFixed(0)}%`).join(', ');
  return { events: run.events, seconds, rss, heap, utilization };
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0).padStart(6);
const count = (n: number) => Math.round(n).toLocaleString('en').padStart(12);
console.log(
  `${'model'.padEnd(16)}${'cases'.padStart(12)}${'events'.padStart(12)}${'seconds'.padStart(9)}${'events/s'.padStart(12)}${'cases/s'.padStart(12)}  peak rss MB  peak heap MB`,
);
const results: Record<string, Measure> = {};
for (const [name, model] of [
  ['M/M/1', mm1()],
  ['20-activity map', accountOpening()],
] as const) {
  for (const cases of [10_000, 100_000, 1_000_000]) {
    const m = measure(model, cases);
    results[`${name} ${cases}`] = m;
    console.log(
      `${name.padEnd(16)}${count(cases)}${count(m.events)}${m.seconds.toFixed(2).padStart(9)}${count(m.events / m.seconds)}${count(cases / m.seconds)}  ${mb(m.rss)}       ${mb(m.heap)}`,
    );
  }
  console.log(`  utilization at 1,000,000 cases: ${results[`${name} 1000000`].utilization}`);
}
const mm1Rate = results['M/M/1 1000000'].events / results['M/M/1 1000000'].seconds;
const map100k = results['20-activity map 100000'].seconds;
console.log(
  `\nTargets: ≥ 1,000,000 events/s on M/M/1: ${mm1Rate >= 1e6 ? 'met' : 'NOT met'} (${Math.round(mm1Rate).toLocaleString('en')}); ` +
    `100,000 cases of the 20-activity map under 5 s: ${map100k < 5 ? 'met' : 'NOT met'} (${map100k.toFixed(2)} s)`,
);
