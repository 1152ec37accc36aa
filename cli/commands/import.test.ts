import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restore } from '../../shared/model';
import type { CliIO } from '../io';
import { main } from '../main';

const fixtures = join(__dirname, '../../test/fixtures/bpmn');

/** A CliIO that reads fixture files by their path under test/fixtures/bpmn and keeps written files in memory. */
function fakeIO(extra: Record<string, Uint8Array> = {}) {
  const written: Record<string, string> = {};
  const out = { stdout: '', stderr: '' };
  const read = async (path: string) => {
    if (path in extra) return extra[path];
    try {
      return new Uint8Array(readFileSync(join(fixtures, path)));
    } catch {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    }
  };
  const io: CliIO = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readText: async (path) => new TextDecoder().decode(await read(path)),
    readBytes: read,
    writeText: async (path, text) => void (written[path] = text),
    writeBytes: async () => undefined,
    isTTY: false,
  };
  return { io, out, written };
}

describe('flowwright import', () => {
  it('imports a BPMN file and prints the counts of DESIGN.md §4 with --json', async () => {
    const { io, out, written } = fakeIO();
    expect(await main(['import', 'misc/bpmn-js-examples/pizza-collaboration.bpmn', '--out', 'pizza.flow.json', '--json'], io)).toBe(0);
    const summary = JSON.parse(out.stdout);
    const restored = restore(written['pizza.flow.json']);
    if (!restored.ok) throw new Error('the written map does not restore');
    const { model } = restored;
    expect(summary.flows).toBe(model.flows.length);
    expect(summary.lanes).toBe(model.lanes.length);
    expect(Object.values(summary.nodes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(model.nodes.length);
    expect(summary.nodes).toMatchObject({ startEvent: 2, eventBasedGateway: 1, task: 9 });
    expect(summary.warnings).toEqual([{ code: 'FW_IMPORT_KEPT_AS_EXTENSION', message: 'kept under extensions and not simulated: 6 message flows' }]);
    expect(out.stderr).toBe('');
  });

  it('prints a readable summary and the warnings without --json', async () => {
    const { io, out } = fakeIO();
    expect(await main(['import', 'misc/camunda/invoice.v2.bpmn', '--out', 'invoice.flow.json'], io)).toBe(0);
    expect(out.stdout).toMatch(/^misc\/camunda\/invoice\.v2\.bpmn → invoice\.flow\.json: 10 nodes \(.*\), 10 flows, 3 lanes\n/);
    expect(out.stdout).toContain('warning  FW_IMPORT_CONDITION  sequence flow reviewSuccessful was converted from JUEL "${clarified}" to FEEL "clarified"');
  });

  it('fails on broken XML with the line and column, writing nothing', async () => {
    const broken = new TextEncoder().encode('<?xml version="1.0"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <process id="p">\n  </definitions>');
    const { io, out, written } = fakeIO({ 'broken.bpmn': broken });
    expect(await main(['import', 'broken.bpmn', '--out', 'broken.flow.json'], io)).toBe(2);
    expect(out.stderr).toBe('flowwright: FW_IMPORT_INVALID_XML: broken.bpmn: line 4, column 3: closing tag mismatch\n');
    expect(written).toEqual({});
  });

  it('fails on a file in the wrong encoding with the line and column', async () => {
    const { io, out } = fakeIO();
    expect(await main(['import', 'miwg/vendors/genmymodel-0.47/C.1.1-export.bpmn', '--out', 'x.flow.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/^flowwright: FW_IMPORT_ENCODING: .*C\.1\.1-export\.bpmn: line 26, column 63: byte 0xE4 is not valid UTF-8/);
  });

  it('refuses event logs until their import exists, and other file types', async () => {
    const { io, out } = fakeIO();
    expect(await main(['import', 'log.xes', '--out', 'x.flow.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/FW_IMPORT_FORMAT: log\.xes: importing event logs \(\.xes, \.csv\) to discover a map is not available yet/);
    expect(await main(['import', 'picture.png', '--out', 'x.flow.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/FW_IMPORT_FORMAT: picture\.png: import reads BPMN 2\.0 files/);
  });

  it('needs --out and says so', async () => {
    const { io, out } = fakeIO();
    expect(await main(['import', 'misc/camunda/invoice.v2.bpmn'], io)).toBe(2);
    expect(out.stderr).toBe('flowwright: FW_USAGE: import needs --out <model.flow.json>\n');
  });

  it('reports an unreadable file', async () => {
    const { io, out } = fakeIO();
    expect(await main(['import', 'missing.bpmn', '--out', 'x.flow.json'], io)).toBe(2);
    expect(out.stderr).toBe('flowwright: FW_FILE_UNREADABLE: cannot read missing.bpmn: ENOENT\n');
  });
});
