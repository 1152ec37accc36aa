import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fidelityLoss } from '../../../test/support/bpmnFidelity';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { decodeXml, xmlSafeId } from './xmlText';

const root = join(__dirname, '../../../test/fixtures/bpmn');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.bpmn') ? [relative(root, path)] : [];
  });
}

/** Files the import refuses (see fixtures.test.ts): nothing to carry over. */
const refused = new Set([
  'misc/invalid/bpmn-js--missing-namespace.bpmn',
  'misc/invalid/bpmn-moddle--not-bpmn.bpmn',
  'misc/invalid/bpmn-moddle--bad-encoding.bpmn',
  'misc/bpmn-moddle/namespace-prefix-collision.bpmn',
  'miwg/vendors/genmymodel-0.47/C.1.1-export.bpmn',
]);

describe('a file imported and exported again', () => {
  for (const file of files(root).filter((f) => !refused.has(f))) {
    it(`keeps every element of ${file}, draws each where bpmn-js shows it, and overlaps no shapes anew`, async () => {
      const bytes = new Uint8Array(readFileSync(join(root, file)));
      const { model } = await importBpmn(bytes);
      const loss = await fidelityLoss(decodeXml(bytes), await exportBpmn(model), xmlSafeId);
      expect(loss).toEqual({ missing: [], undrawn: [], newOverlaps: [] });
    });
  }
});
