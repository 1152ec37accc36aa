// @vitest-environment jsdom
// A map holding characters XML forbids, opened and exported to every target through the command line: restore()
// strips them at load, so every XML export parses strictly (jsdom's DOMParser, as browsers parse XML).
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectSucceeded, fixture, outputPath, runCli } from './harness';

const xmlTargets = [
  { target: 'bpmn', file: 'control-characters.bpmn' },
  { target: 'zeebe', file: 'control-characters.zeebe.bpmn' },
  { target: 'svg', file: 'control-characters.svg' },
  { target: 'xes-sample', file: 'control-characters.xes' },
];

function xmlError(xml: string): string | null {
  const error = new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror');
  return error ? (error.textContent ?? 'parsererror') : null;
}

describe('a map with control characters exports well-formed to every target', () => {
  for (const { target, file } of xmlTargets)
    it(`${target}: well-formed XML within 256 MB and 60 s`, { timeout: 120_000 }, async () => {
      const out = outputPath(file);
      rmSync(out, { force: true });
      const run = await runCli(['export', fixture('control-characters.flow.json'), '--to', target, '--out', out]);
      expectSucceeded(run);
      const xml = readFileSync(out, 'utf8');
      expect(xmlError(xml)).toBeNull();
      if (target !== 'xes-sample') expect(xml).toContain('Review');
    });

  it('png: a picture within 256 MB and 60 s', { timeout: 120_000 }, async () => {
    const out = outputPath('control-characters.png');
    rmSync(out, { force: true });
    expectSucceeded(await runCli(['export', fixture('control-characters.flow.json'), '--to', 'png', '--out', out]));
    expect([...readFileSync(out).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
});
