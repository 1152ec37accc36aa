import { create } from 'zustand';
import type { ModelFragment } from '../../shared/model';

/** View state of the editor that is not part of the map: overlays, toggles and the clipboard. */
export interface EditorUiState {
  snapToGrid: boolean;
  helpOpen: boolean;
  searchOpen: boolean;
  problemsOpen: boolean;
  /** What Copy put aside, ready for Paste (within this window, across maps). */
  clipboard: ModelFragment | null;
  /** The sub-process whose inside the canvas shows, or null for the process itself. */
  scope: string | null;
  /** Bumped by Rename (F2, double-click): the name field of the selection takes the focus. */
  renameRequest: number;
  /** How many times the clipboard has been pasted, so that repeated pastes step away from each other. */
  pasteCount: number;
  set(partial: Partial<Omit<EditorUiState, 'set'>>): void;
}

export const useEditorUi = create<EditorUiState>()((set) => ({
  snapToGrid: true,
  helpOpen: false,
  searchOpen: false,
  problemsOpen: true,
  clipboard: null,
  pasteCount: 0,
  renameRequest: 0,
  scope: null,
  set: (partial) => set(partial),
}));
