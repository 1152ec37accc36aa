// Hostile process files and run options through the command line: each row names the input, the command and the
// code it must end with, and runs in its own process within a stated heap and time (test/hostile/harness.ts).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeLargeInputs } from '../../scripts/gen-hostile';
import {
  expectRefused,
  expectSucceeded,
  fixture,
  outputFolder,
  outputPath,
  repositoryRoot,
  runCli,
  type CliRun,
} from './harness';

interface Row {
  /** What the input is, for the test name. */
  input: string;
  args: () => string[];
  expected: { refused: string } | { succeeds: (run: CliRun) => void };
  heapMb?: number;
  timeoutMs?: number;
}

const generated = (name: string) => `${outputFolder}/${name}`;
const corrupt = (name: string) => `${repositoryRoot}/test/fixtures/corrupt/${name}`;
const simulate =
  (file: string, ...more: string[]) =>
  () => ['simulate', file, ...more];
const validate = (file: string) => () => ['validate', file, '--json'];

/** Every number in a report is finite: JSON would have turned NaN or Infinity into null. */
function expectFiniteJson(text: string): void {
  const bad: string[] = [];
  JSON.parse(text, (key, value: unknown) => {
    if (value === null && key !== 'scenario' && key !== 'ci95') bad.push(key);
    return value;
  });
  expect(bad).toEqual([]);
}

const rows: Row[] = [
  {
    input: 'a runnable map (the control row)',
    args: simulate(fixture('runnable.flow.json'), '--json'),
    expected: { succeeds: (run) => expectFiniteJson(run.stdout) },
  },
  {
    input: 'JSON nested 100,000 deep',
    args: validate(generated('deep-json.flow.json')),
    expected: { refused: 'FW_RESTORE_TOO_DEEP' },
  },
  {
    input: 'JSON nested 100,000 deep, simulated',
    args: simulate(generated('deep-json.flow.json')),
    expected: { refused: 'FW_RESTORE_TOO_DEEP' },
  },
  {
    input: 'sub-processes nested 5,000 deep',
    args: validate(generated('deep-subprocesses.flow.json')),
    expected: { refused: 'FW_RESTORE_TOO_DEEP' },
    heapMb: 512,
  },
  {
    input: '20,001 nodes',
    args: validate(generated('too-many-nodes.flow.json')),
    expected: { refused: 'FW_RESTORE_TOO_LARGE' },
  },
  {
    input: '20 million characters',
    args: validate(generated('oversized.flow.json')),
    expected: { refused: 'FW_RESTORE_TOO_LARGE' },
  },
  {
    input: 'a chain of 5,000 tasks without positions, validated',
    args: validate(generated('chain-5000.flow.json')),
    expected: { succeeds: () => {} },
    heapMb: 512,
  },
  {
    input: 'a chain of 5,000 tasks without positions, simulated',
    args: simulate(generated('chain-5000.flow.json'), '--cases', '20', '--json'),
    expected: { succeeds: (run) => expectFiniteJson(run.stdout) },
    heapMb: 512,
  },
  {
    input: 'text cut off mid-array',
    args: validate(corrupt('not-json.flow.json')),
    expected: { refused: 'FW_RESTORE_JSON' },
  },
  {
    input: 'a JSON array',
    args: validate(corrupt('top-level-array.flow.json')),
    expected: { refused: 'FW_RESTORE_NOT_FLOW' },
  },
  {
    input: 'schemaVersion 99',
    args: validate(corrupt('future-version.flow.json')),
    expected: { refused: 'FW_RESTORE_VERSION' },
  },
  {
    input: 'control characters in names',
    args: validate(fixture('control-characters.flow.json')),
    expected: { succeeds: () => {} },
  },
  {
    input: 'override /__proto__/polluted',
    args: simulate(fixture('override-proto.flow.json'), '--scenario', 'hostile'),
    expected: { refused: 'FW_SIM_BAD_OVERRIDE' },
  },
  {
    input: 'override /simulation/constructor/prototype/polluted',
    args: simulate(fixture('override-constructor.flow.json'), '--scenario', 'hostile'),
    expected: { refused: 'FW_SIM_BAD_OVERRIDE' },
  },
  {
    input: 'override /nodes/1/__proto__/isAdmin',
    args: simulate(fixture('override-nested-proto.flow.json'), '--scenario', 'hostile'),
    expected: { refused: 'FW_SIM_BAD_OVERRIDE' },
  },
  {
    input: 'override with a bad ~ escape',
    args: simulate(fixture('override-bad-escape.flow.json'), '--scenario', 'hostile'),
    expected: { refused: 'FW_SIM_BAD_OVERRIDE' },
  },
  {
    input: 'cases 10^12 in the map',
    args: simulate(fixture('many-cases.flow.json')),
    expected: { refused: 'FW_SIM_TOO_LARGE' },
  },
  {
    input: '--cases 10^12',
    args: simulate(fixture('runnable.flow.json'), '--cases', '1000000000000'),
    expected: { refused: 'FW_SIM_TOO_LARGE' },
  },
  {
    input: '--replications 10^6',
    args: simulate(fixture('runnable.flow.json'), '--replications', '1000000'),
    expected: { refused: 'FW_SIM_TOO_LARGE' },
  },
  {
    input: 'replications 10^6 in the map',
    args: simulate(fixture('many-replications.flow.json')),
    expected: { refused: 'FW_SIM_TOO_LARGE' },
  },
  {
    input: 'loopLimit 10^12',
    args: simulate(fixture('loop-limit.flow.json')),
    expected: { refused: 'FW_SIM_TOO_LARGE' },
  },
  {
    input: 'a start in the year 200000',
    args: simulate(fixture('far-start.flow.json')),
    expected: { refused: 'FW_SIM_TOO_LARGE' },
  },
  {
    input: 'a duration of 1e308 s',
    args: simulate(fixture('duration-1e308.flow.json')),
    expected: { refused: 'FW_SIM_BAD_DISTRIBUTION' },
  },
  {
    input: 'a spread of 1e300',
    args: simulate(fixture('spread-1e300.flow.json')),
    expected: { refused: 'FW_SIM_BAD_DISTRIBUTION' },
  },
  {
    input: 'a lognormal whose spread overflows',
    args: simulate(fixture('lognormal-overflow.flow.json')),
    expected: { refused: 'FW_SIM_BAD_DISTRIBUTION' },
  },
  {
    input: 'a timer of 1e308 s',
    args: simulate(fixture('timer-1e308.flow.json')),
    expected: { refused: 'FW_SIM_TOO_LARGE' },
  },
  {
    input: 'arrivals that push the clock past 31,000 years',
    args: simulate(fixture('clock-overflow.flow.json')),
    expected: { refused: 'FW_SIM_TOO_LARGE' },
  },
];

