import { create } from 'zustand';
import type { ModelFragment } from '../../shared/model';
import { initialLayout, parseLayout, serializeLayout, type DrawerId, type PanelLayout } from '../panels/panelLayout';
import { windowStorage } from '../recovery/drawingGuard';

/** View state of the editor that is not part of the map: overlays, toggles, panel layout and the clipboard. */
export interface EditorUiState {
  snapToGrid: boolean;
  helpOpen: boolean;
  searchOpen: boolean;
  problemsOpen: boolean;
  /** Panel sizes, collapsed panels and the overview map: kept across reloads (see `keepLayout`). */
  layout: PanelLayout;
  /** Every panel and the toolbar hidden, the map alone on screen; not kept, a reload shows the panels again. */
  readingMode: boolean;
  /** The workspace's side panel open beside the editor, mirrored here for the panel actions. */
  openDrawer: DrawerId | null;
  /** What Copy put aside, ready for Paste (within this window, across maps). */
  clipboard: ModelFragment | null;
  /** The sub-process whose inside the canvas shows, or null for the process itself. */
  scope: string | null;
  /** Bumped by Rename when the selection is not drawn on the canvas: its name field in the panel takes the focus. */
  renameRequest: number;
  /** How many times the clipboard has been pasted, so that repeated pastes step away from each other. */
  pasteCount: number;
  set(partial: Partial<Omit<EditorUiState, 'set'>>): void;
}

/** Where the panel layout is kept: one entry per browser profile, shared by the windows of the app. */
export const layoutStorageKey = 'flowwright.panelLayout';

/** The stored layout; the problems panel's open state is the `problemsOpen` toggle, stored as its `collapsed`. */
export function storedLayout(storage: Pick<Storage, 'getItem'> | null): { layout: PanelLayout; problemsOpen: boolean } {
  let text: string | null = null;
  try {
    text = storage?.getItem(layoutStorageKey) ?? null;
  } catch {
    // Storage refused (private mode, a full quota): start with the initial layout.
  }
  const layout = text === null ? initialLayout() : parseLayout(text);
  return { layout, problemsOpen: !layout.panels.problems.collapsed };
}

/** Writes the layout whenever it (or the problems toggle) changes; returns the unsubscribe function. */
export function keepLayout(
  store: typeof useEditorUi,
  storage: Pick<Storage, 'setItem'> | null = windowStorage(),
): () => void {
  return store.subscribe((ui, before) => {
    if (!storage || (ui.layout === before.layout && ui.problemsOpen === before.problemsOpen)) return;
    const problems = { ...ui.layout.panels.problems, collapsed: !ui.problemsOpen };
    try {
      storage.setItem(layoutStorageKey, serializeLayout({ ...ui.layout, panels: { ...ui.layout.panels, problems } }));
    } catch {
      // A full or refused storage only costs the layout at the next start.
    }
  });
}

export const useEditorUi = create<EditorUiState>()((set) => ({
  snapToGrid: true,
  helpOpen: false,
  searchOpen: false,
  ...storedLayout(windowStorage()),
  readingMode: false,
  openDrawer: null,
  clipboard: null,
  pasteCount: 0,
  renameRequest: 0,
  scope: null,
  set: (partial) => set(partial),
}));

keepLayout(useEditorUi);
