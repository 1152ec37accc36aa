import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ProcessModel, ProcessModelInput } from '../model';
import { validateModel, validationRules, hasErrors } from './index';
import { chain, cleanModel, largeModel, modelOf, node } from './testModels';

describe('validateModel', () => {
  it('finds nothing wrong with clean maps', () => {
    expect(validateModel(cleanModel())).toEqual([]);
    expect(validateModel(largeModel(3))).toEqual([]);
  });

  it('reports errors first, then warnings, each in catalogue order', () => {
    const model = cleanModel();
    model.nodes.push(node({ id: 'orphan', type: 'task' }), node({ id: 'loose', type: 'boundaryEvent' }));
    const codes = validateModel(model).map((p) => [p.severity, p.code, p.elementId]);
    expect(codes).toEqual([
      ['error', 'FW_V_BOUNDARY_HOST', 'loose'],
      ['error', 'FW_V_DEAD_END', 'orphan'],
      ['error', 'FW_V_DEAD_END', 'loose'],
      ['warning', 'FW_V_UNREACHABLE', 'orphan'],
      ['warning', 'FW_V_UNREACHABLE', 'loose'],
      ['warning', 'FW_V_TASK_NO_NAME', 'orphan'],
    ]);
  });

  it('says whether any problem is an error', () => {
    const model = cleanModel();
    expect(hasErrors(validateModel(model))).toBe(false);
    model.nodes.find((n) => n.id === 'cfo')!.name = '';
    expect(hasErrors(validateModel(model))).toBe(false);
    model.nodes.push(node({ id: 'loose', type: 'boundaryEvent' }));
    expect(hasErrors(validateModel(model))).toBe(true);
  });
});

describe('validationRules', () => {
  it('has unique codes, each with a title, description and fix', () => {
    expect(new Set(validationRules.map((r) => r.code)).size).toBe(validationRules.length);
    for (const rule of validationRules) {
      expect(rule.code).toMatch(/^FW_V_[A-Z_]+$/);
      expect(rule.title && rule.description && rule.fix).toBeTruthy();
    }
  });

  it('is listed in docs/validation.md with the same severities', () => {
    const docs = readFileSync(new URL('../../docs/validation.md', import.meta.url), 'utf8');
    for (const rule of validationRules)
      expect(docs).toMatch(new RegExp(`\\|\\s*\`${rule.code}\`\\s*\\|\\s*${rule.severity}\\s*\\|`));
  });
});

/** A chain of parallel splits each with one branch that ends on its own: the parallel trace's worst shape. */
function danglingForks(count: number): ProcessModel {
  const nodes: ProcessModelInput['nodes'] = [
    { id: 's', type: 'startEvent' },
    { id: 'e', type: 'endEvent' },
  ];
  const flows: ProcessModelInput['flows'] = [];
  let previous = 's';
  for (let i = 0; i < count; i++) {
    // Every other split's lone branch has an end event of its own; the rest share the final one.
    const branchEnd = i % 2 ? 'e' : `e${i}`;
    nodes.push(
      { id: `fork${i}`, type: 'parallelGateway' },
      { id: `t${i}`, type: 'task', name: `Task ${i}` },
      { id: `notify${i}`, type: 'task', name: `Notify ${i}` },
    );
    if (branchEnd !== 'e') nodes.push({ id: branchEnd, type: 'endEvent' });
    flows.push(...chain(previous, `fork${i}`, `t${i}`), ...chain(`fork${i}`, `notify${i}`, branchEnd));
    previous = `t${i}`;
  }
  flows.push(...chain(previous, 'e'));
  return modelOf(nodes, flows);
}

describe('validateModel on large maps', () => {
  // Speed is measured by `npm run bench` (test/bench/validate.bench.ts); these check the answers at scale.
  it('finds nothing wrong with a clean 1,000-node, 1,200-flow map', () => {
    const model = largeModel(111);
    expect(model.nodes.length).toBeGreaterThanOrEqual(1000);
    expect(model.flows.length).toBeGreaterThanOrEqual(1200);
    expect(validateModel(model)).toEqual([]);
  });

  it("handles the parallel trace's worst shape at ten times the size", () => {
    for (const build of [largeModel, danglingForks]) expect(validateModel(build(1500))).toEqual([]);
  });
});
