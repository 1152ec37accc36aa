import { describe, expect, it } from 'vitest';
import type { ProcessModel } from '../../model';
import { purchaseApproval } from '../bpmn/testMaps';
import { artifactsSvg } from './artifactsSvg';
import { keptBpmn } from './bpmnKept';
import { exportSvg } from './exportSvg';
import { keptModelDrawing } from '../bpmn/keptShapes';

const group = { kind: 'group', id: 'g1', name: 'Checks', bounds: { x: 0, y: 0, width: 200, height: 100 } };
const message = {
  id: 'm1',
  source: 'enter',
  target: 'budget',
  waypoints: [
    { x: 0, y: 0 },
    { x: 10, y: 10 },
  ],
};

/** The test map with `bpmn` as its kept BPMN extension, and with its first task's kept node drawing. */
function withKept(bpmn: unknown, nodeBpmn?: unknown): ProcessModel {
  const model = purchaseApproval();
  const [first, ...rest] = model.nodes;
  const nodes = nodeBpmn === undefined ? model.nodes : [{ ...first, extensions: { bpmn: nodeBpmn } }, ...rest];
  return { ...model, nodes, extensions: { bpmn } as ProcessModel['extensions'] };
}

describe('the kept BPMN drawing of a file with the wrong shapes', () => {
  it.each([
    ['a text where a list belongs', { artifacts: 'x', messageFlows: 'y' }],
    ['a number', 7],
    ['null', null],
    ['lists of wrong items', { artifacts: [null, 1, 'x', { kind: 5 }], messageFlows: [{ id: 'm', waypoints: 'x' }] }],
    ['waypoints that are not points', { artifacts: [{ kind: 'association', id: 'a', waypoints: [1, 2] }] }],
  ])('draws no kept elements for %s, and does not throw', (_, bpmn) => {
    const model = withKept(bpmn);
    expect(keptModelDrawing(model)).toEqual({ artifacts: [], messageFlows: [] });
    expect(artifactsSvg(model, new Map())).toBe('');
    expect(() => exportSvg(model)).not.toThrow();
  });

  it('keeps the well-formed items next to broken ones', () => {
    const model = withKept({
      artifacts: [group, 'x', { ...group, id: 'g2', bounds: 'x' }],
      messageFlows: [message, 3],
    });
    const kept = keptModelDrawing(model);
    expect(kept.artifacts.map((a) => a.id)).toEqual(['g1']);
    expect(kept.messageFlows.map((f) => f.id)).toEqual(['m1']);
    const svg = artifactsSvg(model, new Map());
    expect(svg).toContain('class="group"');
    expect(svg).toContain('class="message-flow"');
  });

  it('reads only the well-formed parts of a node drawing', () => {
    expect(keptBpmn({ extensions: { bpmn: 'x' } })).toEqual({});
    expect(keptBpmn({ extensions: { bpmn: { element: 3, loop: 'x', expanded: 'yes', annotates: 5 } } })).toEqual({});
    expect(
      keptBpmn({
        extensions: { bpmn: { element: 'CallActivity', loop: { kind: 'standard' }, annotates: [{ node: 'a' }] } },
      }),
    ).toEqual({ element: 'CallActivity', loop: { kind: 'standard' }, annotates: [{ node: 'a' }] });
  });

  it('draws a map whose annotation links and loops have the wrong shape', () => {
    const model = purchaseApproval();
    const nodes = [
      ...model.nodes.map((n) => ({ ...n, extensions: { bpmn: { loop: 'x', annotates: 5, expanded: 1 } } })),
      { id: 'note', type: 'annotation' as const, name: 'Note', x: 0, y: 0, extensions: { bpmn: { annotates: 5 } } },
    ];
    expect(() => exportSvg({ ...model, nodes })).not.toThrow();
  });
});
