// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../../model';
import { exportSvg } from '../svg';
import { diffOverlays } from './diffOverlay';
import { mapChanges } from './mapChanges';

function map(nodes: object[], flows: object[], resources: object[] = []): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'm',
    nodes,
    flows,
    simulation: { resources },
  });
}

const review = { duration: { type: 'fixed', value: 60 }, resource: 'clerks' };
const current = map(
  [
    { id: 'start', type: 'startEvent', name: 'Request', x: 0, y: 100 },
    { id: 'review', type: 'task', taskType: 'user', name: 'Check', x: 150, y: 100, sim: review },
    { id: 'fax', type: 'task', name: 'Fax the form', x: 300, y: 100 },
    { id: 'done', type: 'endEvent', x: 450, y: 100 },
  ],
  [
    { id: 'f1', source: 'start', target: 'review' },
    { id: 'f2', source: 'review', target: 'fax' },
    { id: 'f3', source: 'fax', target: 'done' },
  ],
  [{ id: 'clerks', name: 'Clerks', capacity: 2, costPerHour: 30 }],
);
const future = map(
  [
    { id: 'start', type: 'startEvent', name: 'Request', x: 0, y: 100 },
    {
      id: 'review',
      type: 'task',
      taskType: 'user',
      name: 'Review',
      x: 160,
      y: 120,
      sim: { duration: { type: 'fixed', value: 30 }, resource: 'robots' },
    },
    { id: 'auto', type: 'task', taskType: 'service', name: 'Auto check', x: 300, y: 100 },
    { id: 'done', type: 'endEvent', x: 450, y: 100 },
  ],
  [
    { id: 'f1', source: 'start', target: 'review' },
    { id: 'f2', source: 'review', target: 'auto', name: 'checked' },
    { id: 'f4', source: 'auto', target: 'done' },
  ],
  [
    { id: 'clerks', name: 'Clerks', capacity: 3, costPerHour: 30 },
    { id: 'robots', name: 'Robots', capacity: 1 },
  ],
);

describe('the changes from the current map to the future one, in words', () => {
  it('names each added, removed and changed element, its kind and what changed about it', () => {
    expect(mapChanges(current, future).map((c) => [c.kind, c.element, c.id, c.text])).toEqual([
      ['added', 'node', 'auto', "Added service task 'Auto check'"],
      ['added', 'flow', 'f4', "Added flow from 'Auto check' to the end event (done)"],
      ['removed', 'node', 'fax', "Removed task 'Fax the form'"],
      ['removed', 'flow', 'f3', "Removed flow from 'Fax the form' to the end event (done)"],
      ['changed', 'node', 'review', "Changed 'Review' (was 'Check'): name, duration, pool"],
      ['changed', 'flow', 'f2', "Changed flow 'checked' from 'Review' to 'Auto check': name, where it leads"],
      ['changed', 'pool', 'clerks', "Changed pool 'Clerks': capacity 2 → 3"],
      ['added', 'pool', 'robots', "Added pool 'Robots'"],
    ]);
  });

  it('finds nothing between a map and a copy of it moved on the canvas, and names unnamed nodes by kind and id', () => {
    const moved = structuredClone(current);
    moved.nodes[2].x = 900;
    expect(mapChanges(current, moved)).toEqual([]);
    const withGateway = structuredClone(current);
    withGateway.nodes.push({ id: 'gw', type: 'exclusiveGateway', name: '', x: 0, y: 0 });
    withGateway.simulation.arrivals = { interarrival: { type: 'fixed', value: 60 } };
    expect(mapChanges(current, withGateway).map((c) => c.text)).toEqual([
      'Added unnamed exclusive gateway (gw)',
      'Changed the arrivals of new cases',
    ]);
  });
});

describe('the structural difference drawn on both maps', () => {
  const overlays = diffOverlays(current, future);

  it('marks removed and changed elements on the current map, added and changed ones on the future map', () => {
    expect([...overlays.current.nodes.keys()]).toEqual(['fax', 'review']);
    expect([...overlays.future.nodes.keys()]).toEqual(['auto', 'review']);
    expect([...overlays.current.badges!.values()].map((b) => b.label)).toEqual(['Removed', 'Changed']);
    expect([...overlays.future.badges!.values()].map((b) => b.label)).toEqual(['Added', 'Changed']);
    expect([...overlays.current.flowMarks!.keys()]).toEqual(['f3', 'f2']);
    expect([...overlays.future.flowMarks!.keys()]).toEqual(['f4', 'f2']);
    expect(overlays.future.nodes.get('auto')?.text).toBe("Added service task 'Auto check'");
  });

  it('draws the marks into the SVG picture with their words, and the results overlay still draws', () => {
    const svg = exportSvg(future, overlays.future);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const layer = doc.querySelector('g.results-overlay')!;
    expect([...layer.querySelectorAll('g.badge text')].map((t) => t.textContent)).toEqual(['Added', 'Changed']);
    expect([...layer.querySelectorAll('g.flow-mark-label text')].map((t) => t.textContent)).toEqual([
      'changed',
      'added',
    ]);
    expect([...layer.querySelectorAll('g.flow-mark title')].map((t) => t.textContent)).toContain(
      "Added flow from 'Auto check' to the end event (done)",
    );
    expect(layer.querySelectorAll('g.flow-mark polyline')).toHaveLength(2);
    // No counts on flows: a difference is not a run.
    expect(layer.querySelectorAll('g.flow-count')).toHaveLength(0);
  });
});
