import { describe, expect, it } from 'vitest';
import { purchaseApproval } from '../bpmn/testMaps';
import { exportSvg } from './exportSvg';

describe('SVG picture of a map', () => {
  const model = purchaseApproval();
  const svg = exportSvg(model);

  it('draws every lane band, every top-level node and every top-level flow', () => {
    expect(svg.match(/<rect class="lane/g)).toHaveLength(model.lanes.length);
    const top = model.nodes.filter((n) => n.parent === undefined);
    expect(svg.match(/<g data-id="/g)).toHaveLength(top.length);
    const topIds = new Set(top.map((n) => n.id));
    expect(svg.match(/<polyline class="flow/g)).toHaveLength(model.flows.filter((f) => topIds.has(f.source) && topIds.has(f.target)).length);
    for (const name of ['Requester', 'ERP system', 'Enter request', 'Route by amount', 'Budget check', 'large']) expect(svg).toContain(`>${name}`);
  });

  it('marks the default flow, the non-interrupting timer and the end events as the canvas does', () => {
    expect(svg.match(/class="flow default"/g)).toHaveLength(1);
    expect(svg).toMatch(/<g data-id="sla"><circle class="ring dashed"/);
    expect(svg).toMatch(/<g data-id="done"><circle class="ring thick"/);
    expect(svg).toMatch(/<rect class="lane external"/);
  });

  it('frames everything it draws', () => {
    const [left, top, width, height] = /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
    for (const node of model.nodes.filter((n) => n.parent === undefined)) {
      expect(node.x).toBeGreaterThanOrEqual(left);
      expect(node.y).toBeGreaterThanOrEqual(top);
      expect(node.x).toBeLessThanOrEqual(left + width);
      expect(node.y).toBeLessThanOrEqual(top + height);
    }
  });

  it('writes names as text, never as markup', () => {
    const hostile = purchaseApproval();
    hostile.nodes[1].name = '<script>alert(1)</script> & "quotes"';
    const text = exportSvg(hostile);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;');
    expect(text).toContain('&amp;');
  });
});
