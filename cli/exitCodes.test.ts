import { describe, expect, it } from 'vitest';
import { FlowwrightError } from '../shared/model';
import { purchaseApproval } from '../shared/io/bpmn/testMaps';
import { buildModel } from '../shared/sim/testing/models';
import { main } from './main';
import { memoryIO } from './memoryIO';

/** Runs with no `start` event and a pool of no units: valid as a file, but neither the engine nor Camunda can run it. */
function unrunnable() {
  const model = buildModel(
    [
      { id: 's', type: 'startEvent' },
      { id: 'work', type: 'task', name: 'Work', sim: { resource: 'clerks' } },
      { id: 'e', type: 'endEvent' },
    ],
    [
      ['s', 'work'],
      ['work', 'e'],
    ],
    { resources: [{ id: 'clerks', capacity: 0 }] },
  );
  return model;
}

/** The purchase approval whose default branch lost its mark: valid and simulable, but Camunda 8 needs a condition. */
function bareBranch() {
  const model = purchaseApproval();
  const flow = model.flows.find((f) => f.id === 'f6')!;
  delete flow.default;
  return model;
}

const maps = {
  'stuck.flow.json': JSON.stringify(unrunnable()),
  'bare.flow.json': JSON.stringify(bareBranch()),
  'map.flow.json': JSON.stringify(purchaseApproval()),
};

async function run(...argv: string[]) {
  const { io, out, files } = memoryIO(maps);
  const code = await main(argv, io);
  return { code, ...out, files };
}

const codesOn = (stderr: string) => [...stderr.matchAll(/^flowwright: (FW_[A-Z_]+):/gm)].map((m) => m[1]);

describe('exit codes: a map that cannot run fails (1) the same way everywhere', () => {
  it('simulate, export --to xes-sample and validate --for simulate all exit 1 with the engine code', async () => {
    const simulate = await run('simulate', 'stuck.flow.json');
    expect(simulate.code).toBe(1);
    expect(codesOn(simulate.stderr)).toEqual(['FW_SIM_ZERO_CAPACITY', 'FW_SIM_INVALID_MODEL']);

    const sample = await run('export', 'stuck.flow.json', '--to', 'xes-sample', '--out', 'x.xes');
    expect(sample.code).toBe(1);
    expect(codesOn(sample.stderr)).toEqual(['FW_SIM_INVALID_MODEL']);
    expect(sample.files['x.xes']).toBeUndefined();

    const validate = await run('validate', 'stuck.flow.json', '--for', 'simulate', '--json');
    expect(validate.code).toBe(1);
    expect(codesOn(validate.stderr)).toEqual(['FW_SIM_INVALID_MODEL']);
    expect(JSON.parse(validate.stdout).problems).toContainEqual({
      severity: 'error',
      code: 'FW_SIM_ZERO_CAPACITY',
      message: 'the pool has capacity 0, so the tasks that use it would wait forever',
      elementId: 'clerks',
    });
    // Without --for, the lint alone finds nothing wrong with the drawing.
    expect((await run('validate', 'stuck.flow.json')).code).toBe(0);
  });

  it('validate --for simulate applies a scenario as simulate does', async () => {
    const model = unrunnable();
    model.simulation.resources[0].capacity = 1;
    model.scenarios = [
      { id: 'none', name: 'No clerks', overrides: [{ path: '/simulation/resources/0/capacity', value: 0 }] },
    ];
    const { io, out } = memoryIO({ 'm.flow.json': JSON.stringify(model) });
    expect(await main(['validate', 'm.flow.json', '--for', 'simulate'], io)).toBe(0);
    expect(await main(['validate', 'm.flow.json', '--for', 'simulate', '--scenario', 'none'], io)).toBe(1);
    expect(await main(['simulate', 'm.flow.json', '--scenario', 'none'], io)).toBe(1);
    expect(codesOn(out.stderr)).toEqual(['FW_SIM_INVALID_MODEL', 'FW_SIM_ZERO_CAPACITY', 'FW_SIM_INVALID_MODEL']);
  });

  it('export --to zeebe and validate --for zeebe refuse a branch Camunda cannot take, with exit 1', async () => {
    const exported = await run('export', 'bare.flow.json', '--to', 'zeebe', '--out', 'x.bpmn');
    expect(exported.code).toBe(1);
    expect(codesOn(exported.stderr)).toEqual(['FW_EXPORT_CONDITION']);
    const validate = await run('validate', 'bare.flow.json', '--for', 'zeebe');
    expect(validate.code).toBe(1);
    expect(codesOn(validate.stderr)).toEqual(['FW_EXPORT_CONDITION']);
    expect(validate.stdout).toMatch(
      /^error +Flow from 'Route by amount' to 'Review request' has no condition .*\[FW_EXPORT_CONDITION\]$/m,
    );
    expect((await run('validate', 'bare.flow.json', '--for', 'simulate')).code).toBe(0);
  });

  it('export --to asl and validate --for asl agree on what Step Functions cannot express', async () => {
    const exported = await run('export', 'map.flow.json', '--to', 'asl', '--out', 'x.json');
    const validate = await run('validate', 'map.flow.json', '--for', 'asl');
    expect([exported.code, validate.code]).toEqual([1, 1]);
    expect(codesOn(exported.stderr)).toEqual(['FW_EXPORT_UNSUPPORTED']);
    expect(codesOn(validate.stderr)).toEqual(['FW_EXPORT_UNSUPPORTED']);
    expect(validate.stdout).toContain(
      "'One day passed' (a non-interrupting timer boundary event) has no Step Functions",
    );
  });

  it('refuses an unknown --for, and --scenario without --for simulate, as bad usage (2)', async () => {
    expect((await run('validate', 'map.flow.json', '--for', 'bpmn')).stderr).toBe(
      'flowwright: FW_USAGE: --for takes simulate, zeebe, asl, got bpmn\n',
    );
    expect((await run('validate', 'map.flow.json', '--scenario', 'x')).code).toBe(2);
  });
});

