import { describe, it, expect } from 'vitest';
import { cleanModel, flow, node, problemsWith } from './testModels';

describe('FW_V_DUPLICATE_ID', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_DUPLICATE_ID')).toEqual([]);
  });

  it('reports an id shared by two nodes once, naming both', () => {
    const model = cleanModel();
    model.nodes.push(node({ id: 'cfo', type: 'task', name: 'Second CFO' }));
    expect(problemsWith(model, 'FW_V_DUPLICATE_ID')).toEqual([
      {
        severity: 'error',
        code: 'FW_V_DUPLICATE_ID',
        message: "Task 'CFO approval' and task 'Second CFO' share the id 'cfo'; each element needs its own",
        elementId: 'cfo',
      },
    ]);
  });

  it('treats nodes, flows and lanes as one id space', () => {
    const model = cleanModel();
    model.flows.push(flow({ id: 'submit', source: 'cfo', target: 'merge' }));
    model.lanes.push({ id: 'to-cfo', name: '', kind: 'internal' });
    const problems = problemsWith(model, 'FW_V_DUPLICATE_ID');
    expect(problems.map((p) => p.elementId)).toEqual(['submit', 'to-cfo']);
    expect(problems[0].message).toBe(
      "Task 'Submit request' and the flow from 'CFO approval' to an untitled exclusive gateway share the id 'submit'; " +
        'each element needs its own',
    );
    expect(problems[1].message).toContain("and an untitled lane share the id 'to-cfo'");
  });
});

describe('FW_V_TASK_NO_NAME', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_TASK_NO_NAME')).toEqual([]);
  });

  it('fires on tasks and sub-processes with empty or blank names, not on events or gateways', () => {
    const model = cleanModel();
    model.nodes.find((n) => n.id === 'cfo')!.name = '   ';
    model.nodes.find((n) => n.id === 'check')!.name = '';
    const problems = problemsWith(model, 'FW_V_TASK_NO_NAME');
    expect(problems.map((p) => [p.severity, p.elementId, p.message])).toEqual([
      [
        'warning',
        'check',
        "A sub-process after 'Submit request' has no name, so diagrams and reports cannot say what it does",
      ],
      [
        'warning',
        'cfo',
        "A task after 'Amount over 5000?' has no name, so diagrams and reports cannot say what it does",
      ],
    ]);
  });
});
