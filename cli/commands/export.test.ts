import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { importBpmn } from '../../shared/io/bpmn';
import { purchaseApproval } from '../../shared/io/bpmn/testMaps';
import { main } from '../main';
import { memoryIO } from '../memoryIO';

const require = createRequire(import.meta.url);
const validateAsl = require('asl-validator') as (definition: unknown) => { isValid: boolean };

/** The purchase approval without its non-interrupting reminder (which Step Functions cannot express). */
function stepFunctionsMap() {
  const model = purchaseApproval();
  model.nodes = model.nodes.filter((n) => !['sla', 'remind', 'reminded'].includes(n.id));
  model.flows = model.flows.filter((f) => !['f10', 'f11'].includes(f.id));
  return model;
}

const maps = {
  'map.flow.json': JSON.stringify(purchaseApproval()),
  'steps.flow.json': JSON.stringify(stepFunctionsMap()),
  'broken.flow.json': JSON.stringify({
    ...purchaseApproval(),
    nodes: purchaseApproval().nodes.filter((n) => n.id !== 'start'),
  }),
};

describe('flowwright export', () => {
  it('writes BPMN that imports back to the same map', async () => {
    const { io, out, files } = memoryIO(maps);
    expect(await main(['export', 'map.flow.json', '--to', 'bpmn', '--out', 'map.bpmn'], io)).toBe(0);
    expect(out.stdout).toBe('map.flow.json → map.bpmn: BPMN 2.0\n');
    const { model } = await importBpmn(files['map.bpmn']);
    expect(model.nodes.map((n) => n.id).sort()).toEqual(
      purchaseApproval()
        .nodes.map((n) => n.id)
        .sort(),
    );
  });

  it('writes Camunda 8 BPMN with --to zeebe, saying which values it derived', async () => {
    const { io, out, files } = memoryIO(maps);
    expect(await main(['export', 'map.flow.json', '--to', 'zeebe', '--out', 'map.bpmn'], io)).toBe(0);
    expect(files['map.bpmn']).toContain('modeler:executionPlatformVersion="8.8.0"');
    const lines = out.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'map.flow.json → map.bpmn: Camunda 8 (Zeebe) BPMN',
      'Derived, as the map does not set them:',
    ]);
    expect(lines).toContain("  Job type for 'Book budget' derived from its name: book-budget");
    expect(lines).toContain("  Candidate groups for 'Review request' derived from its lane 'Finance': finance");
    // Check budget's job type is set in the map: it is written, not reported.
    expect(out.stdout).not.toContain("'Check budget'");
    expect(files['map.bpmn']).toContain('<zeebe:taskDefinition type="check-budget" />');
  });

  it('writes the map itself with --to flow, as the app saves it', async () => {
    const { io, files } = memoryIO(maps);
    expect(await main(['export', 'map.flow.json', '--to', 'flow', '--out', 'copy.flow.json'], io)).toBe(0);
    expect(JSON.parse(files['copy.flow.json'])).toEqual(purchaseApproval());
  });

  it('writes a valid Step Functions definition with --to asl', async () => {
    const { io, files } = memoryIO(maps);
    expect(await main(['export', 'steps.flow.json', '--to', 'asl', '--out', 'steps.asl.json'], io)).toBe(0);
    const machine = JSON.parse(files['steps.asl.json']);
    expect(machine.StartAt).toBe('Enter request');
    expect(validateAsl(machine).isValid).toBe(true);
  });

  it('writes an SVG picture with --to svg', async () => {
    const { io, files } = memoryIO(maps);
    expect(await main(['export', 'map.flow.json', '--to', 'svg', '--out', 'map.svg'], io)).toBe(0);
    expect(files['map.svg']).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(files['map.svg']).toContain('>Enter request</text>');
  });

  it('fails (exit 1) when the target cannot express the map, naming the element', async () => {
    const { io, out, files } = memoryIO(maps);
    expect(await main(['export', 'map.flow.json', '--to', 'asl', '--out', 'map.asl.json'], io)).toBe(1);
    expect(out.stderr).toMatch(/^flowwright: FW_EXPORT_UNSUPPORTED: map\.flow\.json: 'One day passed' \(a non-/);
    expect(files['map.asl.json']).toBeUndefined();
  });

  it('refuses to write a runnable definition of a map with validation errors', async () => {
    const { io, out } = memoryIO(maps);
    expect(await main(['export', 'broken.flow.json', '--to', 'zeebe', '--out', 'x.bpmn'], io)).toBe(1);
    expect(out.stderr).toMatch(
      /^flowwright: FW_MODEL_INVALID: broken\.flow\.json has \d+ validation errors?, so it cannot run: FW_V_NO_START/,
    );
  });

  it('writes a PNG picture at twice the size of the SVG with --to png', async () => {
    const { io, out, files, binary } = memoryIO(maps);
    expect(await main(['export', 'map.flow.json', '--to', 'png', '--out', 'map.png'], io)).toBe(0);
    expect(out.stdout).toBe('map.flow.json → map.png: PNG image\n');
    const png = binary['map.png'];
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(String.fromCharCode(...png.slice(12, 16))).toBe('IHDR');
    await main(['export', 'map.flow.json', '--to', 'svg', '--out', 'map.svg'], io);
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(files['map.svg'])!.map(Number);
    expect(view.getUint32(16)).toBe(width * 2);
    expect(view.getUint32(20)).toBe(height * 2);
    // A picture of a real map, not an empty canvas: the encoded pixels take many kilobytes.
    expect(png.length).toBeGreaterThan(50_000);
  });

  it('fails (exit 1) to simulate a sample of a map that cannot run, naming why', async () => {
    const { io, out, files } = memoryIO(maps);
    expect(await main(['export', 'broken.flow.json', '--to', 'xes-sample', '--out', 'x.xes'], io)).toBe(1);
    expect(out.stderr).toMatch(/^flowwright: FW_SIM_INVALID_MODEL: broken\.flow\.json: the map cannot be simulated/);
    expect(files['x.xes']).toBeUndefined();
  });

  it('writes the JSON schema of the file format with --to schema, from no model', async () => {
    const { io, files } = memoryIO(maps);
    expect(await main(['export', '--to', 'schema', '--out', 'flow.schema.json'], io)).toBe(0);
    expect(JSON.parse(files['flow.schema.json'])).toMatchObject({
      title: 'Flowwright process map (.flow.json)',
      required: expect.arrayContaining(['nodes', 'flows']),
    });
  });

  it('says what is wrong with the arguments, and which targets exist', async () => {
    const { io, out } = memoryIO(maps);
    const targets = 'flow, bpmn, zeebe, asl, svg, png, xes-sample, schema';
    expect(await main(['export', 'map.flow.json', '--to', 'pdf', '--out', 'x'], io)).toBe(2);
    expect(out.stderr).toContain(`flowwright: FW_USAGE: unknown --to pdf; use ${targets}\n`);
    expect(await main(['export', 'map.flow.json', '--to', 'bpmn'], io)).toBe(2);
    expect(out.stderr).toContain('flowwright: FW_USAGE: export needs --out <file>\n');
    expect(await main(['export', 'map.flow.json', '--to', 'svg', '--cases', '5', '--out', 'x'], io)).toBe(2);
    expect(out.stderr).toContain('flowwright: FW_USAGE: --cases and --seed apply to --to xes-sample only\n');
    expect(await main(['export', 'map.flow.json', '--to', 'xes-sample', '--cases', '0', '--out', 'x'], io)).toBe(2);
    expect(out.stderr).toContain('flowwright: FW_USAGE: --cases must be at least 1, got 0\n');
    expect(await main(['export', 'map.flow.json', '--to', 'schema', '--out', 'x'], io)).toBe(2);
    expect(out.stderr).toContain('flowwright: FW_USAGE: --to schema takes no model file\n');
  });
});
