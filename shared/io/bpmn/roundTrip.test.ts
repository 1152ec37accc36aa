import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import type { ProcessModel } from '../../model';
import { roundTripEssentials } from '../../../test/support/bpmnChecks';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { purchaseApproval } from './testMaps';

const fixtures = join(__dirname, '../../../test/fixtures/bpmn');

async function roundTrip(model: ProcessModel): Promise<ProcessModel> {
  return (await importBpmn(await exportBpmn(model))).model;
}

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as {
  Linter: new (options: unknown) => { lint(root: unknown): Promise<Record<string, { id: string; message: string }[]>> };
};
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;

/** What a strict reader objects to in exported XML: parser warnings, and elements without a shape or edge. */
async function readerComplaints(xml: string): Promise<string[]> {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const linter = new Linter({ config: { rules: { 'no-bpmndi': 'error' } }, resolver: new NodeResolver() });
  const missingDi = Object.values(await linter.lint(rootElement))
    .flat()
    .map((r) => `${r.id}: ${r.message}`);
  return [...warnings.map((w) => w.message), ...missingDi];
}

describe('BPMN round trip', () => {
  for (const file of readdirSync(join(fixtures, 'miwg/reference'))) {
    it(`keeps ${file} through export and import`, async () => {
      const { model } = await importBpmn(new Uint8Array(readFileSync(join(fixtures, 'miwg/reference', file))));
      const xml = await exportBpmn(model);
      expect(await readerComplaints(xml)).toEqual([]);
      const again = (await importBpmn(xml)).model;
      expect(roundTripEssentials(again)).toEqual(roundTripEssentials(model));
      expect(again.simulation).toEqual(model.simulation);
    });
  }

  it('writes vendor attributes, extension elements and their namespaces back, and data stores', async () => {
    const { model } = await importBpmn(new Uint8Array(readFileSync(join(fixtures, 'misc/camunda/invoice.v2.bpmn'))));
    const xml = await exportBpmn(model);
    expect(await readerComplaints(xml)).toEqual([]);
    expect(xml).toContain('xmlns:camunda="http://camunda.org/schema/1.0/bpmn"');
    expect(xml).toMatch(
      /<bpmn:userTask id="approveInvoice" name="Approve Invoice" camunda:formKey="embedded:app:forms\/approve-invoice.html"/,
    );
    expect(xml).toContain('<camunda:taskListener event="create">');
    expect(xml).toMatch(/<bpmn:dataStoreReference id="[^"]+" name="Financial Accounting System"/);
  });

  it('writes message flows between pools and annotations with their associations back', async () => {
    const { model } = await importBpmn(
      new Uint8Array(readFileSync(join(fixtures, 'misc/bpmn-js-examples/pizza-collaboration.bpmn'))),
    );
    const xml = await exportBpmn(model);
    expect(xml.match(/<bpmn:messageFlow /g)).toHaveLength(6);
    expect(xml.match(/<bpmn:participant /g)).toHaveLength(2);
    const { model: loans } = await importBpmn(
      new Uint8Array(readFileSync(join(fixtures, 'misc/camunda/loan-granting.bpmn'))),
    );
    const loanXml = await exportBpmn(loans);
    expect(loanXml.match(/<bpmn:association /g)).toHaveLength(3);
    expect(await readerComplaints(loanXml)).toEqual([]);
  });

  it('keeps a map drawn in Flowwright, with its simulation settings, data fields and lane kinds', async () => {
    const model = purchaseApproval();
    expect(await readerComplaints(await exportBpmn(model))).toEqual([]);
    const again = await roundTrip(model);
    expect(roundTripEssentials(again)).toEqual(roundTripEssentials(model));
    for (const key of ['simulation', 'data', 'scenarios', 'currency', 'description'] as const)
      expect(again[key]).toEqual(model[key]);
    const values = (m: ProcessModel) => ({
      nodes: Object.fromEntries(
        m.nodes.map((n) => [n.id, { sim: n.sim, requiredFields: n.requiredFields, extensions: n.extensions?.zeebe }]),
      ),
      flows: Object.fromEntries(m.flows.map((f) => [f.id, f.probability])),
    });
    expect(values(again)).toEqual(values(model));
  });

  it('keeps the BIMP simulation settings of an imported QBP model', async () => {
    const { model } = await importBpmn(
      readFileSync(join(fixtures, 'sim/bimp-qbp/ch7_CreditAppSimulation.bpmn'), 'utf8'),
    );
    const again = await roundTrip(model);
    expect(again.simulation).toEqual(model.simulation);
    const sims = (m: ProcessModel) => Object.fromEntries(m.nodes.map((n) => [n.id, n.sim]));
    expect(sims(again)).toEqual(sims(model));
    expect(Object.values(sims(model)).filter(Boolean).length).toBeGreaterThan(4);
  });
});