describe('exit codes: internal errors (3)', () => {
  const failingIO = (error: unknown) => {
    const memory = memoryIO(maps);
    memory.io.checkOutput = async () => {
      throw error;
    };
    return memory;
  };

  it('prints one line FW_INTERNAL with exit 3, and the stack only with --debug', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const plain = failingIO(bug);
    expect(await main(['export', 'map.flow.json', '--to', 'svg', '--out', 'x.svg'], plain.io)).toBe(3);
    expect(plain.out.stderr).toBe(
      "flowwright: FW_INTERNAL: TypeError: Cannot read properties of undefined (reading 'x') " +
        '(run again with --debug for the details to report)\n',
    );
    const debug = failingIO(bug);
    expect(await main(['export', 'map.flow.json', '--debug', '--to', 'svg', '--out', 'x.svg'], debug.io)).toBe(3);
    const [first, ...stack] = debug.out.stderr.trimEnd().split('\n');
    expect(first).toBe("flowwright: FW_INTERNAL: TypeError: Cannot read properties of undefined (reading 'x')");
    expect(stack[0]).toMatch(/^TypeError: /);
    expect(stack.some((line) => /^\s+at /.test(line))).toBe(true);
  });

  it('gives a coded FW_INTERNAL exit 3 too, never the usage code', async () => {
    const guard = failingIO(new FlowwrightError('FW_INTERNAL', 'the simulation exceeded its event guard'));
    expect(await main(['export', 'map.flow.json', '--to', 'svg', '--out', 'x.svg'], guard.io)).toBe(3);
    expect(guard.out.stderr.split('\n')).toHaveLength(2);
  });

  it('accepts --debug on a run that goes well, and lists it in every help', async () => {
    expect((await run('validate', 'map.flow.json', '--debug')).code).toBe(0);
    expect((await run('simulate', '--help')).stdout).toContain('--debug');
    expect((await run('--help')).stdout).toContain('3 an internal error');
  });
});
