import { canvasView } from '../canvas/canvasView';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import type { Action, ActionContext } from './action';
import { autoLayoutMap } from './autoLayoutMap';
import { copySelection } from './copySelection';
import { deleteSelection } from './deleteSelection';
import { duplicateSelection } from './duplicateSelection';
import { editJson } from './editJson';
import { escape } from './escape';
import { fitView } from './fitView';
import { insertElement } from './insertElement';
import { pasteClipboard } from './pasteClipboard';
import { redo } from './redo';
import { renameSelection } from './rename';
import { search } from './search';
import { selectAll } from './selectAll';
import { showShortcuts } from './showShortcuts';
import { toggleProblems } from './toggleProblems';
import { toggleSnap } from './toggleSnap';
import { undo } from './undo';
import { zoomIn } from './zoomIn';
import { zoomOut } from './zoomOut';

/** Every editor action by its name; the single place menus, shortcuts, toolbar and palette look them up. */
export const actions = {
  undo,
  redo,
  delete: deleteSelection,
  copy: copySelection,
  paste: pasteClipboard,
  duplicate: duplicateSelection,
  rename: renameSelection,
  selectAll,
  insertElement,
  autoLayout: autoLayoutMap,
  fitView,
  zoomIn,
  zoomOut,
  toggleSnap,
  toggleProblems,
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

/** Whether an action can run now. */
export function isEnabled(name: ActionName): boolean {
  return (actions[name] as Action<unknown>).enabled(actionContext());
}
