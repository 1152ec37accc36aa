import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore, type ProcessModel } from '../../model';
import { exportSvg } from '../svg';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { keptFlow, keptModel, keptNode } from './keptShapes';
import { purchaseApproval } from './testMaps';

const fixture = (path: string) => readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url), 'utf8');

/** The claims intake map with kept extensions of the wrong shape, as a hand-edited file may hold them. */
function claimsWithBadExtensions(): ProcessModel {
  const map = JSON.parse(fixture('maps/claims-intake.flow.json')) as Record<string, unknown> & {
    nodes: Record<string, unknown>[];
  };
  map.extensions = { bpmn: { artifacts: 'x', messageFlows: 7 } };
  map.nodes[1].annotates = 5;
  const restored = restore(map);
  if (!restored.ok) throw new Error(restored.problems.map((p) => p.message).join('; '));
  return restored.model;
}

const withExtensions = (model: ProcessModel, bpmn: unknown): ProcessModel => ({
  ...model,
  extensions: { ...model.extensions, bpmn } as ProcessModel['extensions'],
});

describe('exports of a map whose kept BPMN extensions have the wrong shape', () => {
  it('writes BPMN and SVG for the claims intake with a text for artifacts and a number for message flows', async () => {
    const model = claimsWithBadExtensions();
    const xml = await exportBpmn(model);
    expect(xml).toContain('<bpmn:process id="claims-intake"');
    expect(xml).not.toContain('messageFlow');
    expect(exportSvg(model)).toContain('<svg');
  });

  it('writes the Camunda 8 flavour of a map with broken kept parts and zeebe settings that are not text', async () => {
    const model = withExtensions(purchaseApproval(), { artifacts: 'x', messageFlows: 7, pools: 'x', processes: 5 });
    const nodes = model.nodes.map((node) =>
      node.id === 'fast'
        ? { ...node, taskType: 'receive' as const, extensions: { zeebe: { correlationKey: 7, taskType: [] } } }
        : { ...node, extensions: { ...node.extensions, bpmn: { annotates: 5, timer: 'x', loop: 3, element: {} } } },
    );
    const xml = await exportBpmn({ ...model, nodes }, { flavour: 'zeebe' });
    expect(xml).toContain('<zeebe:subscription correlationKey="=correlationKey" />');
    expect(xml).toContain('<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration>');
  });

  it('writes the well-formed kept parts and leaves out the broken ones, part by part', async () => {
    const group = { kind: 'group', id: 'Group_1', bounds: { x: 0, y: 0, width: 100, height: 80 } };
    const model = withExtensions(purchaseApproval(), {
      definitions: { id: 5, targetNamespace: 'urn:kept' },
      namespaces: { camunda: 'http://camunda.org/schema/1.0/bpmn', bad: 3 },
      artifacts: [group, 'x', { kind: 'group', id: 4 }],
      pools: [{ id: 'p', lanes: 'x' }],
    });
    const nodes = model.nodes.map((node) =>
      node.id === 'enter'
        ? {
            ...node,
            extensions: {
              bpmn: {
                attrs: { 'camunda:asyncBefore': 'true', 'camunda:n': 5, 'not a name': 'x', 'xmlns:evil': 'x' },
                extensionElements: [
                  { name: 3 },
                  { name: 'camunda:properties', children: ['x', { name: 'camunda:property', attrs: { value: 'v' } }] },
                ],
                loop: { kind: 'standard' },
              },
            },
          }
        : node,
    );
    const flows = model.flows.map((flow) => ({ ...flow, extensions: { bpmn: { condition: 'x', attrs: [] } } }));
    const xml = await exportBpmn({ ...model, nodes, flows });
    expect(xml).toContain('targetNamespace="urn:kept"');
    expect(xml).toContain('<bpmn:group id="Group_1"');
    expect(xml).toContain('camunda:asyncBefore="true"');
    expect(xml).toContain('xmlns:camunda="http://camunda.org/schema/1.0/bpmn"');
    expect(xml).toMatch(/<camunda:properties>\s*<camunda:property value="v" \/>/);
    expect(xml).toContain('<bpmn:standardLoopCharacteristics />');
    expect(xml).not.toMatch(/not a name|xmlns:evil|camunda:n=/);
  });

  it('writes an imported map with pools whose processes are no longer kept as one process', async () => {
    const { model } = await importBpmn(fixture('bpmn/miwg/reference/B.2.0.bpmn'));
    const xml = await exportBpmn(withExtensions(model, { ...(model.extensions?.bpmn as object), processes: 'x' }));
    expect(xml.match(/<bpmn:process /g)).toHaveLength(1);
    expect(xml).toContain('<bpmn:lane ');
  });
});

describe('reading kept parts', () => {
  it('keeps the well-formed fields of a node next to broken ones, and reads nothing from what is not a record', () => {
    const node = {
      extensions: { bpmn: { element: 'CallActivity', calledElement: 7, timer: { kind: 'cycle', value: 'R3/PT1H' } } },
    };
    expect(keptNode(node)).toEqual({ element: 'CallActivity', timer: { kind: 'cycle', value: 'R3/PT1H' } });
    expect(keptNode({ extensions: { bpmn: [1, 2] } })).toEqual({});
    expect(keptModel({ extensions: { bpmn: 'x' } } as unknown as ProcessModel)).toEqual({});
  });

  it.each(['miwg/reference/B.2.0.bpmn', 'miwg/reference/C.8.0.bpmn', 'misc/camunda/invoice.v2.bpmn'])(
    'reads the whole kept structure of %s as imported',
    async (file) => {
      const { model } = await importBpmn(fixture(`bpmn/${file}`));
      const raw = model.extensions?.bpmn as Record<string, unknown>;
      expect(keptModel(model)).toEqual(JSON.parse(JSON.stringify(raw)));
      for (const element of [...model.nodes, ...model.flows]) {
        const read = 'source' in element ? keptFlow(element) : keptNode(element);
        const kept = (element.extensions?.bpmn ?? {}) as Record<string, unknown>;
        // Parts the exports do not read (e.g. the kinds of a multiple event) are not read here either.
        const exported = Object.fromEntries(Object.entries(kept).filter(([key]) => key !== 'eventDefinitions'));
        expect(read, element.id).toEqual(JSON.parse(JSON.stringify(exported)));
      }
    },
  );
});
