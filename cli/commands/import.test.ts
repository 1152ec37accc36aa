import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restore } from '../../shared/model';
import { main } from '../main';
import { memoryIO } from '../memoryIO';

const pizza = 'misc/bpmn-js-examples/pizza-collaboration.bpmn';
const invoice = 'misc/camunda/invoice.v2.bpmn';
const notUtf8 = 'miwg/vendors/genmymodel-0.47/C.1.1-export.bpmn';
/** The BPMN files the tests import, as bytes under their path in test/fixtures/bpmn. */
const bpmnFiles = Object.fromEntries(
  [pizza, invoice, notUtf8].map((path) => [
    path,
    new Uint8Array(readFileSync(join(__dirname, '../../test/fixtures/bpmn', path))),
  ]),
);

describe('flowwright import', () => {
  it('imports a BPMN file and prints the counts of DESIGN.md §4 with --json', async () => {
    const { io, out, files } = memoryIO(bpmnFiles);
    expect(await main(['import', pizza, '--out', 'pizza.flow.json', '--json'], io)).toBe(0);
    const summary = JSON.parse(out.stdout);
    const restored = restore(files['pizza.flow.json']);
    if (!restored.ok) throw new Error('the written map does not restore');
    const { model } = restored;
    expect(summary.flows).toBe(model.flows.length);
    expect(summary.lanes).toBe(model.lanes.length);
    expect(Object.values(summary.nodes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(model.nodes.length);
    expect(summary.nodes).toMatchObject({ startEvent: 2, eventBasedGateway: 1, task: 9 });
    expect(summary.warnings).toEqual([
      { code: 'FW_IMPORT_KEPT_AS_EXTENSION', message: 'kept under extensions and not simulated: 6 message flows' },
    ]);
    expect(out.stderr).toBe('');
  });

  it('prints a readable summary and the warnings without --json', async () => {
    const { io, out } = memoryIO(bpmnFiles);
    expect(await main(['import', invoice, '--out', 'invoice.flow.json'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /^misc\/camunda\/invoice\.v2\.bpmn → invoice\.flow\.json: 11 nodes \(1 dataStore, .*\), 11 flows, 3 lanes\n/,
    );
    expect(out.stdout).toContain(
      'warning  FW_IMPORT_CONDITION  sequence flow reviewSuccessful was converted from JUEL "${clarified}" to FEEL "clarified"',
    );
  });

  it('fails on broken XML with the line and column, writing nothing', async () => {
    const broken = new TextEncoder().encode(
      '<?xml version="1.0"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <process id="p">\n  </definitions>',
    );
    const given = { ...bpmnFiles, 'broken.bpmn': broken };
    const { io, out, files, binary } = memoryIO(given);
    expect(await main(['import', 'broken.bpmn', '--out', 'broken.flow.json'], io)).toBe(2);
    expect(out.stderr).toBe('flowwright: FW_IMPORT_INVALID_XML: broken.bpmn: line 4, column 3: closing tag mismatch\n');
    expect({ files, binary }).toEqual({ files: {}, binary: given });
  });

  it('fails on a file in the wrong encoding with the line and column', async () => {
    const { io, out } = memoryIO(bpmnFiles);
    expect(await main(['import', notUtf8, '--out', 'x.flow.json'], io)).toBe(2);
    expect(out.stderr).toMatch(
      /^flowwright: FW_IMPORT_ENCODING: .*C\.1\.1-export\.bpmn: line 26, column 63: byte 0xE4 is not valid UTF-8/,
    );
  });

  it('refuses other file types, and log options on a BPMN file', async () => {
    const { io, out } = memoryIO(bpmnFiles);
    expect(await main(['import', 'picture.png', '--out', 'x.flow.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/FW_IMPORT_FORMAT: picture\.png: import reads BPMN 2\.0 files .* and event logs/);
    expect(await main(['import', invoice, '--out', 'x.flow.json', '--noise', '0.1'], io)).toBe(2);
    expect(out.stderr).toMatch(/FW_USAGE: --noise is for event logs; .*invoice\.v2\.bpmn is a BPMN file\n$/);
  });

  it('needs --out and says so', async () => {
    const { io, out } = memoryIO(bpmnFiles);
    expect(await main(['import', invoice], io)).toBe(2);
    expect(out.stderr).toBe('flowwright: FW_USAGE: import needs --out <model.flow.json>\n');
  });

  it('reports an unreadable file', async () => {
    const { io, out } = memoryIO(bpmnFiles);
    expect(await main(['import', 'missing.bpmn', '--out', 'x.flow.json'], io)).toBe(2);
    expect(out.stderr).toBe('flowwright: FW_FILE_UNREADABLE: cannot read missing.bpmn: ENOENT\n');
  });
});
