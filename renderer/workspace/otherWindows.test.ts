import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Platform } from '../platform/platform';
import { createWorkspaceDb } from './db';
import { createWorkspaceRepository } from './repository';
import { createTestChannels, createTestEditor, renameFirstNode } from './testSupport';
import { createWorkspace } from './workspace';
import type { WorkspaceChannel } from './workspaceChannel';

const platform: Platform = {
  kind: 'browser',
  openFile: async () => null,
  saveFile: async () => true,
  saveBytes: async () => true,
  onMenuAction: () => () => {},
};

/** Two windows (tabs) on one workspace database, each with its own editor, autosave and channel endpoint. */
async function twoWindows(options: { channels?: boolean } = {}) {
  const dbName = `test-${crypto.randomUUID()}`;
  const connect = createTestChannels();
  function openWindow() {
    const editor = createTestEditor();
    const channel: WorkspaceChannel | null = options.channels === false ? null : connect();
    const repository = createWorkspaceRepository(createWorkspaceDb(dbName));
    // A long autosave delay keeps an edit unsaved until the test flushes it.
    const workspace = createWorkspace({ repository, editor, platform, channel, autosave: { delayMs: 60_000 } });
    workspace.connect(null);
    const notices = () => workspace.notices.store.getState().notices;
    const question = () => notices().find((n) => n.choices);
    const nodeName = () => editor.getState().model?.nodes[0].name;
    return { editor, workspace, repository, notices, question, nodeName };
  }
  const a = openWindow();
  const b = openWindow();
  await a.workspace.start();
  await a.workspace.createProcess();
  await a.workspace.renameProcess(a.editor.getState().processId!, 'Claims');
  await a.workspace.autosave.flush();
  const id = a.editor.getState().processId!;
  await b.workspace.start(); // reopens the last open process, as a second tab does
  expect(b.editor.getState().processId).toBe(id);
  const stored = async () => {
    const loaded = await a.repository.loadProcess(id);
    return loaded?.ok ? loaded.model.nodes[0].name : null;
  };
  return { a, b, id, stored };
}

describe('two windows on one process', () => {
  it('a window without unsaved changes shows the newer version quietly, with a small notice', async () => {
    const { a, b, stored } = await twoWindows();
    a.editor.edit('Rename "From A"', renameFirstNode('From A'));
    await a.workspace.autosave.flush();
    await expect.poll(b.nodeName).toBe('From A');
    expect(b.notices().at(-1)).toMatchObject({
      kind: 'info',
      title: 'Showing the newer version of "Claims", saved in another window or tab.',
    });
    expect(b.question()).toBeUndefined();
    // Its next change is based on what it now shows, so it saves, and the first window follows in turn.
    b.editor.edit('Rename "From B"', renameFirstNode('From B'));
    await b.workspace.autosave.flush();
    expect(await stored()).toBe('From B');
    expect(b.workspace.view.getState().saveStatus).toEqual({ state: 'saved' });
    await expect.poll(a.nodeName).toBe('From B');
  });

  it('a window with unsaved changes is asked, and its stale save never replaces the newer one', async () => {
    const { a, b, stored } = await twoWindows();
    b.editor.edit('Rename "Mine"', renameFirstNode('Mine'));
    a.editor.edit('Rename "Theirs"', renameFirstNode('Theirs'));
    await a.workspace.autosave.flush();
    await expect.poll(() => b.question()?.title).toBe('"Claims" was changed in another window or tab.');
    expect(b.question()).toMatchObject({
      kind: 'error',
      details: [
        'Your changes here are not saved: Rename "Mine".',
        'Reload shows the other window\'s version and drops your changes; Keep mine as a copy saves your version as "Claims (my copy)" and opens it.',
      ],
      choices: [{ label: 'Reload' }, { label: 'Keep mine as a copy' }],
    });
    await b.workspace.autosave.flush();
    expect(await stored()).toBe('Theirs');
    expect(b.nodeName()).toBe('Mine'); // nothing of it is lost while the question waits
    expect(b.workspace.view.getState().saveStatus).toEqual({
      state: 'failed',
      message: '"Claims" was changed in another window or tab',
      canRetry: false,
    });
  });

  it('"Reload" takes the newer version and drops the changes of the stale window', async () => {
    const { a, b, stored } = await twoWindows();
    b.editor.edit('Rename "Mine"', renameFirstNode('Mine'));
    a.editor.edit('Rename "Theirs"', renameFirstNode('Theirs'));
    await a.workspace.autosave.flush();
    await expect.poll(() => b.question()?.choices?.[0].label).toBe('Reload');
    b.question()!.choices![0].run();
    await expect.poll(b.nodeName).toBe('Theirs');
    await expect.poll(() => b.workspace.view.getState().saveStatus).toEqual({ state: 'saved' });
    expect(b.question()).toBeUndefined();
    expect(await stored()).toBe('Theirs');
  });

  it('"Keep mine as a copy" saves the stale version as a new process beside the newer one and opens it', async () => {
    const { a, b, id, stored } = await twoWindows();
    b.editor.edit('Rename "Mine"', renameFirstNode('Mine'));
    a.editor.edit('Rename "Theirs"', renameFirstNode('Theirs'));
    await a.workspace.autosave.flush();
    await expect.poll(() => b.question()?.choices?.[1].label).toBe('Keep mine as a copy');
    b.question()!.choices![1].run();
    await expect.poll(() => b.editor.getState().model?.name).toBe('Claims (my copy)');
    expect(b.editor.getState().processId).not.toBe(id);
    expect(b.nodeName()).toBe('Mine');
    expect(await stored()).toBe('Theirs');
    expect(b.notices().at(-1)).toMatchObject({ title: 'Your version is kept as "Claims (my copy)".' });
    expect(b.workspace.view.getState().saveStatus).toEqual({ state: 'saved' });
    await expect
      .poll(() => a.workspace.view.getState().processes.map((p) => p.name))
      .toEqual(['Claims (my copy)', 'Claims']);
  });

  it('refuses the stale save and asks even when no message arrives from the other window', async () => {
    const { a, b, stored } = await twoWindows({ channels: false });
    a.editor.edit('Rename "Theirs"', renameFirstNode('Theirs'));
    await a.workspace.autosave.flush();
    b.editor.edit('Rename "Mine"', renameFirstNode('Mine'));
    await b.workspace.autosave.flush();
    expect(await stored()).toBe('Theirs');
    expect(b.question()?.choices?.map((c) => c.label)).toEqual(['Reload', 'Keep mine as a copy']);
  });

  it('a process deleted in another window closes where it has no unsaved changes, and asks where it has', async () => {
    const clean = await twoWindows();
    await clean.a.workspace.deleteProcess(clean.id);
    await expect.poll(() => clean.b.editor.getState().processId).toBeNull();
    expect(clean.b.notices().at(-1)).toMatchObject({ title: '"Claims" was deleted in another window or tab.' });

    const dirty = await twoWindows();
    dirty.b.editor.edit('Rename "Mine"', renameFirstNode('Mine'));
    await dirty.a.workspace.deleteProcess(dirty.id);
    await expect.poll(() => dirty.b.question()?.title).toBe('"Claims" was deleted in another window or tab.');
    expect(dirty.b.question()!.choices!.map((c) => c.label)).toEqual(['Drop mine', 'Keep mine as a copy']);
    dirty.b.question()!.choices![1].run();
    await expect.poll(() => dirty.b.editor.getState().model?.name).toBe('Claims (my copy)');
    expect(dirty.b.nodeName()).toBe('Mine');
  });
});
