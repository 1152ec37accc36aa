import { afterEach, describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../model';
import { applyScenario, scenarioIdOf } from './scenario';

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

describe('a scenario named on the command line', () => {
  const model = processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'm',
    nodes: [{ id: 'start', type: 'startEvent' }],
    flows: [],
    scenarios: [
      { id: 'deputy', name: 'A deputy budget owner' },
      { id: 'A deputy budget owner', name: 'Other' },
      { id: 'twin-1', name: 'Twin' },
      { id: 'twin-2', name: 'Twin' },
    ],
  });

  it('is found by its id first, then by its name, case and spaces aside', () => {
    expect(scenarioIdOf(model, 'deputy')).toBe('deputy');
    expect(scenarioIdOf(model, 'A deputy budget owner')).toBe('A deputy budget owner');
    expect(scenarioIdOf(model, '  other ')).toBe('A deputy budget owner');
  });

  it('is refused when unknown or when two scenarios share the name, listing them by name and id', () => {
    expect(() => scenarioIdOf(model, 'nope')).toThrow(
      expect.objectContaining({
        code: 'FW_SIM_UNKNOWN_SCENARIO',
        message: expect.stringContaining('"A deputy budget owner" (deputy), "Other" (A deputy budget owner)'),
      }),
    );
    expect(() => scenarioIdOf(model, 'twin')).toThrow(/scenario "twin" is not in the map/);
  });
});
