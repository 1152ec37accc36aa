import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { lintCamunda88 } from '../../../test/support/bpmnChecks';
import { processSchema, type ProcessModel } from '../../model';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { purchaseApproval } from './testMaps';

/** The purchase approval with a bank and a customer beside it, and messages between them and the map. */
function withParties(model: ProcessModel = purchaseApproval()): ProcessModel {
  return processSchema.parse({
    ...model,
    participants: [
      { id: 'bank', name: 'Bank', y: -200, height: 80 },
      { id: 'customer', name: 'Customer' },
    ],
    flows: [
      ...model.flows,
      { id: 'm1', kind: 'message', source: 'customer', target: 'start', name: 'Purchase request' },
      { id: 'm2', kind: 'message', source: 'remind', target: 'bank' },
      { id: 'm3', kind: 'message', source: 'bank', target: 'customer', name: 'Statement' },
    ],
  });
}

const messageEnds = (model: ProcessModel) =>
  model.flows
    .filter((f) => f.kind === 'message')
    .map((f) => ({ id: f.id, source: f.source, target: f.target, name: f.name }));

async function parse(xml: string) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const roots = rootElement.rootElements as { $type: string; participants?: unknown[]; messageFlows?: unknown[] }[];
  return { collaboration: roots.find((r) => r.$type === 'bpmn:Collaboration')!, warnings };
}

describe('pools and message flows in BPMN', () => {
  it('exports a collaboration: the map as a pool with its process, other parties as black boxes, message flows', async () => {
    const xml = await exportBpmn(withParties());
    const { collaboration, warnings } = await parse(xml);
    expect(warnings).toEqual([]);
    const participants = collaboration.participants as { id: string; name?: string; processRef?: { id: string } }[];
    expect(participants.map((p) => [p.id, p.name, p.processRef?.id])).toEqual([
      ['Participant_purchase-approval', 'Purchase approval', 'purchase-approval'],
      ['bank', 'Bank', undefined],
      ['customer', 'Customer', undefined],
    ]);
    const flows = collaboration.messageFlows as { id: string; sourceRef: { id: string }; targetRef: { id: string } }[];
    expect(flows.map((f) => [f.id, f.sourceRef.id, f.targetRef.id])).toEqual([
      ['m1', 'customer', 'start'],
      ['m2', 'remind', 'bank'],
      ['m3', 'bank', 'customer'],
    ]);
    expect(xml).toMatch(
      /<bpmndi:BPMNShape id="bank_di" bpmnElement="bank" isHorizontal="true">\s*<dc:Bounds x="[-\d.]+" y="-200" width="[\d.]+" height="80"/,
    );
    expect(xml).toMatch(/<bpmndi:BPMNShape id="customer_di" bpmnElement="customer" isHorizontal="true">/);
    for (const id of ['m1', 'm2', 'm3']) expect(xml).toContain(`<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">`);
    // No sequence flow is written for a message flow.
    expect(xml).not.toMatch(/<bpmn:sequenceFlow id="m\d"/);
  });

  it('draws the pools as the canvas does: one left and right edge, the lanes one header strip inside', async () => {
    const model = withParties();
    const xml = await exportBpmn(model);
    const bounds = new Map(
      [
        ...xml.matchAll(
          /bpmnElement="([^"]+)" isHorizontal="true">\s*<dc:Bounds x="([-\d.]+)" y="[-\d.]+" width="([\d.]+)"/g,
        ),
      ].map((m) => [m[1], { left: Number(m[2]), right: Number(m[2]) + Number(m[3]) }]),
    );
    const own = bounds.get('Participant_purchase-approval')!;
    for (const id of ['bank', 'customer']) expect(bounds.get(id)).toEqual(own);
    for (const lane of model.lanes) expect(bounds.get(lane.id)).toEqual({ left: own.left + 32, right: own.right });
    // The canvas starts the lanes 40 units left of the leftmost shape, less their header strip.
    const leftmost = Math.min(...model.nodes.filter((n) => n.parent === undefined).map((n) => n.x));
    expect(own.left + 32).toBe(leftmost - 40 - 32);
  });

  it('imports them again as pools and message flows, with the lanes as they were', async () => {
    const model = withParties();
    const { model: again, warnings } = await importBpmn(await exportBpmn(model));
    expect(again.participants).toEqual([
      { id: 'bank', name: 'Bank', y: -200, height: 80 },
      { id: 'customer', name: 'Customer', y: expect.any(Number), height: 80 },
    ]);
    expect(messageEnds(again)).toEqual(messageEnds(model));
    expect(again.lanes.map((l) => [l.id, l.kind])).toEqual(model.lanes.map((l) => [l.id, l.kind]));
    expect(warnings.filter((w) => /message flow/.test(w.message))).toEqual([]);
  });

  it('gives a map without lanes a pool in the collaboration, and no lane when it comes back', async () => {
    const model = withParties({ ...purchaseApproval(), lanes: [] });
    model.nodes.forEach((n) => delete n.lane);
    const xml = await exportBpmn(model);
    expect(xml).toMatch(/<bpmn:participant id="Participant_purchase-approval" name="Purchase approval" processRef=/);
    expect(xml).not.toContain('<bpmn:laneSet');
    const { model: again } = await importBpmn(xml);
    expect(again.lanes).toEqual([]);
    expect(again.participants?.map((p) => p.name)).toEqual(['Bank', 'Customer']);
    expect(messageEnds(again)).toEqual(messageEnds(model));
  });

  it('keeps a message flow the map cannot draw (between two processes) as before', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <collaboration id="c"><participant id="A" name="Shop" processRef="p"/><participant id="B" name="Bank" processRef="q"/>
    <messageFlow id="mf" sourceRef="t1" targetRef="t2"/><messageFlow id="mp" sourceRef="t1" targetRef="B"/></collaboration>
  <process id="p"><task id="t1" name="Pay"/></process><process id="q"><task id="t2" name="Book"/></process>
</definitions>`;
    const { model } = await importBpmn(xml);
    expect(model.participants).toBeUndefined();
    expect(model.flows.filter((f) => f.kind === 'message')).toEqual([]);
    expect((model.extensions?.bpmn as { messageFlows: { id: string }[] }).messageFlows.map((f) => f.id)).toEqual([
      'mf',
      'mp',
    ]);
  });

  it('lints clean as a Camunda 8 export with pools and message flows present', async () => {
    const xml = await exportBpmn(withParties(), { flavour: 'zeebe' });
    expect(xml).toContain('<bpmn:messageFlow id="m2"');
    expect(await lintCamunda88(xml)).toEqual([]);
  });
});
