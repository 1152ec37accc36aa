import type { CanvasView } from '../canvas/canvasView';
import type { EditorState } from '../store/editorStore';
import type { EditorUiState } from '../store/uiStore';
import type { KeyLike } from './shortcuts';

/** What an action sees when it runs: the editor and its view state as they are now, and the canvas. */
export interface ActionContext {
  editor: EditorState;
  ui: EditorUiState;
  view: CanvasView | null;
}

/**
 * A user command that toolbar, keyboard, palette, menus and the command bar all dispatch by name.
 * Shortcuts are written like "Mod+Shift+Z": Mod is Cmd on macOS and Ctrl elsewhere.
 */
export interface Action<Arg = void> {
  name: string;
  label: string;
  group: 'File' | 'Edit' | 'Arrange' | 'View' | 'Help';
  shortcuts: readonly string[];
  enabled(context: ActionContext): boolean;
  perform(context: ActionContext, arg: Arg): void;
  /** The argument a shortcut key press gives (which way an arrow key moves); none when the action takes none. */
  argFromKey?(event: KeyLike): Arg;
}

/** Declares an action; the identity function keeps each action's argument type for the registry. */
export function defineAction<Arg = void>(action: Action<Arg>): Action<Arg> {
  return action;
}

/** Whether a map is open: most actions need one. */
export const hasModel = ({ editor }: ActionContext) => editor.model !== null;
