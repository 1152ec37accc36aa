import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../shared/data';
import { templateDefinitions } from '../../templates/catalogue';
import { buildTemplate } from '../../templates/kit/buildTemplate';
import type { Platform } from '../platform/platform';
import { builtInTemplate, builtInTemplates, templateRecords } from './templates';
import { createTestEditor, createTestRepository } from './testSupport';
import { createWorkspace } from './workspace';

const platform: Platform = {
  kind: 'browser',
  openFile: async () => null,
  saveFile: async () => true,
  saveBytes: async () => true,
  onMenuAction: () => () => {},
};

function setup() {
  const { repository } = createTestRepository();
  const editor = createTestEditor();
  const workspace = createWorkspace({ repository, editor, platform });
  return { repository, editor, workspace };
}

describe('builtInTemplates', () => {
  it('bundles every template as the generator writes it, in order, with the map name and description', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual(templateDefinitions.map((d) => d.id));
    for (const definition of templateDefinitions) {
      const template = builtInTemplate(definition.id)!;
      expect(template).toMatchObject({
        name: definition.model.name,
        description: definition.model.description,
        keyColumn: definition.records.keyColumn,
        arrivalColumn: definition.records.arrivalColumn,
      });
      const built = buildTemplate(definition);
      expect(template.mapText).toBe(built.mapText);
      expect(templateRecords(definition.id)).toBe(built.csvText);
    }
  });

  it('has no records for a template it does not have', () => {
    expect(builtInTemplate('payroll')).toBeUndefined();
    expect(() => templateRecords('payroll')).toThrow('there is no template "payroll"');
  });
});

describe('createFromTemplate', () => {
  it('creates a process from the map and opens it, with a model id of its own each time', async () => {
    const { repository, editor, workspace } = setup();
    await workspace.start();
    await workspace.createFromTemplate('purchase-approval');
    const first = editor.getState();
    expect(first.model?.name).toBe('Purchase approval');
    const template = JSON.parse(builtInTemplate('purchase-approval')!.mapText) as { nodes: { id: string }[] };
    expect(first.model?.nodes.map((n) => n.id)).toEqual(template.nodes.map((n) => n.id));
    expect(first.model?.id).not.toBe('purchase-approval');
    expect((await repository.listRevisions(first.processId!)).map((r) => r.description)).toEqual([
      'Create from the template "Purchase approval"',
    ]);

    await workspace.createFromTemplate('purchase-approval');
    const second = editor.getState();
    expect(second.processId).not.toBe(first.processId);
    expect(second.model?.id).not.toBe(first.model?.id);
    expect(workspace.view.getState().processes.map((p) => p.name)).toEqual(['Purchase approval', 'Purchase approval']);
  });

  it("stores the template's records as the new process's dataset, every field mapped, with key and arrival columns", async () => {
    const { repository, editor, workspace } = setup();
    await workspace.start();
    await workspace.createFromTemplate('purchase-approval');
    const { processId, model } = editor.getState();
    const dataset = await repository.loadDataset(processId!);
    expect(dataset).toMatchObject({ processId, name: 'purchase-approval.csv' });
    expect(dataset!.table.source).toEqual({ format: 'csv', delimiter: ',', encoding: 'utf-8' });
    // 1,005 rows as the file has them; the empty row among the messy ones gives no record.
    expect(dataset!.table.rows).toHaveLength(1005);
    const fields = model!.data.fields;
    expect(mapColumns(dataset!.table, fields, dataset!.mapping).records).toHaveLength(1004);
    expect(dataset!.mapping).toMatchObject({
      fields: Object.fromEntries(fields.map((f) => [f.name, f.name])),
      keyColumn: 'requestId',
      arrivalColumn: 'submittedAt',
    });
    expect(Object.keys(dataset!.mapping.formats ?? {})).toEqual(dataset!.table.columns);
  });

  it('carries the records along when the process is duplicated, deleted and brought back by Undo', async () => {
    const { repository, editor, workspace } = setup();
    await workspace.start();
    await workspace.createFromTemplate('support-escalation');
    const id = editor.getState().processId!;
    const original = await repository.loadDataset(id);
    await workspace.duplicateProcess(id);
    const copy = workspace.view.getState().processes.find((p) => p.name === 'Support escalation (copy)')!;
    expect(await repository.loadDataset(copy.id)).toEqual({ ...original, processId: copy.id });

    await workspace.deleteProcess(id);
    expect(await repository.loadDataset(id)).toBeNull();
    expect(await repository.loadDataset(copy.id)).not.toBeNull();
    workspace.notices.store.getState().notices.at(-1)!.action!.run();
    await expect.poll(() => editor.getState().processId).toBe(id);
    expect(await repository.loadDataset(id)).toEqual(original);
  });

  it('says so when there is no such template, and changes nothing', async () => {
    const { editor, workspace } = setup();
    await workspace.start();
    await workspace.createFromTemplate('payroll');
    expect(editor.getState().model).toBeNull();
    expect(workspace.notices.store.getState().notices.map((n) => [n.title, n.details])).toEqual([
      ['Creating a process from the template failed.', ['there is no template "payroll"']],
    ]);
  });
});
