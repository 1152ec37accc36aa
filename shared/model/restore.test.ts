import { describe, expect, it } from 'vitest';
import { restore, restoreLimits } from './restore';
import { processSchema, SCHEMA_VERSION } from './schema';

const minimal = {
  format: 'flowwright.process',
  schemaVersion: 1,
  id: 'p',
  nodes: [
    { id: 'start', type: 'startEvent' },
    { id: 'end', type: 'endEvent' },
  ],
  flows: [{ id: 'f1', source: 'start', target: 'end' }],
};

function problemsOf(input: unknown) {
  const result = restore(input);
  if (result.ok) throw new Error('expected restore to fail');
  return result.problems;
}

describe('restore', () => {
  it('fills every default of a minimal document', () => {
    const result = restore(JSON.stringify(minimal));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.currency).toBe('EUR');
    expect(result.model.lanes).toEqual([]);
    expect(result.model.simulation.calendars).toEqual([]);
    expect(result.model.nodes[0]).toMatchObject({ name: '', x: 0, y: 0 });
    expect(result.fixes).toEqual([]);
  });

  it('accepts the full example of the design document', () => {
    const full = {
      ...minimal,
      name: 'Purchase approval',
      lanes: [{ id: 'requester', name: 'Requester', kind: 'internal' }],
      nodes: [
        { id: 'start', type: 'startEvent', name: 'Request submitted', lane: 'requester', x: 0, y: 0 },
        {
          id: 'review',
          type: 'task',
          taskType: 'user',
          name: 'Review',
          requiredFields: ['amount'],
          sim: { duration: { type: 'triangular', min: 300, mode: 600, max: 1800 }, resource: 'clerks', fixedCost: 0 },
        },
        {
          id: 'sla',
          type: 'boundaryEvent',
          eventType: 'timer',
          attachedTo: 'review',
          interrupting: false,
          timer: 86400,
        },
        { id: 'end', type: 'endEvent' },
      ],
      flows: [
        { id: 'f1', source: 'start', target: 'review' },
        { id: 'f2', source: 'review', target: 'end' },
      ],
      data: { fields: [{ name: 'amount', type: 'number', required: true, validation: 'amount > 0' }] },
      simulation: {
        arrivals: { interarrival: { type: 'exponential', mean: 1800 }, calendar: 'office' },
        resources: [{ id: 'clerks', name: 'Clerks', capacity: 2, costPerHour: 45, calendar: 'office' }],
        calendars: [{ id: 'office', weekly: [{ days: ['MON', 'FRI'], from: '09:00', to: '17:00' }] }],
      },
      scenarios: [{ id: 's', name: 'S', overrides: [{ path: '/simulation/resources/0/capacity', value: 3 }] }],
    };
    const result = restore(full);
    expect(result.ok).toBe(true);
  });

  it('names the line and column of broken JSON', () => {
    const [problem] = problemsOf('{\n  "format": "flowwright.process",\n  "nodes": [,]\n}');
    expect(problem.code).toBe('FW_RESTORE_JSON');
    expect(problem.message).toMatch(/line 3, column \d+/);
  });

  it('refuses a foreign document by its format', () => {
    const [problem] = problemsOf({ format: 'bpmn', nodes: [] });
    expect(problem.code).toBe('FW_RESTORE_NOT_FLOW');
    expect(problem.message).toContain('"bpmn"');
    expect(problemsOf([1, 2])[0].message).toContain('an array');
  });

  it('refuses an unknown, newer schemaVersion', () => {
    const [problem] = problemsOf({ ...minimal, schemaVersion: SCHEMA_VERSION + 1 });
    expect(problem.code).toBe('FW_RESTORE_VERSION');
    expect(problem.message).toContain('newer');
    expect(problemsOf({ ...minimal, schemaVersion: 'one' })[0].code).toBe('FW_RESTORE_VERSION');
  });

  it('names the path of each wrong type', () => {
    const problems = problemsOf({
      ...minimal,
      nodes: [
        { id: 'a', type: 'startEvent', x: 'left' },
        { id: 'b', type: 'blob' },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual(['nodes[0].x', 'nodes[1].type']);
    expect(problems.every((p) => p.code === 'FW_RESTORE_SCHEMA')).toBe(true);
  });

  it('refuses documents over the size limits before parsing them', () => {
    const nodes = Array.from({ length: restoreLimits.maxNodes + 1 }, (_, i) => ({ id: `n${i}`, type: 'task' }));
    expect(problemsOf({ ...minimal, nodes })[0].code).toBe('FW_RESTORE_TOO_LARGE');
    expect(problemsOf('x'.repeat(restoreLimits.maxChars + 1))[0].code).toBe('FW_RESTORE_TOO_LARGE');
  });

  it('keeps hostile names as plain strings', () => {
    const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const result = restore({ ...minimal, name, nodes: [{ id: 'start', type: 'startEvent', name }, minimal.nodes[1]] });
    expect(result.ok && result.model.nodes[0].name).toBe(name);
  });

  it('reports dropped unknown keys and keeps extensions', () => {
    const result = restore({
      ...minimal,
      colour: 'red',
      extensions: { vendor: { a: 1 } },
      nodes: [{ id: 'start', type: 'startEvent', shiny: true }, minimal.nodes[1]],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fixes).toEqual(['dropped unknown key colour', 'dropped unknown key nodes[0].shiny']);
    expect(result.model.extensions).toEqual({ vendor: { a: 1 } });
  });

  it('drops flows whose ends do not exist and says so', () => {
    const result = restore({ ...minimal, flows: [...minimal.flows, { id: 'f9', source: 'start', target: 'ghost' }] });
    expect(result.ok && result.model.flows.map((f) => f.id)).toEqual(['f1']);
    expect(result.ok && result.fixes[0]).toContain('dropped flow f9: it connects missing node ghost');
  });

  it('migrates the version 0 draft format', () => {
    const result = restore({
      id: 'old',
      schemaVersion: 0,
      nodes: [
        { id: 'a', type: 'startEvent' },
        { id: 't', type: 'task', name: 'Work', durationMinutes: 5 },
        { id: 'z', type: 'endEvent' },
      ],
      edges: [
        { id: 'e1', from: 'a', to: 't' },
        { id: 'e2', from: 't', to: 'z' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.flows).toEqual([
      { id: 'e1', source: 'a', target: 't' },
      { id: 'e2', source: 't', target: 'z' },
    ]);
    expect(result.model.nodes[1].sim?.duration).toEqual({ type: 'fixed', value: 300 });
    expect(result.fixes[0]).toMatch(/migrated from schemaVersion 0 to 1/);
  });

  it('round-trips: restoring a restored model changes nothing', () => {
    const first = restore(minimal);
    if (!first.ok) throw new Error('restore failed');
    const second = restore(JSON.parse(JSON.stringify(first.model)));
    expect(second.ok && second.model).toEqual(first.model);
    expect(processSchema.parse(first.model)).toEqual(first.model);
  });
});
