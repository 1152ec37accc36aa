import { describe, expect, it } from 'vitest';
import { restore, type ProcessModel } from '../../shared/model';
import { flowJsonText, readFlowJson } from './applyFlowJson';

function sampleModel(): ProcessModel {
  const result = restore({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'p',
    name: 'Purchase approval',
    nodes: [
      { id: 'start', type: 'startEvent', name: 'Start', x: 0, y: 0 },
      { id: 'end', type: 'endEvent', name: 'End', x: 200, y: 0 },
    ],
    flows: [{ id: 'f1', source: 'start', target: 'end' }],
  });
  if (!result.ok) throw new Error('sample does not restore');
  return result.model;
}

describe('readFlowJson', () => {
  it('applies an edited name and leaves the rest of the map as it was', () => {
    const model = sampleModel();
    const outcome = readFlowJson(flowJsonText(model).replace('"Purchase approval"', '"Purchase request"'), model);
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.model.name).toBe('Purchase request');
    expect(outcome.model.nodes).toEqual(model.nodes);
  });

  it('says when the text means the same map, even re-indented', () => {
    const model = sampleModel();
    expect(readFlowJson(JSON.stringify(model), model)).toEqual({ kind: 'unchanged' });
  });

  it('rejects text that is not JSON, with where it breaks', () => {
    const outcome = readFlowJson('{ "format": ', sampleModel());
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind === 'rejected') expect(outcome.problems[0]).toMatch(/line 1/);
  });

  it('rejects a map the schema refuses, naming the path', () => {
    const model = sampleModel();
    const text = flowJsonText(model).replace('"type": "endEvent"', '"type": "teleporter"');
    const outcome = readFlowJson(text, model);
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind === 'rejected') expect(outcome.problems.join('\n')).toMatch(/nodes\[1\]\.type/);
  });
});
