import { describe, expect, it } from 'vitest';
import { importBpmn } from '../../shared/io/bpmn';
import { purchaseApproval } from '../../shared/io/bpmn/testMaps';
import type { ProcessModel } from '../../shared/model/schema';
import { exportFileName, exportFormat, exportFormats, type ExportContent } from './exportFormats';
import { lintExport } from './exportLint';

/** The purchase approval whose routing gateway has lost its conditions and its default: two bare branches. */
function bareBranches(): ProcessModel {
  const model = purchaseApproval();
  model.flows = model.flows.map((f) =>
    f.source === 'route' && f.id !== 'f4' ? { ...f, condition: undefined, default: false } : f,
  );
  return model;
}

/** The purchase approval without a start event: a validation error. */
function noStart(): ProcessModel {
  const model = purchaseApproval();
  model.nodes = model.nodes.filter((n) => n.id !== 'start');
  model.flows = model.flows.filter((f) => f.source !== 'start');
  return model;
}

const text = (content: ExportContent) => ('text' in content ? content.text : '');
const noRaster = async () => new Uint8Array();

describe('export formats and their lint', () => {
  it('lints a clean map as clean for BPMN and writes BPMN that imports with the same nodes', async () => {
    const bpmn = exportFormat('bpmn');
    expect(await lintExport(purchaseApproval(), bpmn)).toEqual({
      problems: [],
      refusals: [],
      blocked: null,
      derived: [],
    });
    const { model } = await importBpmn(text(await bpmn.produce(purchaseApproval(), noRaster)));
    expect(model.nodes.map((n) => n.id).sort()).toEqual(
      purchaseApproval()
        .nodes.map((n) => n.id)
        .sort(),
    );
  });

  it('lists every branch Camunda 8 cannot route, and blocks the Zeebe export only', async () => {
    const zeebe = await lintExport(bareBranches(), exportFormat('zeebe'));
    expect(zeebe.refusals.map((r) => r.code)).toEqual(['FW_EXPORT_CONDITION', 'FW_EXPORT_CONDITION']);
    expect(zeebe.refusals.map((r) => r.message)).toEqual([
      "Flow 'gold' from 'Route by amount' to 'Auto approve' has no condition and is not the default flow; Camunda 8 " +
        'needs one of the two',
      "Flow from 'Route by amount' to 'Review request' has no condition and is not the default flow; Camunda 8 needs " +
        'one of the two',
    ]);
    expect(zeebe.blocked).toMatch(/^Camunda 8 \(Zeebe\) BPMN cannot express this map as it is/);
    expect((await lintExport(bareBranches(), exportFormat('bpmn'))).blocked).toBeNull();
  });

  it('names what Step Functions refuses', async () => {
    const asl = await lintExport(purchaseApproval(), exportFormat('asl'));
    expect(asl.refusals).toEqual([
      {
        code: 'FW_EXPORT_UNSUPPORTED',
        message: "'One day passed' (a non-interrupting timer boundary event) has no Step Functions equivalent",
      },
    ]);
    expect(asl.blocked).toMatch(/^AWS Step Functions cannot express this map/);
  });

  it('refuses runnable definitions of a map with validation errors but lets pictures and BPMN be exported anyway', async () => {
    for (const id of ['zeebe', 'asl'] as const) {
      const lint = await lintExport(noStart(), exportFormat(id));
      expect(lint.problems.map((p) => p.code)).toContain('FW_V_NO_START');
      expect(lint.blocked).not.toBeNull();
    }
    for (const id of ['flow', 'bpmn', 'svg', 'png'] as const) {
      const lint = await lintExport(noStart(), exportFormat(id));
      expect(lint.problems.map((p) => p.code)).toContain('FW_V_NO_START');
      expect(lint.blocked).toBeNull();
    }
    expect(await lintExport(noStart(), exportFormat('schema'))).toEqual({
      problems: [],
      refusals: [],
      blocked: null,
      derived: [],
    });
  });

  it('draws the PNG from the SVG picture through the given rasteriser', async () => {
    const drawn: string[] = [];
    const png = await exportFormat('png').produce(purchaseApproval(), async (svg) => {
      drawn.push(svg);
      return new Uint8Array([0x89, 0x50]);
    });
    expect(png).toEqual({ bytes: new Uint8Array([0x89, 0x50]), type: 'image/png' });
    expect(drawn).toEqual([text(await exportFormat('svg').produce(purchaseApproval(), noRaster))]);
    expect(drawn[0]).toContain('>Enter request</text>');
  });

  it("names files after the map with each format's ending", () => {
    const names = exportFormats.map((f) => exportFileName(purchaseApproval(), f));
    expect(names).toEqual([
      'Purchase approval.flow.json',
      'Purchase approval.bpmn',
      'Purchase approval.bpmn',
      'Purchase approval.asl.json',
      'Purchase approval.svg',
      'Purchase approval.png',
      'Purchase approval.xes',
      'flow.schema.json',
    ]);
  });

  it('writes runnable text for the other formats', async () => {
    const produced = async (id: 'zeebe' | 'asl' | 'schema' | 'flow', model = purchaseApproval()) =>
      text(await exportFormat(id).produce(model, noRaster));
    expect(await produced('zeebe')).toContain('modeler:executionPlatformVersion="8.8.0"');
    expect(JSON.parse(await produced('schema'))).toMatchObject({ title: 'Flowwright process map (.flow.json)' });
    expect(JSON.parse(await produced('flow'))).toEqual(purchaseApproval());
    const steps = purchaseApproval();
    steps.nodes = steps.nodes.filter((n) => !['sla', 'remind', 'reminded'].includes(n.id));
    steps.flows = steps.flows.filter((f) => !['f10', 'f11'].includes(f.id));
    expect(JSON.parse(await produced('asl', steps))).toMatchObject({ StartAt: 'Enter request' });
  });
});
