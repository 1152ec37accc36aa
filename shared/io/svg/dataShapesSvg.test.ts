import { describe, expect, it } from 'vitest';
import { processSchema } from '../../model';
import { exportSvg } from './exportSvg';

const model = () =>
  processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'm',
    nodes: [
      { id: 't', type: 'task', name: 'Write', x: 0, y: 0 },
      { id: 'letters', type: 'dataObject', name: 'Letters', collection: true, x: 40, y: 160 },
      { id: 'archive', type: 'dataStore', name: 'Archive', x: 200, y: 160 },
    ],
    flows: [
      { id: 'd1', kind: 'data', source: 't', target: 'letters' },
      { id: 'd2', kind: 'data', source: 'archive', target: 't' },
    ],
  });

/** The SVG drawn for one element, by its `data-id` group. */
const part = (svg: string, id: string) => new RegExp(`<g data-id="${id}">(.*?)</g>`).exec(svg)?.[1] ?? '';

describe('data objects and stores in the picture', () => {
  it('draws a page with a folded corner, a cylinder, their names under them and dotted associations', () => {
    const svg = exportSvg(model());
    const letters = part(svg, 'letters');
    // The page's outline and its fold, and the three bars of a collection.
    expect(letters).toMatch(/<path class="shape" d="M40 160 H66 L76 170 V210 H40 Z M66 160 V170 H76"\/>/);
    expect(letters).toMatch(/<path class="thin" d="M54 200 V207 M58 200 V207 M62 200 V207"\/>/);
    expect(letters).toContain('>Letters<');
    expect(part(svg, 'archive')).toMatch(/A25 6 0 0 0 250 166 V204 A25 6 0 0 1 200 204 Z/);
    expect(part(svg, 'archive')).toContain('>Archive<');
    expect(svg.match(/<polyline class="association data"/g)).toHaveLength(2);
    expect(svg).not.toMatch(/<polyline class="flow"/);
  });
});
