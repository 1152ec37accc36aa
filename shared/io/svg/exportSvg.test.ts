import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBpmn } from '../bpmn';
import { purchaseApproval } from '../bpmn/testMaps';
import { nodeSize } from '../../model/geometry';
import { exportSvg } from './exportSvg';
import { flowLabelPlace } from './levelSvg';
import { loopMarkerPath } from './svgShapes';

describe('SVG picture of a map', () => {
  const model = purchaseApproval();
  const svg = exportSvg(model);

  it('draws every lane band, every top-level node and every top-level flow', () => {
    expect(svg.match(/<rect class="lane/g)).toHaveLength(model.lanes.length);
    const top = model.nodes.filter((n) => n.parent === undefined);
    expect(svg.match(/<g data-id="/g)).toHaveLength(top.length);
    const topIds = new Set(top.map((n) => n.id));
    expect(svg.match(/<polyline class="flow/g)).toHaveLength(
      model.flows.filter((f) => topIds.has(f.source) && topIds.has(f.target)).length,
    );
    for (const name of ['Requester', 'ERP system', 'Enter request', 'Route by amount', 'Budget check', 'large'])
      expect(svg).toContain(`>${name}`);
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

describe('SVG picture of an imported BPMN diagram', () => {
  const reference = (name: string) =>
    importBpmn(new Uint8Array(readFileSync(`test/fixtures/bpmn/miwg/reference/${name}.bpmn`)));

  it('draws the inside of expanded sub-processes, with their name at the top left and no [+]', async () => {
    const { model } = await reference('A.4.0');
    const svg = exportSvg(model);
    const expanded = model.nodes.find((n) => n.name === 'Expanded Sub-Process 1')!;
    const group = svg.slice(svg.indexOf(`<g data-id="${expanded.id}">`));
    expect(group).toMatch(
      new RegExp(
        `^<g data-id="${expanded.id}"><rect class="shape"[^>]*/><text class="note" x="${expanded.x + 8}"[^>]*>Expanded Sub-Process 1</text><g transform="translate\\(${expanded.x} ${expanded.y}\\)">`,
      ),
    );
    for (const name of ['Start Event 3', 'Task 4', 'End Event 3']) expect(svg).toContain(`>${name}</text>`);
  });

  it('draws call activities thick, loop and multi-instance markers, and the BPMN elements the import kept', async () => {
    const { model } = await reference('B.2.0');
    const svg = exportSvg(model);
    const call = model.nodes.find((n) => n.name === 'Collapsed Call Activity')!;
    expect(svg).toContain(`<g data-id="${call.id}"><rect class="shape thick"`);
    expect(svg).toContain(`<path class="thin" d="${loopMarkerPath({ kind: 'multiInstance', sequential: false })}"/>`);
    expect(svg).toContain(`<path class="thin" d="${loopMarkerPath({ kind: 'standard' })}"/>`);
    expect(svg.match(/<polyline class="message-flow"/g)).toHaveLength(2);
    expect(svg).toContain('>Message Flow 1</text>');
    expect(svg.match(/<rect class="group"/g)).toHaveLength(1);
    expect(svg).toContain('>Data Store</text>');
    expect(svg).toMatch(/<polyline class="association data"/);
  });

  it('docks bent flows on the outline towards their first and last bend, and frames every point it draws', async () => {
    const { model } = await reference('A.2.0');
    const svg = exportSvg(model);
    const split = model.nodes.find((n) => n.name.includes('Split Flow'))!;
    const toTask2 = model.flows.find(
      (f) => f.source === split.id && model.nodes.find((n) => n.id === f.target)!.name === 'Task 2',
    )!;
    const bend = toTask2.waypoints![0];
    // The bend is straight above the gateway's centre: the flow leaves from the diamond's top corner.
    expect(bend.x).toBe(split.x + split.width! / 2);
    expect(svg).toContain(`<polyline class="flow" points="${bend.x},${split.y} ${bend.x},${bend.y}`);
    const [left, top, width, height] = /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
    for (const [, x, y] of svg.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(left);
      expect(Number(x)).toBeLessThanOrEqual(left + width);
      expect(Number(y)).toBeGreaterThanOrEqual(top);
      expect(Number(y)).toBeLessThanOrEqual(top + height);
    }
  });

  it("puts the name of a boundary event on its host's upper half beside it, above the host", async () => {
    const { model } = await reference('A.3.0');
    const svg = exportSvg(model);
    const top = model.nodes.find((n) => n.name?.includes('Non-Interrupting Message'))!;
    const label = new RegExp(
      `<g data-id="${top.id}">.*?<text class="label (?:start|end)" x="[\\d.]+" y="([\\d.]+)">`,
    ).exec(svg)!;
    expect(Number(label[1])).toBeLessThan(top.y);
    const host = model.nodes.find((n) => n.id === top.attachedTo)!;
    expect(Number(label[1]) + 7).toBeLessThanOrEqual(host.y);
  });
});

describe('SVG picture of a map with other parties', () => {
  it('draws each pool with its name and each message flow, inside the frame', () => {
    const model = purchaseApproval();
    const sender = model.nodes.find((n) => n.type === 'task')!;
    model.participants = [{ id: 'supplier', name: 'Carrier <Ltd>' }];
    model.flows.push({ id: 'order', source: sender.id, target: 'supplier', kind: 'message', name: 'Order' });
    const svg = exportSvg(model);
    expect(svg).toContain('>Carrier &lt;Ltd&gt;<');
    expect(svg.match(/<polyline class="message-flow"/g)).toHaveLength(1);
    expect(svg).toContain('>Order<');
    const pool =
      /<rect class="lane external" x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"\/>\n<path class="thin"[^\n]*\n<text[^\n]*Carrier/.exec(
        svg,
      );
    expect(pool).not.toBeNull();
    const [left, top, width, height] = /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
    const [x, y, w, h] = pool!.slice(1).map(Number);
    expect(x).toBeGreaterThanOrEqual(left);
    expect(y).toBeGreaterThanOrEqual(top);
    expect(x + w).toBeLessThanOrEqual(left + width);
    expect(y + h).toBeLessThanOrEqual(top + height);
  });

  it('draws the map’s own pool, named after the map, under its lanes, and a message from inside a sub-process', () => {
    const model = purchaseApproval();
    model.participants = [{ id: 'supplier', name: 'Supplier' }];
    model.nodes.push(
      { id: 'sub', type: 'subProcess', name: 'Order goods', x: 2000, y: 40 },
      { id: 'inner', type: 'task', name: 'Send order', x: 40, y: 40, parent: 'sub' },
    );
    model.flows.push({ id: 'order', source: 'inner', target: 'supplier', kind: 'message' });
    const svg = exportSvg(model);
    const own = svg.indexOf(`>${model.name}</text>`);
    expect(own).toBeGreaterThan(0);
    // Under the lanes: drawn before the first lane band.
    expect(own).toBeLessThan(svg.indexOf('<rect class="lane" x', own));
    // The message leaves the sub-process's top middle.
    const sub = model.nodes.find((n) => n.id === 'sub')!;
    expect(svg).toContain(
      `<polyline class="message-flow" points="${sub.x + nodeSize(sub).width / 2},${sub.y + nodeSize(sub).height} `,
    );
  });

  it("writes a flow's name under the line when the flow leaves its source downwards, clear of the source's name", () => {
    const down = [
      { x: 0, y: 0 },
      { x: 0, y: 40 },
      { x: 100, y: 40 },
    ];
    expect(flowLabelPlace(down)).toEqual({ at: { x: 30, y: 40 }, below: true });
    expect(flowLabelPlace(down.map((p) => ({ x: p.x, y: -p.y }))).below).toBe(false);
    expect(flowLabelPlace([down[0], { x: 100, y: 0 }]).below).toBe(false);
  });
});
