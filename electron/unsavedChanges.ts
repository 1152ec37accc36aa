import type { MessageBoxOptions } from 'electron';

/** What a person chose when a window with unsaved changes was closing. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The message box the prompts use (Electron's `dialog.showMessageBox`, injected for tests). */
export type ShowMessageBox = (options: MessageBoxOptions) => Promise<{ response: number }>;

const choices: UnsavedChoice[] = ['save', 'discard', 'cancel'];

/** Asks Save / Don't save / Cancel about the document `name`; Escape or closing the box means Cancel. */
export async function askAboutUnsaved(showMessageBox: ShowMessageBox, name: string): Promise<UnsavedChoice> {
  const { response } = await showMessageBox({
    type: 'warning',
    buttons: ['Save', 'Don’t save', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to “${name}”?`,
    detail: 'Your changes will be lost if you don’t save them.',
  });
  return choices[response] ?? 'cancel';
}

/** One open document's window, as far as closing it is concerned. */
export interface ClosingDocument {
  name: string;
  dirty: boolean;
  /** Saves (showing Save As for a map never saved to a file); false when the user cancelled or it failed. */
  save(): Promise<boolean>;
}

/** Whether the document may close: clean, or the user chose Don't save, or chose Save and it was saved. */
export async function mayClose(document: ClosingDocument, showMessageBox: ShowMessageBox): Promise<boolean> {
  if (!document.dirty) return true;
  const choice = await askAboutUnsaved(showMessageBox, document.name);
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return document.save();
}

/** Quitting asks about each window with unsaved changes in turn; one Cancel keeps the app running. */
export async function mayQuit(documents: ClosingDocument[], showMessageBox: ShowMessageBox): Promise<boolean> {
  for (const document of documents) {
    if (!(await mayClose(document, showMessageBox))) return false;
  }
  return true;
}

/** The part of a BrowserWindow the close guard uses. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): void;
  close(): void;
}

/**
 * Holds a window's close until the question is answered: Electron's close event cannot wait for a dialog, so the
 * first close is prevented, the question asked, and the window closed again once the answer allows it. A window
 * with nothing to ask about closes at once: a prevented close would also cancel a quit in progress.
 */
export function guardClose(
  window: GuardedWindow,
  question: { needed(): boolean; ask(): Promise<boolean> },
): { allowClose(): void } {
  let allowed = false;
  let asking = false;
  window.on('close', (event) => {
    if (allowed || (!asking && !question.needed())) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void question
      .ask()
      .then((ok) => {
        if (!ok) return;
        allowed = true;
        window.close();
      })
      .finally(() => (asking = false));
  });
  // After a quit was confirmed for every window, their closes must not ask again.
  return { allowClose: () => (allowed = true) };
}
