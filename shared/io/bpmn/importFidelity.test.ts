import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProcessModel } from '../../model';
import { bpmnContents } from '../../../test/support/bpmnFidelity';
import { isExpanded } from '../svg/bpmnKept';
import { renameDuplicateIds } from './duplicateIds';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';

const fixtures = join(__dirname, '../../../test/fixtures/bpmn');
const fixture = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));
const laneNames = (model: ProcessModel) => model.lanes.map((l) => l.name);

const ns =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';
const shape = (id: string, x: number, y: number, w = 100, h = 80) =>
  `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}"/></bpmndi:BPMNShape>`;

/** A pool "Shop" drawn in a collaboration, and a process "Shipping" outside it drawn on a diagram of its own. */
const outsideProcess = `<bpmn:definitions ${ns} id="d" targetNamespace="t">
  <bpmn:collaboration id="c"><bpmn:participant id="P" name="Shop" processRef="p"/></bpmn:collaboration>
  <bpmn:process id="p"><bpmn:startEvent id="s1"/><bpmn:task id="t1" name="Pack"/><bpmn:sequenceFlow id="f1" sourceRef="s1" targetRef="t1"/></bpmn:process>
  <bpmn:process id="q" name="Shipping"><bpmn:startEvent id="s2"/><bpmn:task id="t2" name="Ship"/><bpmn:sequenceFlow id="f2" sourceRef="s2" targetRef="t2"/></bpmn:process>
  <bpmndi:BPMNDiagram id="D1" name="Shop"><bpmndi:BPMNPlane id="PL1" bpmnElement="c">${shape('P', 0, 0, 600, 200)}${shape('s1', 80, 80, 36, 36)}${shape('t1', 200, 58)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="D2" name="Shipping"><bpmndi:BPMNPlane id="PL2" bpmnElement="q">${shape('s2', 80, 80, 36, 36)}${shape('t2', 200, 58)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

describe('importing names as the file has them', () => {
  it('keeps lane names without the pool name before them (MIWG C.1.0, bpmn-js pizza collaboration)', async () => {
    const c10 = (await importBpmn(fixture('miwg/reference/C.1.0.bpmn'))).model;
    // The Team-Assistant pool has one lane without a name: it shows the pool's name.
    expect(laneNames(c10)).toEqual(['Team-Assistant', 'Approver', 'Team Assistant', 'Accountant']);
    const pizza = (await importBpmn(fixture('misc/bpmn-js-examples/pizza-collaboration.bpmn'))).model;
    expect(laneNames(pizza)).toEqual(['Pizza Customer', 'clerk', 'pizza chef', 'delivery boy']);
  });

  it('never names a lane, a pool or a node by its id (Signavio)', async () => {
    const { model } = await importBpmn(fixture('misc/bpmn-moddle/complex-signavio-with-extensions.bpmn'));
    const named = [...model.lanes, ...(model.participants ?? []), ...model.nodes].filter((e) => e.name !== '');
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((e) => e.name.includes('sid-'))).toEqual([]);
    // Its pools without a process of their own are the other parties, named as the file names them.
    expect(model.participants?.[0].name).toBe('Führungskraft Fachbereich');
  });

  it('gives a process without a name, outside any pool, a lane without a name', async () => {
    const { model } = await importBpmn(fixture('misc/bpmn-js/multiple-diagrams.bpmn'));
    expect(model.lanes.map((l) => [l.id, l.name])).toEqual([
      ['Participant_Process_1', ''],
      ['Participant_Process_2', ''],
    ]);
  });
});

describe('importing what other tools draw', () => {
  it('draws a sub-process open when its content is drawn beside it and the file leaves isExpanded out (Modelio)', async () => {
    const { model } = await importBpmn(fixture('miwg/vendors/modelio-3.5/C.2.0-export.bpmn'));
    const sub = model.nodes.find((n) => n.type === 'subProcess')!;
    expect(isExpanded(sub)).toBe(true);
    expect(model.nodes.filter((n) => n.parent === sub.id)).toHaveLength(7);
  });

  it('keeps a sub-process closed when its content has a plane of its own', async () => {
    const { model } = await importBpmn(fixture('misc/bpmn-js/collapsed-sub-process.bpmn'));
    const closed = model.nodes.find((n) => n.id === 'collapsedProcess')!;
    expect(isExpanded(closed)).toBe(false);
    expect(isExpanded(model.nodes.find((n) => n.id === 'expandedProcess')!)).toBe(true);
  });

  it('renames an element that repeats an id, with a warning in words, instead of refusing the file', async () => {
    const { model, warnings } = await importBpmn(fixture('misc/invalid/bpmn-js--duplicate-ids.bpmn'));
    expect(model.id).toBe('test');
    expect(warnings).toEqual([
      {
        code: 'FW_IMPORT_DUPLICATE_ID',
        message:
          'the process on line 9 has the id "test", which an earlier element already has; it was renamed "test_2"',
        elementId: 'test_2',
      },
    ]);
  });

  it('keeps both tasks that share an id, the second renamed, and the flows to the first', async () => {
    const xml = `<bpmn:definitions ${ns} id="d"><bpmn:process id="p">
      <bpmn:startEvent id="s"/><bpmn:task id="a" name="Check"/>
      <bpmn:task id="a" name="Check again"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="a"/></bpmn:process></bpmn:definitions>`;
    const { model, warnings } = await importBpmn(xml);
    expect(model.nodes.map((n) => [n.id, n.name])).toEqual([
      ['s', ''],
      ['a', 'Check'],
      ['a_2', 'Check again'],
    ]);
    expect(model.flows[0]).toMatchObject({ source: 's', target: 'a' });
    expect(warnings.map((w) => w.message)).toContain(
      'the task "Check again" on line 3 has the id "a", which an earlier element already has; it was renamed "a_2"',
    );
  });

  it('renames repeated ids in one pass over the text, numbering past ids the file already has', () => {
    const xml = '<a id="x"/>\n<b id="x"/><c id="x_2"/>\n<d id="x"/>';
    const { xml: fixed, renamed } = renameDuplicateIds(xml, [
      { id: 'x', line: 2, column: 0 },
      { id: 'x', line: 1, column: 0 },
    ]);
    expect(fixed).toBe('<a id="x"/>\n<b id="x_3"/><c id="x_2"/>\n<d id="x_4"/>');
    expect(renamed.map((r) => [r.element, r.line, r.to])).toEqual([
      ['b', 2, 'x_3'],
      ['d', 3, 'x_4'],
    ]);
  });

  it('gives a process outside the pools a pool of its own, says so, and exports it where bpmn-js draws it', async () => {
    const { model, warnings } = await importBpmn(outsideProcess);
    expect(model.lanes.map((l) => [l.id, l.name])).toEqual([
      ['P', 'Shop'],
      ['Participant_q', 'Shipping'],
    ]);
    expect(model.nodes.find((n) => n.id === 't2')!.lane).toBe('Participant_q');
    expect(warnings.map((w) => w.message)).toEqual([
      'the file has 2 diagrams ("Shop", "Shipping"); the map shows them one under another, and a BPMN export writes them as one diagram',
      'the process "Shipping" is outside the file\'s pools; the map shows it as a lane of its own, and a BPMN export writes it as a pool',
    ]);
    const copy = await bpmnContents(await exportBpmn(model));
    const undrawn = copy.elements.filter((e) => !copy.drawn.has(e.id)).map((e) => e.id);
    expect(undrawn).toEqual([]);
    expect(copy.elements.filter((e) => e.type === 'bpmn:Participant').map((e) => e.name)).toEqual(['Shop', 'Shipping']);
  });

  it('nests lanes again on export under the lanes that held them', async () => {
    const { model } = await importBpmn(fixture('misc/bpmn-js/lanes.bpmn'));
    const xml = await exportBpmn(model);
    const copy = await bpmnContents(xml);
    expect(copy.elements.filter((e) => e.type === 'bpmn:Lane').map((e) => e.id)).toEqual([
      'Lane_A',
      'Nested_Lane_A',
      'Nested_Lane_B',
      'Nested_Lane_C',
      'Lane_B',
    ]);
    expect(copy.drawn.has('Lane_A')).toBe(true);
    // The copy imports as the original did: the same lanes, with the same names.
    expect(laneNames((await importBpmn(xml)).model)).toEqual(laneNames(model));
  });
});
