import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { OpenedFile, Platform } from '../platform/platform';
import { createTestEditor, createTestRepository } from '../workspace/testSupport';
import { createWorkspace } from '../workspace/workspace';
import { deepSubProcesses } from '../../test/hostile/bpmnInputs';
import { isBpmnFileName, readBpmnFile, type BpmnImporter } from './bpmnImport';
import a20 from '../../test/fixtures/bpmn/miwg/reference/A.2.0.bpmn?raw';
import b20 from '../../test/fixtures/bpmn/miwg/reference/B.2.0.bpmn?raw';

const references: Record<string, string> = { 'A.2.0.bpmn': a20, 'B.2.0.bpmn': b20 };
const reference = (name: string): OpenedFile => ({
  name,
  text: references[name],
  bytes: new TextEncoder().encode(references[name]),
});
const brokenXml =
  '<?xml version="1.0"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <process id="p">\n</definitions>\n';

function setup(file: OpenedFile) {
  const editor = createTestEditor();
  const platform: Platform = {
    kind: 'browser',
    openFile: async () => file,
    saveFile: async () => true,
    saveBytes: async () => true,
    onMenuAction: () => () => {},
  };
  const workspace = createWorkspace({ repository: createTestRepository().repository, editor, platform });
  const notices = () => workspace.notices.store.getState().notices;
  const names = () => workspace.view.getState().processes.map((p) => p.name);
  return { workspace, editor, notices, names };
}

describe('BPMN files in the workspace', () => {
  it('recognises BPMN files by their ending', () => {
    expect(['a.bpmn', 'B.BPMN2', 'export.xml', 'a.flow.json', 'bpmn.json'].map(isBpmnFileName)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('reads a BPMN file from its bytes, named after the file when the file names nothing', async () => {
    const result = await readBpmnFile(reference('A.2.0.bpmn'));
    expect(result.ok && result.model.nodes.length).toBe(8);
    expect(result.ok && result.model.flows.length).toBe(9);
  });

  it("refuses broken XML with the line and column, in the user's terms", async () => {
    const result = await readBpmnFile({ name: 'broken.bpmn', text: brokenXml });
    expect(result).toEqual({
      ok: false,
      title: '"broken.bpmn" was not imported. The BPMN file is not well-formed XML.',
      problems: [expect.stringMatching(/^FW_IMPORT_INVALID_XML: line 4, column \d+: /)],
    });
  });

  it('refuses a hostile file with the reason in plain words and its code', async () => {
    const result = await readBpmnFile({ name: 'deep.bpmn', text: deepSubProcesses(5_000) });
    expect(result).toEqual({
      ok: false,
      title:
        '"deep.bpmn" was not imported. The BPMN file nests XML elements or sub-processes deeper than Flowwright reads.',
      problems: [
        expect.stringMatching(/^FW_IMPORT_TOO_DEEP: line 4, column \d+: sub-processes are nested more than 50 deep/),
      ],
    });
  });

  it('reports a failure of the importer itself (a worker that died) instead of throwing', async () => {
    const died: BpmnImporter = async () => ({ ok: false, code: 'FW_INTERNAL', message: 'the worker stopped' });
    const result = await readBpmnFile(reference('A.2.0.bpmn'), { importer: died });
    expect(result).toEqual({
      ok: false,
      title:
        '"A.2.0.bpmn" was not imported. An unexpected failure inside Flowwright; please report it with the message.',
      problems: ['FW_INTERNAL: the worker stopped'],
    });
  });

  it('discards an import cancelled while it runs', async () => {
    const cancel = new AbortController();
    const pending = readBpmnFile(reference('A.2.0.bpmn'), { signal: cancel.signal });
    cancel.abort();
    expect(await pending).toEqual({
      ok: false,
      cancelled: true,
      title: 'The import of "A.2.0.bpmn" was cancelled.',
      problems: [],
    });
  });

  it('imports a BPMN file as a new open process and lists what it could not carry over', async () => {
    const { workspace, editor, notices, names } = setup(reference('B.2.0.bpmn'));
    await workspace.importFile();
    expect(names()).toHaveLength(1);
    // 95 flow nodes and annotations, and its 2 data object and data store references.
    expect(editor.getState().model?.nodes).toHaveLength(97);
    expect(notices().at(-1)).toMatchObject({
      kind: 'info',
      title: expect.stringMatching(/^Imported ".+" from BPMN, with \d+ note\(s\):$/),
      details: expect.arrayContaining([expect.stringContaining('has a conditional event definition')]),
      timeoutMs: null,
    });
  });

  it('leaves the workspace as it was when the BPMN file is broken', async () => {
    const { workspace, editor, notices, names } = setup({ name: 'broken.bpmn', text: brokenXml });
    await workspace.importFile();
    expect(names()).toEqual([]);
    expect(editor.getState().model).toBeNull();
    expect(notices().at(-1)).toMatchObject({ kind: 'error', details: [expect.stringContaining('line 4, column')] });
  });
});
