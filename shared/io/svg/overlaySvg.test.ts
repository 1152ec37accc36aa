// @vitest-environment jsdom
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { purchaseApproval } from '../bpmn/testMaps';
import { exportSvg } from './exportSvg';
import type { SvgOverlay } from './overlaySvg';

describe('a run’s results over the SVG picture', () => {
  const model = purchaseApproval();
  const [task, other] = model.nodes.filter((n) => n.type === 'task');
  const hostile = '<img src=x onerror=alert(1)> & "quotes"';
  const overlay: SvgOverlay = {
    nodes: new Map([
      [task.id, { colour: 'hsl(2 90% 68%)', text: `Waits 80% of its time ${hostile}` }],
      [other.id, { colour: 'hsl(50 90% 92%)', text: 'Waits 2% of its time' }],
    ]),
    flows: new Map(model.flows.map((f, i) => [f.id, 1000 * (i + 1)])),
    bottlenecks: new Map([[task.id, `Bottleneck: waiting here is 62% of all cycle time ${hostile}`]]),
    caption: `Simulation results ${hostile}`,
  };
  const svg = exportSvg(model, overlay);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('colours the activities with their figures, counts every drawn flow and marks the bottleneck', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    const layer = doc.querySelector('g.results-overlay')!;
    const fills = [...layer.querySelectorAll(':scope > rect')].map((r) => [r.getAttribute('fill'), r.textContent]);
    expect(fills).toEqual([
      ['hsl(2 90% 68%)', `Waits 80% of its time ${hostile}`],
      ['hsl(50 90% 92%)', 'Waits 2% of its time'],
    ]);
    const counts = [...layer.querySelectorAll('g.flow-count text')].map((t) => t.textContent);
    expect(counts).toHaveLength(doc.querySelectorAll('polyline.flow').length);
    expect(counts).toContain('1,000');
    expect(layer.querySelector('g.bottleneck title')?.textContent).toBe(
      `Bottleneck: waiting here is 62% of all cycle time ${hostile}`,
    );
    expect([...doc.querySelectorAll('text.note')].map((t) => t.textContent)).toContain(`Simulation results ${hostile}`);
    // Hostile names stay text: no element of the overlay's text was made.
    expect(doc.querySelector('img')).toBeNull();
  });

  it('draws the picture as before without results, and renders to PNG with them', () => {
    expect(exportSvg(model)).not.toContain('results-overlay');
    expect(new Resvg(svg).render().asPng().length).toBeGreaterThan(1000);
  });
});
