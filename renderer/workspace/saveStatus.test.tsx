// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../platform/platform';
import { Notices } from './Notices';
import type { SaveChange } from './repository';
import { createTestEditor, createTestRepository, renameFirstNode } from './testSupport';
import { TopBar } from './TopBar';
import { createWorkspace } from './workspace';
import { WorkspaceProvider } from './workspaceHooks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const platform: Platform = {
  kind: 'browser',
  openFile: async () => null,
  saveFile: async () => true,
  saveBytes: async () => true,
  onMenuAction: () => () => {},
};

let root: Root | null = null;
let host: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

/** The top bar and the notices of a workspace whose saves fail while `failing.on` is true. */
async function render() {
  const { repository } = createTestRepository();
  const failing = { on: false };
  const saveChange = (change: SaveChange) =>
    failing.on ? Promise.reject(new Error('The disk is full')) : repository.saveChange(change);
  const editor = createTestEditor();
  // Automatic retries are far off here, so that only the Retry button can store the change.
  const workspace = createWorkspace({
    repository: { ...repository, saveChange },
    editor,
    platform,
    channel: null,
    autosave: { retryMs: 600_000 },
  });
  workspace.connect(null);
  await workspace.createProcess();
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() =>
    root!.render(
      <WorkspaceProvider workspace={workspace}>
        <TopBar />
        <Notices />
      </WorkspaceProvider>,
    ),
  );
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  const status = () => {
    const shown = host.querySelector('.save-status');
    return shown?.textContent === 'Not saved' ? shown.getAttribute('title') : shown?.textContent;
  };
  return { workspace, editor, failing, button, status };
}

describe('save status in the top bar', () => {
  it('says "Not saved" with a Retry button after a failed save, and "All changes saved" only once it is stored', async () => {
    const { workspace, editor, failing, button, status } = await render();
    failing.on = true;
    editor.edit('Rename "X"', renameFirstNode('X'));
    await act(() => workspace.autosave.flush());
    expect(status()).toBe('Not saved: The disk is full');
    failing.on = false;
    await act(async () => button('Retry')!.click());
    await vi.waitFor(() => expect(status()).toBe('All changes saved'), { timeout: 30_000 });
    expect(button('Retry')).toBeUndefined();
  });

  it('shows a question with its answers and no way to dismiss it without answering', async () => {
    const { workspace, button } = await render();
    const answered: string[] = [];
    act(() => {
      workspace.notices.notify({
        kind: 'error',
        title: '"Claims" was changed in another window or tab.',
        details: [],
        choices: [
          { label: 'Reload', run: () => answered.push('Reload') },
          { label: 'Keep mine as a copy', run: () => answered.push('Keep mine as a copy') },
        ],
      });
    });
    expect(host.querySelector('[role="alert"] [aria-label="Dismiss"]')).toBeNull();
    act(() => button('Keep mine as a copy')!.click());
    expect(answered).toEqual(['Keep mine as a copy']);
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });
});
