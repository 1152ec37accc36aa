import { describe, expect, it } from 'vitest';
import { restore } from '../../model';
import { deepSubProcesses, deepXml, oversizedText, taskChain } from '../../../test/hostile/bpmnInputs';
import { bpmnImportLimits, checkImportLimits } from './importLimits';
import { importBpmn } from './importBpmn';

const small = { ...bpmnImportLimits, maxNodes: 4, maxFlows: 3, maxLanes: 2, maxElements: 30, maxDepth: 6 };
const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return `${(error as { code: string }).code}: ${(error as Error).message}`;
  }
};

describe('the limits of a BPMN import, checked before anything is built', () => {
  it('counts flow nodes, sequence flows, lanes and all elements, by local name under any prefix', () => {
    // A chain of two tasks: start, two tasks, end (4 nodes) and three flows, no diagram.
    expect(codeOf(() => checkImportLimits(taskChain(2, { drawn: false }), small))).toBe('ok');
    expect(codeOf(() => checkImportLimits(taskChain(3, { drawn: false }), small))).toBe(
      'FW_IMPORT_TOO_LARGE: the file has 5 flow nodes and text annotations (at most 4), 4 sequence flows (at most 3); Flowwright does not open maps that large',
    );
    const lanes = '<definitions><m:laneSet><m:lane/><m:lane/><m:lane></m:lane></m:laneSet></definitions>';
    expect(codeOf(() => checkImportLimits(lanes, small))).toMatch(/3 pools and lanes \(at most 2\)/);
    const many = `<definitions>${'<x:item a="1"/>'.repeat(30)}</definitions>`;
    expect(codeOf(() => checkImportLimits(many, small))).toMatch(/31 XML elements in all \(at most 30\)/);
  });

  it('passes over comments, CDATA, processing instructions, a DOCTYPE and quoted ">" in attributes', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "<task/>">]><definitions a="x > <task/>">' +
      '<!-- <task/><task/> --><x:script><![CDATA[<task/><task/><task/><task/><task/>]]></x:script><task/></definitions>';
    expect(codeOf(() => checkImportLimits(xml, small))).toBe('ok');
    // Broken XML with `<` in text is the parser's to report (with its line), not a nesting that is too deep.
    expect(codeOf(() => checkImportLimits(`<definitions>${'a < b '.repeat(20)}</definitions>`, small))).toBe('ok');
  });

  it('refuses deep nesting at the element that goes too deep, with its line and column', () => {
    expect(codeOf(() => checkImportLimits(deepXml(2), small))).toBe('ok');
    expect(codeOf(() => checkImportLimits(deepXml(10), small))).toMatch(
      /^FW_IMPORT_TOO_DEEP: line 4, column \d+: XML elements are nested more than 6 deep; Flowwright reads at most 6 levels$/,
    );
    const limits = { ...bpmnImportLimits, maxSubProcessDepth: 3 };
    expect(codeOf(() => checkImportLimits(deepSubProcesses(3), limits))).toBe('ok');
    expect(codeOf(() => checkImportLimits(deepSubProcesses(4), limits))).toMatch(
      /^FW_IMPORT_TOO_DEEP: line 4, column 130: sub-processes are nested more than 3 deep/,
    );
  });

  it('refuses text longer than the limit before reading it', () => {
    expect(codeOf(() => checkImportLimits('<definitions/>', { ...small, maxChars: 10 }))).toBe(
      'FW_IMPORT_TOO_LARGE: the file has 14 characters; at most 10 are imported',
    );
  });
});

describe('importing hostile shapes', () => {
  it('refuses a file whose map would be too large to open again, though its element counts are small', async () => {
    const xml = oversizedText(10_000, 2_000);
    await expect(importBpmn(xml)).rejects.toMatchObject({
      code: 'FW_IMPORT_TOO_LARGE',
      message: expect.stringMatching(/^the imported map would be [\d,]+ characters as a \.flow\.json file/),
    });
  });

  it('imports a map just under the size limit as a file restore() opens again', async () => {
    const { model } = await importBpmn(oversizedText(8_000, 2_000));
    const restored = restore(`${JSON.stringify(model, null, 2)}\n`);
    expect(restored.ok).toBe(true);
  });

  it('lays out a 5,000-task chain without a diagram, left to right', async () => {
    const { model, warnings } = await importBpmn(taskChain(5_000, { drawn: false }));
    expect(model.nodes).toHaveLength(5_002);
    expect(warnings.map((w) => w.code)).toContain('FW_IMPORT_LAYOUT');
    const x = new Map(model.nodes.map((n) => [n.id, n.x]));
    for (const flow of model.flows) expect(x.get(flow.source)!).toBeLessThan(x.get(flow.target)!);
  });

  it('refuses 3,000-deep XML and 5,000-deep sub-processes clearly', async () => {
    await expect(importBpmn(deepXml(3_000))).rejects.toMatchObject({ code: 'FW_IMPORT_TOO_DEEP' });
    await expect(importBpmn(deepSubProcesses(5_000))).rejects.toMatchObject({ code: 'FW_IMPORT_TOO_DEEP' });
  });

  it('reads sub-processes nested as deep as the limit', async () => {
    const { model } = await importBpmn(deepSubProcesses(bpmnImportLimits.maxSubProcessDepth));
    expect(model.nodes).toHaveLength(bpmnImportLimits.maxSubProcessDepth + 1);
    expect(model.nodes.find((n) => n.id === 'Inner')?.parent).toBe(`Sub_${bpmnImportLimits.maxSubProcessDepth - 1}`);
  });
});
