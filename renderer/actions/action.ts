import type { CanvasView } from '../canvas/canvasView';
import type { EditorState } from '../store/editorStore';
import type { EditorUiState } from '../store/uiStore';
import { actionCatalogue, type ActionGroup, type ActionId } from '../../shared/ipc/actionCatalogue';
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
  name: ActionId;
  /** From the action catalogue (shared/ipc/actionCatalogue.ts), as label, group and shortcuts are. */
  label: string;
  group: ActionGroup;
  shortcuts: readonly string[];
  enabled(context: ActionContext): boolean;
  perform(context: ActionContext, arg: Arg): void;
  /** The argument a shortcut key press gives (which way an arrow key moves); none when the action takes none. */
  argFromKey?(event: KeyLike): Arg;
}

/**
 * What an action's own file says: its name, when it can run and what it does. Its label and keys are the action
 * catalogue's (shared/ipc/actionCatalogue.ts), which the desktop menu reads too: a new action is added there first.
 */
export type ActionSpec<Arg = void> = Omit<Action<Arg>, 'label' | 'group' | 'shortcuts'>;

/** Declares an action with its catalogue label and keys; keeps each action's argument type for the registry. */
export function defineAction<Arg = void>(spec: ActionSpec<Arg>): Action<Arg> {
  const { label, group, keys } = actionCatalogue[spec.name];
  return { ...spec, label, group, shortcuts: keys };
}

/** Whether a map is open: most actions need one. */
export const hasModel = ({ editor }: ActionContext) => editor.model !== null;
