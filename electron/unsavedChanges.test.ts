import { describe, expect, it, vi } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import { guardClose, mayClose, mayQuit, type ClosingDocument, type GuardedWindow } from './unsavedChanges';

const answering = (...responses: number[]) => {
  const asked: MessageBoxOptions[] = [];
  const show = async (options: MessageBoxOptions) => {
    asked.push(options);
    return { response: responses.shift() ?? 2 };
  };
  return { show, asked };
};
const doc = (dirty: boolean, saves = true, name = 'approval.flow.json') => {
  const save = vi.fn(async () => saves);
  return { name, dirty, save } satisfies ClosingDocument;
};

describe('closing with unsaved changes', () => {
  it('closes a clean document without asking', async () => {
    const { show, asked } = answering();
    expect(await mayClose(doc(false), show)).toBe(true);
    expect(asked).toHaveLength(0);
  });

  it('asks Save, Don’t save, Cancel with the document’s name', async () => {
    const { show, asked } = answering(2);
    expect(await mayClose(doc(true), show)).toBe(false);
    expect(asked[0].buttons).toEqual(['Save', 'Don’t save', 'Cancel']);
    expect(asked[0].cancelId).toBe(2);
    expect(asked[0].message).toContain('approval.flow.json');
  });

  it('Save saves then closes; a cancelled or failed save keeps the window', async () => {
    const saved = doc(true, true);
    expect(await mayClose(saved, answering(0).show)).toBe(true);
    expect(saved.save).toHaveBeenCalledOnce();
    expect(await mayClose(doc(true, false), answering(0).show)).toBe(false);
  });

  it('Don’t save closes without saving', async () => {
    const discarded = doc(true);
    expect(await mayClose(discarded, answering(1).show)).toBe(true);
    expect(discarded.save).not.toHaveBeenCalled();
  });

  it('quitting asks each unsaved window in turn and stops at the first Cancel', async () => {
    const { show, asked } = answering(1, 2, 0);
    const docs = [doc(true, true, 'a.flow.json'), doc(false), doc(true, true, 'b.bpmn'), doc(true, true, 'c')];
    expect(await mayQuit(docs, show)).toBe(false);
    expect(asked.map((a) => a.message)).toEqual([
      expect.stringContaining('a.flow.json'),
      expect.stringContaining('b.bpmn'),
    ]);
    expect(docs[3].save).not.toHaveBeenCalled();
  });
});

describe('the close guard', () => {
  function fakeWindow() {
    let listener: ((event: { preventDefault(): void }) => void) | undefined;
    const window: GuardedWindow & { closes: number; prevented: number; fire(): void } = {
      closes: 0,
      prevented: 0,
      on: (_event, l) => (listener = l),
      close() {
        this.closes++;
        this.fire();
      },
      fire() {
        listener!({ preventDefault: () => this.prevented++ });
      },
    };
    return window;
  }

  it('prevents the close, asks, and closes again when allowed', async () => {
    const window = fakeWindow();
    guardClose(window, { needed: () => true, ask: async () => true });
    window.fire();
    expect(window.prevented).toBe(1);
    await vi.waitFor(() => expect(window.closes).toBe(1), { timeout: 30_000 });
    expect(window.prevented).toBe(1);
  });

  it('keeps the window open when the answer is Cancel, and asks once for repeated clicks', async () => {
    const window = fakeWindow();
    const ask = vi.fn(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10)));
    guardClose(window, { needed: () => true, ask });
    window.fire();
    window.fire();
    await vi.waitFor(() => expect(ask).toHaveBeenCalledOnce(), { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 30));
    expect(window.closes).toBe(0);
  });

  it('lets a window with nothing unsaved close at once, so a quit is not cancelled', () => {
    const window = fakeWindow();
    const ask = vi.fn(async () => true);
    guardClose(window, { needed: () => false, ask });
    window.fire();
    expect(window.prevented).toBe(0);
    expect(ask).not.toHaveBeenCalled();
  });

  it('does not ask again once the quit was confirmed', () => {
    const window = fakeWindow();
    const guard = guardClose(window, { needed: () => true, ask: async () => true });
    guard.allowClose();
    window.fire();
    expect(window.prevented).toBe(0);
  });
});
