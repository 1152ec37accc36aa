import { describe, expect, it } from 'vitest';
import { applyPatch, setProperty, type ProcessModel } from '../../shared/model';
import { problemLevels, problemsOf } from '../store/problems';
import { largeMap, mapOf, reviewMap } from '../store/testMaps';
import { createProjection, type ProjectionInput } from './projection';

const input = (model: ProcessModel, extra: Partial<ProjectionInput> = {}): ProjectionInput => ({
  model,
  selection: new Set(),
  dragging: new Map(),
  problems: problemLevels(problemsOf(model)),
  scope: null,
  ...extra,
});

describe('canvas projection', () => {
  it('draws lanes as bands behind the nodes and flows as edges', () => {
    const { nodes, edges } = createProjection()(input(reviewMap()));
    expect(nodes.map((n) => `${n.type}:${n.id}`)).toEqual(['lane:clerks', 'event:start', 'task:review', 'event:done']);
    const lane = nodes[0];
    expect(lane.position.y).toBe(0);
    expect(lane.height).toBe(200);
    expect(lane.width).toBeGreaterThan(400);
    expect(edges.map((e) => [e.source, e.target])).toEqual([
      ['start', 'review'],
      ['review', 'done'],
    ]);
    expect(nodes[2].ariaLabel).toBe('User task: Review');
  });

  it('keeps untouched elements identical after an edit, so that only the edited one re-renders', () => {
    const project = createProjection();
    const model = reviewMap();
    const before = project(input(model));
    const renamed = model.nodes.map((n) => (n.id === 'review' ? { ...n, name: 'Check' } : n));
    const after = project(input({ ...model, nodes: renamed }));
    const changed = after.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['review']);
    expect(after.edges.filter((e, i) => e !== before.edges[i]).map((e) => e.id)).toEqual(['f1', 'f2']);
    const same = { ...model, nodes: renamed };
    const first = project(input(same));
    expect(project(input(same)).nodes).toBe(first.nodes);
  });

  it('moves dragged nodes, their boundary events, and a dragged lane’s nodes, without touching the model', () => {
    const model = mapOf({
      lanes: [{ id: 'l', name: 'L', y: 0, height: 200 }],
      nodes: [
        { id: 'a', type: 'task', x: 100, y: 50, lane: 'l' },
        { id: 't', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'a' },
        { id: 'b', type: 'task', x: 300, y: 50, lane: 'l' },
      ],
    });
    const project = createProjection();
    const dragged = project(input(model, { dragging: new Map([['a', { x: 140, y: 90 }]]) }));
    const at = (id: string) => dragged.nodes.find((n) => n.id === id)!.position;
    expect(at('a')).toEqual({ x: 140, y: 90 });
    expect(at('t').y).toBe(90 + 80 - 18);
    const laneDrag = project(input(model, { dragging: new Map([['l', { x: 0, y: 100 }]]) }));
    expect(laneDrag.nodes.find((n) => n.id === 'b')!.position).toEqual({ x: 300, y: 150 });
    expect(model.nodes[0].x).toBe(100);
  });

  it('marks elements with problems and shows the inside of a sub-process only when it is opened', () => {
    const model = mapOf({
      nodes: [
        { id: 's', type: 'startEvent' },
        { id: 'sub', type: 'subProcess', name: 'Handle' },
        { id: 'inner', type: 'task', name: 'Inner', parent: 'sub' },
      ],
      flows: [{ id: 'f', source: 's', target: 'sub' }],
    });
    const { nodes } = createProjection()(input(model));
    expect(nodes.map((n) => n.id)).toEqual(['s', 'sub']);
    expect(nodes.find((n) => n.id === 'sub')!.data).toMatchObject({ problem: expect.stringMatching(/error|warning/) });
    const inside = createProjection()(input(model, { scope: 'sub' }));
    expect(inside.nodes.map((n) => n.id)).toEqual(['inner']);
    expect(inside.edges).toEqual([]);
  });

  // Its speed is measured by `npm run bench -- canvas`; here, what makes it fast: only the edited node is rebuilt.
  it('re-projects a property edit on a 1,000-node map by rebuilding only the edited node', () => {
    const project = createProjection();
    let model = largeMap();
    expect(model.nodes).toHaveLength(1000);
    let previous = project(input(model)).nodes;
    for (let i = 0; i < 5; i++) {
      const id = `t${i * 100}`;
      const edit = setProperty(model, { target: { kind: 'node', id }, path: 'description', value: `edit ${i}` })!;
      model = applyPatch(model, edit.patch);
      const { nodes } = project(input(model));
      expect(nodes.find((n) => n.id === id)!.data).toMatchObject({ node: { description: `edit ${i}` } });
      const before = new Map(previous.map((n) => [n.id, n]));
      const rebuilt = nodes.filter((n) => before.get(n.id) !== n).map((n) => n.id);
      expect(rebuilt).toEqual([id]);
      previous = nodes;
    }
  });
});
