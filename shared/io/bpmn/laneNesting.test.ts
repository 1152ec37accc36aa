import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatch, deleteElements } from '../../model';
import { exportSvg } from '../svg/exportSvg';
import { importBpmn } from './importBpmn';
import { laneIndents } from './laneNesting';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../../test/fixtures/bpmn/misc/bpmn-js', path)));

describe('lanes nested as the imported file had them', () => {
  it('frames the lanes that held others and reaches the lanes beside them as far left', async () => {
    const { model } = await importBpmn(fixture('lanes.bpmn'));
    const indents = laneIndents(model);
    expect(indents.reach).toBe(1);
    expect(indents.holders).toEqual([
      { id: 'Lane_A', name: 'Lane_A', indent: 1, leaves: ['Nested_Lane_A', 'Nested_Lane_B', 'Nested_Lane_C'] },
    ]);
    expect(Object.fromEntries(indents.indent)).toEqual({
      Nested_Lane_A: 0,
      Nested_Lane_B: 0,
      Nested_Lane_C: 0,
      Lane_B: 1,
    });
  });

  it('nests two levels inside a pool beside other pools', async () => {
    const { model } = await importBpmn(fixture('vertical-pools.bpmn'));
    const indents = laneIndents(model);
    expect(indents.holders.map((h) => [h.name, h.indent, h.leaves.length])).toEqual([['Lane with Sublane', 1, 2]]);
    expect(indents.indent.get('Lane_07czuri')).toBe(1);
  });

  it('drops a holder whose lanes were all deleted, and nests nothing on a map drawn here', async () => {
    const { model } = await importBpmn(fixture('lanes.bpmn'));
    const nested = ['Nested_Lane_A', 'Nested_Lane_B', 'Nested_Lane_C'];
    const left = applyPatch(model, deleteElements(model, { ids: nested })!.patch);
    expect(laneIndents(left)).toEqual({ indent: new Map(), holders: [], reach: 0 });
    expect(laneIndents({ lanes: model.lanes, extensions: undefined })).toEqual({
      indent: new Map(),
      holders: [],
      reach: 0,
    });
  });

  it('draws the holding lane in the SVG picture with its name in a header strip left of its lanes', async () => {
    const { model } = await importBpmn(fixture('lanes.bpmn'));
    const svg = exportSvg(model);
    const rects = [...svg.matchAll(/<rect class="lane" x="([\d.-]+)" y="([\d.-]+)" width="([\d.-]+)"/g)].map((m) =>
      m.slice(1).map(Number),
    );
    expect(rects).toHaveLength(5);
    const [holder, nestedA, , , laneB] = rects;
    expect(holder[0]).toBe(nestedA[0] - 32);
    expect(holder[2]).toBe(nestedA[2] + 32);
    expect(laneB[0]).toBe(holder[0]);
    expect(svg).toContain('>Lane_A</text>');
  });
});