describe('hostile process files through the command line', () => {
  beforeAll(() => {
    writeLargeInputs(outputFolder, [
      'deep-json.flow.json',
      'deep-subprocesses.flow.json',
      'chain-5000.flow.json',
      'too-many-nodes.flow.json',
      'oversized.flow.json',
    ]);
  });

  for (const { input, args, expected, heapMb = 256, timeoutMs = 60_000 } of rows) {
    const outcome = 'refused' in expected ? expected.refused : 'success';
    it(
      `${input}: ${outcome} within ${heapMb} MB and ${timeoutMs / 1000} s`,
      { timeout: timeoutMs + 60_000 },
      async () => {
        const run = await runCli(args(), { heapMb, timeoutMs });
        if ('refused' in expected) expectRefused(run, expected.refused);
        else {
          expectSucceeded(run);
          expected.succeeds(run);
        }
      },
    );
  }

  it('names the element of a refused distribution', { timeout: 120_000 }, async () => {
    const run = await runCli(simulate(fixture('duration-1e308.flow.json'))());
    expect(run.errors[0]).toEqual({
      code: 'FW_SIM_BAD_DISTRIBUTION',
      message: expect.stringMatching(/^review: the duration of "Review" \(fixed\): value is 1e\+308 s/),
    });
  });

  it('writes no output for a refused run', { timeout: 120_000 }, async () => {
    const log = outputPath('refused.log.csv');
    const run = await runCli(simulate(fixture('many-cases.flow.json'), '--log', log)());
    expectRefused(run, 'FW_SIM_TOO_LARGE');
    expect(() => readFileSync(log)).toThrow();
  });
});
