// The command line as a user runs it: `npx tsx test/bench/cli.bench.ts` (or `npm run bench -- cli`). Builds the
// bundle (as `npm install` does), then prints: the start-up time of `flowwright --help` (target under 0.3 s) against
// a bare `node -e 0` and against running the sources through tsx; the whole-process time and peak memory of
// `simulate` on 1,000,000 M/M/1 cases; 100,000 cases of the Simod loan application map (12 tasks) without a log,
// with a CSV log and with an XES log (time, peak memory, events written per second); and the log writers alone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { restore } from '../../shared/model';
import { startSimulation, type EventLogRow } from '../../shared/sim';
import { singleQueue } from '../../shared/sim/testing/models';
import { CsvEventLog, XesEventLog, type EventLogWriter } from '../../shared/io/eventLog';
import { nodeFileSystem } from '../../cli/io';
import { openOutputFile } from '../../cli/outputFile';
import { buildCli } from '../../scripts/build-cli.mjs';

const folder = 'test/output/bench-cli';
const bin = 'cli/bin/flowwright.mjs';
mkdirSync(folder, { recursive: true });

interface Run {
  seconds: number;
  peakMb: number;
  status: number | null;
}

/** Runs one process and measures it from the outside: wall time, and peak memory reported as it exits. */
function measure(args: string[], env: Record<string, string> = {}): Run {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['test/bench/withPeakMemory.mjs', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak-rss-kb (\d+)\s*$/.exec(run.stderr);
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : NaN, status: run.status };
}

function wallMedian(command: string[], times: number, env: Record<string, string> = {}): number {
  const seconds: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    spawnSync(command[0], command.slice(1), { env: { ...process.env, ...env }, stdio: 'ignore' });
    seconds.push((performance.now() - started) / 1000);
  }
  return seconds.sort((a, b) => a - b)[Math.floor(times / 2)];
}

const ms = (seconds: number) => `${Math.round(seconds * 1000)} ms`.padStart(8);

console.log(`bundled ${await buildCli()} sources into dist-cli/`);
const bare = wallMedian([process.execPath, '-e', '0'], 7);
const help = wallMedian([process.execPath, bin, '--help'], 7);
const fromSource = wallMedian([process.execPath, bin, '--help'], 3, { FLOWWRIGHT_FROM_SOURCE: '1' });
console.log(
  `\nflowwright --help (median): ${ms(help)}   node -e 0: ${ms(bare)}   from the sources (tsx): ${ms(fromSource)}`,
);
console.log(`  target under 0.3 s: ${help < 0.3 ? 'met' : 'NOT met'}; start-up above bare node: ${ms(help - bare)}`);
// npx adds npm's own start-up, the same for every package: shown apart so that the command's own time is clear.
const viaNpx = wallMedian(['npx', 'flowwright', '--help'], 3);
console.log(`  through npx: ${ms(viaNpx)} (npm's own start-up included)`);

const mm1 = singleQueue(
  { interarrival: { type: 'exponential', mean: 1.25 } },
  { type: 'exponential', mean: 1 },
  1,
  1_000_000,
);
writeFileSync(`${folder}/mm1.flow.json`, JSON.stringify(mm1));
const whole = measure([bin, 'simulate', `${folder}/mm1.flow.json`, '--cases', '1000000', '--replications', '1']);
console.log(
  `\nsimulate, 1,000,000 M/M/1 cases, whole process: ${whole.seconds.toFixed(2)} s, peak ${whole.peakMb.toFixed(0)} MB` +
    (whole.status === 0 ? '' : ` (exit ${whole.status})`),
);

const loanPath = `${folder}/loan.flow.json`;
spawnSync(process.execPath, [bin, 'import', 'test/fixtures/bpmn/sim/simod/LoanApp_simplified.bpmn', '--out', loanPath]);
const cases = 100_000;
console.log(`\nsimulate, ${cases.toLocaleString('en')} cases of the loan application map, whole process:`);
console.log(`${'log'.padEnd(8)}${'seconds'.padStart(9)}${'peak MB'.padStart(9)}${'log MB'.padStart(9)}`);
for (const log of [null, 'log.csv', 'log.xes']) {
  const logArgs = log ? ['--log', `${folder}/${log}`] : [];
  const run = measure([bin, 'simulate', loanPath, '--cases', String(cases), '--replications', '1', ...logArgs]);
  const size = log ? statSync(`${folder}/${log}`).size / 2 ** 20 : 0;
  if (log) rmSync(`${folder}/${log}`); // hundreds of megabytes: measured, not kept
  console.log(
    `${(log ?? 'none').padEnd(8)}${run.seconds.toFixed(2).padStart(9)}${run.peakMb.toFixed(0).padStart(9)}${size.toFixed(0).padStart(9)}` +
      (run.status === 0 ? '' : `  (exit ${run.status})`),
  );
}

// The writers alone, on rows the engine gave: formatting only, and formatting with the file written.
const restored = restore(readFileSync(loanPath, 'utf8'));
if (!restored.ok) throw new Error('the imported loan map does not restore');
const rows: EventLogRow[] = [];
const endsAfter: Array<[number, string]> = [];
const run = startSimulation(restored.model, {
  cases: 20_000,
  replications: 1,
  eventLog: (row) => rows.push(row),
  onCaseEnd: (caseId) => endsAfter.push([rows.length, caseId]),
});
while (!run.advance(1_000_000));
const xesEvents = rows.reduce((n, row) => n + (row.start === null ? 1 : 2), 0);

async function feed(make: (sink: (text: string) => void) => EventLogWriter, path?: string): Promise<number> {
  const output = path ? await openOutputFile(nodeFileSystem, path) : undefined;
  const started = performance.now();
  const writer = make(output ? (text) => void output.write(text) : () => undefined);
  let ended = 0;
  for (let i = 0; i < rows.length; i++) {
    writer.add(rows[i]);
    while (ended < endsAfter.length && endsAfter[ended][0] === i + 1) writer.caseEnded(endsAfter[ended++][1]);
    if (output && i % 4096 === 0) await output.drain();
  }
  writer.end();
  await output?.commit();
  return (performance.now() - started) / 1000;
}

console.log(`\nlog writers alone, ${rows.length.toLocaleString('en')} activities of 20,000 cases:`);
for (const [name, make, events] of [
  ['CSV', (sink: (text: string) => void) => new CsvEventLog(sink), rows.length],
  ['XES', (sink: (text: string) => void) => new XesEventLog('loan', sink), xesEvents],
] as const) {
  const formatting = await feed(make);
  const writing = await feed(make, `${folder}/writers.${name.toLowerCase()}`);
  rmSync(`${folder}/writers.${name.toLowerCase()}`);
  const rate = (seconds: number) =>
    Math.round(events / seconds)
      .toLocaleString('en')
      .padStart(11);
  console.log(`  ${name}: ${rate(formatting)} events/s formatted, ${rate(writing)} events/s written to disk`);
}
