// @vitest-environment jsdom
// jsdom's DOMParser parses XML strictly, as browsers do: one forbidden character and the document is refused.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { controlCharacters } from '../../test/hostile/bpmnInputs';
import type { ProcessModel } from '../model';
import { exportBpmn, importBpmn } from './bpmn';
import { purchaseApproval } from './bpmn/testMaps';
import { exportSvg } from './svg';

// Characters XML 1.0 forbids, as a map can hold them in memory (pasted text, or a file read before they were stripped).
const forbidden = '\u0001\u000B\u001F\uFFFE\uD800';
const dirty = (text: string) => `${text.slice(0, 3)}${forbidden}${text.slice(3)}`;

function mapWithControlCharacters(): ProcessModel {
  const model = purchaseApproval();
  return {
    ...model,
    name: dirty(model.name),
    description: dirty(model.description ?? 'about'),
    lanes: model.lanes.map((lane) => ({ ...lane, name: dirty(lane.name) })),
    nodes: model.nodes.map((node) => ({ ...node, name: dirty(node.name), description: dirty('Notes on it') })),
    flows: model.flows.map((flow) => ({ ...flow, name: dirty(flow.name ?? 'Flow') })),
  };
}

/** The first error a strict XML parser (jsdom's, as browsers parse XML) finds, or null for a well-formed document. */
function xmlError(xml: string): string | null {
  const error = new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror');
  return error ? (error.textContent ?? 'parsererror') : null;
}

describe('every XML export of a map holding control characters is well-formed', () => {
  const model = mapWithControlCharacters();

  it('BPMN 2.0: parses strictly and imports back with the names, less the forbidden characters', async () => {
    const xml = await exportBpmn(model);
    expect(xmlError(xml)).toBeNull();
    const back = await importBpmn(xml);
    expect(back.warnings.map((w) => w.code)).not.toContain('FW_IMPORT_CONTROL_CHARACTER');
    expect(back.model.nodes.find((n) => n.id === 'enter')?.name).toBe('Enter request');
    expect(back.model.name).toBe('Purchase approval');
  });

  it('Camunda 8 (Zeebe) BPMN: parses strictly', async () => {
    expect(xmlError(await exportBpmn(model, { flavour: 'zeebe' }))).toBeNull();
  });

  it('SVG: parses strictly, and resvg (the PNG export of the command line) renders it', () => {
    const svg = exportSvg(model);
    expect(xmlError(svg)).toBeNull();
    expect(svg).toContain('<title>Purchase approval</title>');
    const png = new Resvg(svg).render().asPng();
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
});

describe('importing a BPMN file with control characters', () => {
  it('strips them from names, conditions and documentation, with one warning saying where the first was', async () => {
    const { model, warnings } = await importBpmn(controlCharacters());
    expect(warnings.filter((w) => w.code === 'FW_IMPORT_CONTROL_CHARACTER')).toEqual([
      {
        code: 'FW_IMPORT_CONTROL_CHARACTER',
        message:
          'the file held 9 characters that XML does not allow (the first, U+0001, at line 4, column 40); they were removed',
      },
    ]);
    const names = Object.fromEntries(model.nodes.map((n) => [n.id, n.name]));
    expect(names).toEqual({ Start: 'Starthere', Split: 'Amount ok?', Review: 'Review', End: 'Done' });
    expect(model.nodes.find((n) => n.id === 'Review')?.description).toBe('Look closely');
    expect(model.flows.find((f) => f.id === 'Yes')).toMatchObject({ name: 'yes', condition: 'amount > 5' });
    expect(xmlError(await exportBpmn(model))).toBeNull();
  });
});
