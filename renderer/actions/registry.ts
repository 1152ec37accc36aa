import { canvasView } from '../canvas/canvasView';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import type { Action, ActionContext } from './action';
import type { KeyLike } from './shortcuts';
import { autoLayoutMap } from './autoLayoutMap';
import { connectTo } from './connectTo';
import { copySelection } from './copySelection';
import { deleteSelection } from './deleteSelection';
import { duplicateSelection } from './duplicateSelection';
import { editJson } from './editJson';
import { escape } from './escape';
import { fitView } from './fitView';
import { insertElement } from './insertElement';
import { openDocument } from './openDocument';
import { revertDocument } from './revertDocument';
import { saveDocument, saveDocumentAs } from './saveDocument';
import { nudgeSelection } from './nudgeSelection';
import { pasteClipboard } from './pasteClipboard';
import { redo } from './redo';
import { renameSelection } from './rename';
import { search } from './search';
import { selectAll } from './selectAll';
import { showShortcuts } from './showShortcuts';
import { toggleDrawer } from './toggleDrawer';
import { toggleMinimap } from './toggleMinimap';
import { togglePalette } from './togglePalette';
import { toggleProblems } from './toggleProblems';
import { toggleProperties } from './toggleProperties';
import { toggleReadingMode } from './toggleReadingMode';
import { toggleSnap } from './toggleSnap';
import { undo } from './undo';
import { zoomIn } from './zoomIn';
import { zoomOut } from './zoomOut';
import { zoomToSelection } from './zoomToSelection';

/** Every editor action by its name; the single place menus, shortcuts, toolbar and palette look them up. */
export const actions = {
  openDocument,
  saveDocument,
  saveDocumentAs,
  revertDocument,
  undo,
  redo,
  delete: deleteSelection,
  copy: copySelection,
  paste: pasteClipboard,
  duplicate: duplicateSelection,
  rename: renameSelection,
  connectTo,
  nudge: nudgeSelection,
  selectAll,
  insertElement,
  autoLayout: autoLayoutMap,
  fitView,
  zoomIn,
  zoomOut,
  zoomToSelection,
  toggleSnap,
  toggleProblems,
  togglePalette,
  toggleProperties,
  toggleDrawer,
  toggleMinimap,
  toggleReadingMode,
  search,
  help: showShortcuts,
  editJson,
  escape,
} as const;

export type ActionName = keyof typeof actions;
type ArgOf<N extends ActionName> = (typeof actions)[N] extends Action<infer A> ? A : never;
/** The arguments `dispatch` takes after the name: none for most actions. */
export type ActionArgs<N extends ActionName> = [ArgOf<N>] extends [void] ? [] : [ArgOf<N>];

/** The context an action runs in, read fresh from the stores. */
export function actionContext(): ActionContext {
  return { editor: useEditor.getState(), ui: useEditorUi.getState(), view: canvasView.current };
}

/** Runs an action by name when it is enabled; returns whether it ran. */
export function dispatch<N extends ActionName>(name: N, ...args: ActionArgs<N>): boolean {
  const action = actions[name] as Action<unknown>;
  const context = actionContext();
  if (!action.enabled(context)) return false;
  action.perform(context, args[0]);
  return true;
}

/** Runs the action a shortcut key press asks for, with the argument the key gives; returns whether it ran. */
export function dispatchKey(name: ActionName, event: KeyLike): boolean {
  const action = actions[name] as Action<unknown>;
  const context = actionContext();
  if (!action.enabled(context)) return false;
  action.perform(context, action.argFromKey?.(event));
  return true;
}

/** Whether an action can run now. */
export function isEnabled(name: ActionName): boolean {
  return (actions[name] as Action<unknown>).enabled(actionContext());
}
