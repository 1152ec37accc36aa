// Simulating against records: `npx tsx test/bench/records.bench.ts` (or `npm run bench -- records`). Runs 100,000
// generated purchase requests through a purchase-approval map whose gateways route by FEEL conditions (six on the
// approval gateway, three on the decision), with required-field checks, an error boundary and a duration
// expression, and prints evaluated conditions per second (target ≥ 200,000/s) and cases per second.
import { processSchema, type ProcessModel } from '../../shared/model';
import { mapColumns, parseCsv } from '../../shared/data';
import { startSimulation } from '../../shared/sim';

const recordCount = 100_000;

/** A deterministic generator (no ambient randomness): a 32-bit linear congruential sequence, high bits. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

const categories = ['IT hardware', 'Software', 'Office supplies', 'Travel', 'Facilities'];

/** Purchase requests as CSV, about one in 200 with an empty cost centre and one in 500 with a negative amount. */
function requestsCsv(rows: number): string {
  const next = sequence(11);
  const lines = ['Request ID,Cost Center,Amount,Category,Urgent,Risk'];
  for (let i = 1; i <= rows; i++) {
    const amount = next(500) === 0 ? -5 : Math.round(Math.exp(3 + next(1000) / 100)) / 10; // log-spread 2 to 44,000
    lines.push(
      [
        `PR-${i}`,
        next(200) === 0 ? '' : `CC-${100 + next(40)}`,
        amount,
        categories[next(5)],
        next(4) === 0 ? 'yes' : 'no',
        (next(100) / 100).toFixed(2),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function approvalMap(): ProcessModel {
  const task = (id: string, mean: number, pool: string, extra: object = {}) => ({
    id,
    type: 'task',
    name: id,
    sim: { duration: { type: 'exponential', mean }, resource: pool },
    ...extra,
  });
  const nodes = [
    { id: 'start', type: 'startEvent' },
    task('check', 300, 'buyers', { requiredFields: ['amount', 'costCenter', 'category'] }),
    { id: 'incomplete', type: 'boundaryEvent', eventType: 'error', attachedTo: 'check' },
    task('returnRequest', 120, 'buyers'),
    { id: 'returned', type: 'endEvent' },
    { id: 'level', type: 'exclusiveGateway' },
    task('board', 3600, 'board'),
    task('cio', 1800, 'executives'),
    task('cfo', 1800, 'executives'),
    task('fastTrack', 300, 'owners'),
    task('owner', 900, 'owners'),
    task('autoApprove', 5, 'system'),
    { id: 'approved', type: 'exclusiveGateway' },
    { id: 'decision', type: 'exclusiveGateway' },
    task('reject', 60, 'buyers'),
    task('policyReview', 1200, 'buyers'),
    task('order', 600, 'buyers', {
      sim: {
        duration: { type: 'exponential', mean: 600 },
        resource: 'buyers',
        durationExpression: 'if amount > 10000 then 2 * base else base',
      },
    }),
    { id: 'rejected', type: 'endEvent' },
    { id: 'ordered', type: 'endEvent' },
  ];
  const flows = [
    ['start', 'check'],
    ['incomplete', 'returnRequest'],
    ['returnRequest', 'returned'],
    ['check', 'level'],
    ['level', 'board', 'amount > 50000'],
    ['level', 'cio', 'amount > 5000 and category = "IT hardware"'],
    ['level', 'cfo', 'amount > 5000'],
    ['level', 'fastTrack', 'amount > 1000 and urgent = true'],
    ['level', 'owner', 'amount > 1000'],
    ['level', 'autoApprove', 'amount > 0 and amount <= 1000'],
    ...['board', 'cio', 'cfo', 'fastTrack', 'owner', 'autoApprove'].map((t) => [t, 'approved']),
    ['approved', 'decision'],
    ['decision', 'reject', 'risk > 0.95'],
    ['decision', 'policyReview', 'category = "Travel" and amount > 2000'],
    ['decision', 'order', 'risk <= 0.95'],
    ['reject', 'rejected'],
    ['policyReview', 'order'],
    ['order', 'ordered'],
  ].map(([source, target, condition], i) => ({ id: `f${i + 1}`, source, target, ...(condition ? { condition } : {}) }));
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'purchase-approval-bench',
    nodes,
    flows,
    data: {
      fields: [
        { name: 'amount', type: 'number', required: true, validation: 'amount > 0' },
        { name: 'costCenter', type: 'text', required: true },
        { name: 'category', type: 'enum', values: categories },
        { name: 'urgent', type: 'boolean' },
        { name: 'risk', type: 'number' },
      ],
    },
    simulation: {
      arrivals: { interarrival: { type: 'exponential', mean: 120 } },
      resources: [
        { id: 'buyers', capacity: 12 },
        { id: 'owners', capacity: 6 },
        { id: 'executives', capacity: 3 },
        { id: 'board', capacity: 1 },
        { id: 'system', capacity: 4 },
      ],
    },
  });
}

const model = approvalMap();
const table = parseCsv(requestsCsv(recordCount));
const { records } = mapColumns(table, model.data.fields, {
  fields: { amount: 'Amount', costCenter: 'Cost Center', category: 'Category', urgent: 'Urgent', risk: 'Risk' },
  keyColumn: 'Request ID',
});
if (records.length !== recordCount) throw new Error(`expected ${recordCount} records, got ${records.length}`);
startSimulation(model, { records: records.slice(0, 2000), seed: 1 }).advance(Infinity); // warm up the JIT

(globalThis as { gc?: () => void }).gc?.();
const started = performance.now();
const run = startSimulation(model, { records, seed: 1, replications: 1, exceptionRecords: true });
while (!run.advance(250_000));
const seconds = (performance.now() - started) / 1000;
const report = run.report();

const rate = (n: number) => Math.round(n / seconds).toLocaleString('en');
const exceptions = report.exceptions.map(
  (e) => `${e.kind} at ${e.nodeId} ${e.count}${e.handled ? ` (${e.handled} handled)` : ''}: ${e.message}`,
);
console.log(
  `${recordCount.toLocaleString('en')} records in file order, ${run.events.toLocaleString('en')} events, ${seconds.toFixed(2)} s`,
);
console.log(
  `conditions evaluated ${run.conditions.toLocaleString('en')}: ${rate(run.conditions)} conditions/s (within the whole run)`,
);
console.log(
  `cases ${report.cases.completed.toLocaleString('en')} completed: ${rate(report.cases.started)} cases/s, ${rate(run.events)} events/s`,
);
console.log(`exceptions: ${exceptions.join('; ')}; records kept ${report.exceptionRecords!.length}`);
if (report.cases.started !== recordCount || report.cases.completed + report.cases.inProgress !== recordCount)
  throw new Error('cases were lost');
const conditionRate = run.conditions / seconds;
console.log(
  `\nTarget: ≥ 200,000 evaluated conditions/s: ${conditionRate >= 200_000 ? 'met' : 'NOT met'} (${Math.round(conditionRate).toLocaleString('en')})`,
);
