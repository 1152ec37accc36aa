// Hostile BPMN files through the command line: each is imported, or refused with its code, within a stated time
// and heap (test/hostile/harness.ts). The files are generated here (bpmnInputs.ts), the large ones being megabytes.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore } from '../../shared/model';
import {
  controlCharacters,
  deepSubProcesses,
  deepXml,
  manyElements,
  manyLanes,
  oversizedText,
  parallelFlows,
  taskChain,
  unsafeId,
} from './bpmnInputs';
import { expectRefused, expectSucceeded, outputPath, runCli } from './harness';

interface HostileBpmn {
  file: string;
  make: () => string;
  /** The refusal's code, or the warning a successful import must give. */
  expected: { refused: string } | { warning: string };
  /** The heap the command may use (node --max-old-space-size), in MB. */
  heapMb: number;
  /** Generous: a busy machine is slow; quadratic steps took minutes where these take seconds. */
  timeoutMs: number;
}

const cases: HostileBpmn[] = [
  {
    file: 'bpmn-renamed-ids-40k.bpmn',
    make: () => taskChain(19_998, { idOf: unsafeId }),
    expected: { warning: 'FW_IMPORT_ID_RENAMED' },
    heapMb: 768,
    timeoutMs: 180_000,
  },
  {
    file: 'bpmn-tasks-25k.bpmn',
    make: () => taskChain(25_000),
    expected: { refused: 'FW_IMPORT_TOO_LARGE' },
    heapMb: 256,
    timeoutMs: 90_000,
  },
  {
    file: 'bpmn-tasks-25k-undrawn.bpmn',
    make: () => taskChain(25_000, { drawn: false }),
    expected: { refused: 'FW_IMPORT_TOO_LARGE' },
    heapMb: 256,
    timeoutMs: 90_000,
  },
  {
    file: 'bpmn-flows-30001.bpmn',
    make: () => parallelFlows(30_001),
    expected: { refused: 'FW_IMPORT_TOO_LARGE' },
    heapMb: 256,
    timeoutMs: 90_000,
  },
  {
    file: 'bpmn-lanes-1001.bpmn',
    make: () => manyLanes(1_001),
    expected: { refused: 'FW_IMPORT_TOO_LARGE' },
    heapMb: 256,
    timeoutMs: 90_000,
  },
  {
    file: 'bpmn-elements-500001.bpmn',
    make: () => manyElements(500_001),
    expected: { refused: 'FW_IMPORT_TOO_LARGE' },
    heapMb: 256,
    timeoutMs: 90_000,
  },
  {
    file: 'bpmn-deep-xml-3000.bpmn',
    make: () => deepXml(3_000),
    expected: { refused: 'FW_IMPORT_TOO_DEEP' },
    heapMb: 256,
    timeoutMs: 90_000,
  },
  {
    file: 'bpmn-deep-xml-100000.bpmn',
    make: () => deepXml(100_000),
    expected: { refused: 'FW_IMPORT_TOO_DEEP' },
    heapMb: 256,
    timeoutMs: 90_000,
  },
  {
    file: 'bpmn-deep-subprocesses-5000.bpmn',
    make: () => deepSubProcesses(5_000),
    expected: { refused: 'FW_IMPORT_TOO_DEEP' },
    heapMb: 256,
    timeoutMs: 90_000,
  },
  {
    file: 'bpmn-chain-5000-undrawn.bpmn',
    make: () => taskChain(5_000, { drawn: false }),
    expected: { warning: 'FW_IMPORT_LAYOUT' },
    heapMb: 512,
    timeoutMs: 120_000,
  },
  {
    file: 'bpmn-control-characters.bpmn',
    make: controlCharacters,
    expected: { warning: 'FW_IMPORT_CONTROL_CHARACTER' },
    heapMb: 256,
    timeoutMs: 90_000,
  },
  {
    file: 'bpmn-oversized-map.bpmn',
    make: () => oversizedText(10_000, 2_000),
    expected: { refused: 'FW_IMPORT_TOO_LARGE' },
    heapMb: 512,
    timeoutMs: 120_000,
  },
];

// eslint-disable-next-line no-control-regex
const forbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const rows = cases.map((row) => ({
  ...row,
  outcome: 'refused' in row.expected ? `refused with ${row.expected.refused}` : `imported with ${row.expected.warning}`,
}));

describe('hostile BPMN files through `flowwright import`', () => {
  it.each(rows)(
    '$file: $outcome, within $heapMb MB',
    async ({ file, make, expected, heapMb, timeoutMs }) => {
      const input = outputPath(file);
      writeFileSync(input, make());
      const output = input.replace(/\.bpmn$/, '.flow.json');
      rmSync(output, { force: true });
      const run = await runCli(['import', input, '--out', output, '--json'], { heapMb, timeoutMs });
      if ('refused' in expected) {
        expectRefused(run, expected.refused);
        expect(run.errors).toEqual([{ code: expected.refused, message: expect.stringMatching(/^.+\.bpmn: /) }]);
        expect(run.exitCode).toBe(2);
        expect(existsSync(output)).toBe(false);
        return;
      }
      expectSucceeded(run);
      const summary = JSON.parse(run.stdout) as { warnings: { code: string }[] };
      expect(summary.warnings.map((w) => w.code)).toContain(expected.warning);
      // What the import wrote opens again: not too large for restore(), and free of characters XML forbids.
      const written = readFileSync(output, 'utf8');
      const restored = restore(written);
      expect(restored.ok ? [] : restored.problems).toEqual([]);
      const unwritable: string[] = [];
      JSON.parse(written, (_key, value: unknown) => {
        if (typeof value === 'string' && forbiddenInXml.test(value)) unwritable.push(value);
        return value;
      });
      expect(unwritable).toEqual([]);
    },
    240_000, // above every row's own time-out, which the harness enforces
  );
});
