import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { importBpmn } from '../../shared/io/bpmn';
import { purchaseApproval } from '../../shared/io/bpmn/testMaps';
import type { CliIO } from '../io';
import { main } from '../main';

const require = createRequire(import.meta.url);
const validateAsl = require('asl-validator') as (definition: unknown) => { isValid: boolean };

/** The purchase approval without its non-interrupting reminder (which Step Functions cannot express). */
function stepFunctionsMap() {
  const model = purchaseApproval();
  model.nodes = model.nodes.filter((n) => !['sla', 'remind', 'reminded'].includes(n.id));
  model.flows = model.flows.filter((f) => !['f10', 'f11'].includes(f.id));
  return model;
}

function fakeIO() {
  const files: Record<string, string> = {
    'map.flow.json': JSON.stringify(purchaseApproval()),
    'steps.flow.json': JSON.stringify(stepFunctionsMap()),
    'broken.flow.json': JSON.stringify({ ...purchaseApproval(), nodes: purchaseApproval().nodes.filter((n) => n.id !== 'start') }),
  };
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readText: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[path];
    },
    readBytes: async (path) => new TextEncoder().encode(files[path]),
    writeText: async (path, text) => void (files[path] = text),
    writeBytes: async () => undefined,
    isTTY: false,
  };
  return { io, out, files };
}

describe('flowwright export', () => {
  it('writes BPMN that imports back to the same map', async () => {
    const { io, out, files } = fakeIO();
    expect(await main(['export', 'map.flow.json', '--to', 'bpmn', '--out', 'map.bpmn'], io)).toBe(0);
    expect(out.stdout).toBe('map.flow.json → map.bpmn: BPMN 2.0 XML with its diagram\n');
    const { model } = await importBpmn(files['map.bpmn']);
    expect(model.nodes.map((n) => n.id).sort()).toEqual(purchaseApproval().nodes.map((n) => n.id).sort());
  });

  it('writes Camunda 8 BPMN with --to zeebe', async () => {
    const { io, files } = fakeIO();
    expect(await main(['export', 'map.flow.json', '--to', 'zeebe', '--out', 'map.bpmn'], io)).toBe(0);
    expect(files['map.bpmn']).toContain('modeler:executionPlatformVersion="8.8.0"');
  });

  it('writes a valid Step Functions definition with --to asl', async () => {
    const { io, files } = fakeIO();
    expect(await main(['export', 'steps.flow.json', '--to', 'asl', '--out', 'steps.asl.json'], io)).toBe(0);
    const machine = JSON.parse(files['steps.asl.json']);
    expect(machine.StartAt).toBe('Enter request');
    expect(validateAsl(machine).isValid).toBe(true);
  });

  it('writes an SVG picture with --to svg', async () => {
    const { io, files } = fakeIO();
    expect(await main(['export', 'map.flow.json', '--to', 'svg', '--out', 'map.svg'], io)).toBe(0);
    expect(files['map.svg']).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(files['map.svg']).toContain('>Enter request</text>');
  });

  it('fails (exit 1) when the target cannot express the map, naming the element', async () => {
    const { io, out, files } = fakeIO();
    expect(await main(['export', 'map.flow.json', '--to', 'asl', '--out', 'map.asl.json'], io)).toBe(1);
    expect(out.stderr).toMatch(/^flowwright: FW_EXPORT_UNSUPPORTED: map\.flow\.json: .*"One day passed" \(sla\)/);
    expect(files['map.asl.json']).toBeUndefined();
  });

  it('refuses to write a runnable definition of a map with validation errors', async () => {
    const { io, out } = fakeIO();
    expect(await main(['export', 'broken.flow.json', '--to', 'zeebe', '--out', 'x.bpmn'], io)).toBe(1);
    expect(out.stderr).toMatch(/^flowwright: FW_MODEL_INVALID: broken\.flow\.json has \d+ validation errors?, so it cannot run: FW_V_NO_START/);
  });

  it('says which targets are not available yet, and which exist', async () => {
    const { io, out } = fakeIO();
    for (const to of ['png', 'xes-sample']) {
      expect(await main(['export', 'map.flow.json', '--to', to, '--out', 'x'], io)).toBe(2);
      expect(out.stderr).toContain(`flowwright: FW_USAGE: --to ${to} is not available yet; use bpmn, zeebe, asl, svg\n`);
    }
    expect(await main(['export', 'map.flow.json', '--to', 'pdf', '--out', 'x'], io)).toBe(2);
    expect(out.stderr).toContain('flowwright: FW_USAGE: unknown --to pdf; use bpmn, zeebe, asl, svg\n');
    expect(await main(['export', 'map.flow.json', '--to', 'bpmn'], io)).toBe(2);
    expect(out.stderr).toContain('flowwright: FW_USAGE: export needs --out <file>\n');
  });
});
