import { describe, expect, it } from 'vitest';
import { exportTargets as commandLineTargets } from '../../cli/commands/exportTargets';
import { purchaseApproval } from '../../shared/io/bpmn/testMaps';
import { exportTargets } from '../../shared/io/exportTargets';
import { exportFormat, exportFormats } from './exportFormats';
import { lintExport } from './exportLint';

describe('one list of export targets', () => {
  it('offers the same targets in the app and on the command line, in the same order', () => {
    const shared = exportTargets.map((t) => t.id);
    expect(exportFormats.map((f) => f.id)).toEqual(shared);
    expect(Object.keys(commandLineTargets)).toEqual(shared);
    for (const format of exportFormats) {
      const target = exportTargets.find((t) => t.id === format.id)!;
      expect([format.label, format.extension, format.description]).toEqual([
        target.label,
        target.extension,
        target.description,
      ]);
      expect(commandLineTargets[format.id].description).toBe(target.description);
    }
  });

  it('writes the simulated sample log in the app as the command line does', async () => {
    const { text } = (await exportFormat('xes-sample').produce(purchaseApproval(), async () => new Uint8Array())) as {
      text: string;
    };
    expect(text).toMatch(/^<\?xml[^>]*>\s*<log /);
    expect(text.match(/<trace>/g)?.length).toBe(100);
  });

  it('lists the values the Zeebe export derives before exporting', async () => {
    const lint = await lintExport(purchaseApproval(), exportFormat('zeebe'));
    expect(lint.derived).toContain("Job type for 'Book budget' derived from its name: book-budget");
    expect((await lintExport(purchaseApproval(), exportFormat('bpmn'))).derived).toEqual([]);
  });
});
