import { describe, expect, it } from 'vitest';
import { documentChannels, type DocumentLoad } from '../shared/ipc/documents';
import { documentHandlers, windowDocument, type ShellWindow } from './windowDocument';
import type { DocumentWindows } from './documentWindows';

function shell() {
  const sent: [string, unknown][] = [];
  const fake: ShellWindow & { sent: typeof sent; edited: boolean[] } = {
    id: 7,
    sent,
    edited: [],
    setTitle: () => {},
    setDocumentEdited(e) {
      this.edited.push(e);
    },
    setRepresentedFilename: () => {},
    isMinimized: () => false,
    restore: () => {},
    focus: () => {},
    send: (channel, payload) => void sent.push([channel, payload]),
  };
  return fake;
}
const doc: DocumentLoad = {
  path: '/a.flow.json',
  name: 'a.flow.json',
  kind: 'flow',
  bytes: new Uint8Array(),
  reason: 'open',
};

describe('a window’s document link', () => {
  it('holds documents until the page listens, then sends them', () => {
    const s = shell();
    const w = windowDocument(s, false);
    w.window.load(doc);
    expect(s.sent).toEqual([]);
    w.ready();
    expect(s.sent).toEqual([[documentChannels.load, doc]]);
    w.window.load(doc);
    expect(s.sent).toHaveLength(2);
  });

  it('asks the page to save and waits for its answer; a closed window answers not saved', async () => {
    const s = shell();
    const w = windowDocument(s, false);
    expect(await w.requestSave(false)).toBe(false); // a page that does not handle documents cannot save
    w.ready();
    const first = w.requestSave(true);
    expect(s.sent.at(-1)).toEqual([documentChannels.saveRequest, { id: 0, saveAs: true, closing: false }]);
    w.saveDone({ id: 0, saved: true });
    expect(await first).toBe(true);
    const second = w.requestSave(false, true);
    expect(s.sent.at(-1)).toEqual([documentChannels.saveRequest, { id: 1, saveAs: false, closing: true }]);
    w.dispose();
    expect(await second).toBe(false);
  });

  it('shows the edited dot only on macOS', () => {
    expect(windowDocument(shell(), false).window.setDocumentEdited).toBeUndefined();
    const s = shell();
    windowDocument(s, true).window.setDocumentEdited!(true);
    expect(s.edited).toEqual([true]);
  });

  it('routes each bridge call to the window that sent it, validating what the page sends', async () => {
    const calls: unknown[] = [];
    const documents = {
      setState: (...args: unknown[]) => void calls.push(['state', ...args]),
      chooseTarget: async (...args: unknown[]) => (calls.push(['target', ...args]), { status: 'cancelled' }),
    } as unknown as DocumentWindows;
    const w = windowDocument(shell(), false);
    const handlers = documentHandlers(documents, (sender: string) => (sender === 'mine' ? w : undefined));
    await handlers[documentChannels.state]({ name: 'Approval', dirty: true }, 'mine');
    await handlers[documentChannels.state]({ name: 'Claims', dirty: false, showsFile: false }, 'mine');
    await handlers[documentChannels.chooseTarget]({ suggestedName: 'Approval', saveAs: true }, 'mine');
    expect(calls).toEqual([
      // A page that does not say whether it shows the file shows it.
      ['state', w.window, 'Approval', true, true, false],
      ['state', w.window, 'Claims', false, false, false],
      ['target', w.window, 'Approval', true],
    ]);
    await expect(handlers[documentChannels.state]({ name: 'x', dirty: 'yes' }, 'mine')).rejects.toThrow();
    await expect(handlers[documentChannels.state]({ name: 'x', dirty: true }, 'other')).rejects.toThrow(/gone/);
  });
});
