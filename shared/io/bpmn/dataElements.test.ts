import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../../model';
import { lintCamunda88 } from '../../../test/support/bpmnChecks';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { zeebeProblems } from './zeebe';
import { purchaseApproval } from './testMaps';

/** The purchase approval with an output to a data object, an input from a collection and a data store. */
function withData(): ProcessModel {
  const model = purchaseApproval();
  model.nodes.push(
    { id: 'invoice', type: 'dataObject', name: 'Invoice', x: 200, y: 160, lane: 'requester' },
    { id: 'orders', type: 'dataObject', name: 'Open orders', collection: true, x: 260, y: 160, lane: 'requester' },
    { id: 'erp-db', type: 'dataStore', name: 'ERP', x: 250, y: 690, lane: 'erp' },
  );
  model.flows.push(
    { id: 'writes-invoice', kind: 'data', source: 'enter', target: 'invoice' },
    { id: 'reads-orders', kind: 'data', source: 'orders', target: 'enter' },
    { id: 'reads-erp', kind: 'data', source: 'erp-db', target: 'check' },
  );
  return processSchema.parse(model);
}

const dataPart = (model: ProcessModel) => ({
  nodes: model.nodes
    .filter((n) => n.type === 'dataObject' || n.type === 'dataStore')
    .map(({ id, type, name, collection, lane, x, y }) => ({ id, type, name, collection, lane, x, y })),
  flows: model.flows
    .filter((f) => f.kind === 'data')
    .map(({ id, kind, source, target }) => ({ id, kind, source, target }))
    .sort((a, b) => a.id.localeCompare(b.id)),
});

describe('data objects and data stores in BPMN', () => {
  it('writes references, the data object definitions and the associations on their tasks', async () => {
    const xml = await exportBpmn(withData());
    const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
    expect(warnings).toEqual([]);
    expect(xml).toMatch(/<bpmn:dataObjectReference id="invoice" name="Invoice" dataObjectRef="DataObject_invoice"/);
    expect(xml).toContain('<bpmn:dataObject id="DataObject_orders" isCollection="true" />');
    expect(xml).toMatch(/<bpmn:dataStoreReference id="erp-db" name="ERP"/);
    expect(xml).toMatch(
      /<bpmn:dataOutputAssociation id="writes-invoice">(?:(?!<\/bpmn:dataOutputAssociation>)[\s\S])*<bpmn:targetRef>invoice</,
    );
    expect(xml).toMatch(
      /<bpmn:dataInputAssociation id="reads-orders">(?:(?!<\/bpmn:dataInputAssociation>)[\s\S])*<bpmn:sourceRef>orders</,
    );
    for (const id of ['invoice', 'orders', 'erp-db', 'writes-invoice', 'reads-orders', 'reads-erp'])
      expect(xml).toContain(`bpmnElement="${id}"`);
    // Data references are not flow nodes: no lane lists them.
    expect(xml).not.toMatch(/<bpmn:flowNodeRef>(invoice|orders|erp-db)<\/bpmn:flowNodeRef>/);
    expect(rootElement).toBeDefined();
  });

  it('reads them back as the same nodes and data flows', async () => {
    const model = withData();
    const { model: again, warnings } = await importBpmn(await exportBpmn(model));
    expect(dataPart(again)).toEqual(dataPart(model));
    expect(warnings.filter((w) => /data/i.test(w.message))).toEqual([]);
    const twice = (await importBpmn(await exportBpmn(again))).model;
    expect(dataPart(twice)).toEqual(dataPart(model));
  });

  it('lints clean for Camunda 8.8 with data objects and stores', async () => {
    expect(await lintCamunda88(await exportBpmn(withData(), { flavour: 'zeebe' }))).toEqual([]);
    expect(zeebeProblems(withData())).toEqual(zeebeProblems(purchaseApproval()));
  });

  it('reads data objects of a file from another tool, shared definitions written once', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <bpmn:process id="p">
    <bpmn:startEvent id="s"/>
    <bpmn:task id="t" name="Write">
      <bpmn:dataOutputAssociation id="out"><bpmn:targetRef>r1</bpmn:targetRef></bpmn:dataOutputAssociation>
      <bpmn:dataOutputAssociation id="out2"><bpmn:targetRef>r2</bpmn:targetRef></bpmn:dataOutputAssociation>
    </bpmn:task>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>
    <bpmn:dataObject id="obj" name="Letter" isCollection="true"/>
    <bpmn:dataObjectReference id="r1" dataObjectRef="obj"/>
    <bpmn:dataObjectReference id="r2" name="Copy" dataObjectRef="obj"/>
  </bpmn:process>
</bpmn:definitions>`;
    const { model } = await importBpmn(xml);
    expect(dataPart(model).nodes.map(({ id, name, collection }) => ({ id, name, collection }))).toEqual([
      { id: 'r1', name: 'Letter', collection: true },
      { id: 'r2', name: 'Copy', collection: true },
    ]);
    expect(dataPart(model).flows.map((f) => `${f.source}>${f.target}`)).toEqual(['t>r1', 't>r2']);
    const out = await exportBpmn(model);
    expect(out.match(/<bpmn:dataObject /g)).toHaveLength(1);
    expect((await new BpmnModdle().fromXML(out)).warnings).toEqual([]);
  });
});
