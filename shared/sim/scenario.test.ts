import { afterEach, describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../model';
import { applyScenario } from './scenario';

function withOverride(path: string, value: unknown): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'm',
    nodes: [{ id: 'start', type: 'startEvent' }],
    flows: [],
    simulation: { resources: [{ id: 'clerks', capacity: 1 }] },
    scenarios: [{ id: 'hostile', overrides: [{ path, value }] }],
  });
}

const prototypeNames = ['polluted', 'isAdmin'];

afterEach(() => {
  // Should a test fail, keep the pollution from leaking into the next ones.
  for (const name of prototypeNames) delete (Object.prototype as Record<string, unknown>)[name];
});

describe('scenario overrides', () => {
  it('apply in place of the value at their path', () => {
    const model = withOverride('/simulation/resources/0/capacity', 4);
    expect(applyScenario(model, 'hostile').simulation.resources[0].capacity).toBe(4);
    expect(model.simulation.resources[0].capacity).toBe(1);
  });

  it.each([
    '/__proto__/polluted',
    '/simulation/__proto__/polluted',
    '/nodes/0/__proto__/polluted',
    '/constructor/prototype/polluted',
    '/nodes/constructor/prototype/polluted',
    '/simulation/resources/0/constructor/prototype/isAdmin',
    '/nodes/0/prototype',
  ])('refuse %s and leave every object unchanged', (path) => {
    const model = withOverride(path, true);
    expect(() => applyScenario(model, 'hostile')).toThrow(
      expect.objectContaining({ code: 'FW_SIM_BAD_OVERRIDE', message: expect.stringMatching(/is not allowed/) }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuse a path through an inherited name as missing', () => {
    const model = withOverride('/simulation/toString/x', 1);
    expect(() => applyScenario(model, 'hostile')).toThrow(/no "toString" in the map/);
  });
});
