import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import { canvasView } from '../canvas/canvasView';
import type { Action } from './action';
import { actions, type ActionName } from './registry';

/** Whether an action is enabled, re-evaluated whenever the editor or its view state changes. */
export function useActionEnabled(name: ActionName): boolean {
  const action = actions[name] as Action<unknown>;
  // Subscribing to both stores re-renders on either; each selector reads the other store fresh.
  const fromUi = useEditorUi((ui) => action.enabled({ editor: useEditor.getState(), ui, view: canvasView.current }));
  const fromEditor = useEditor((editor) =>
    action.enabled({ editor, ui: useEditorUi.getState(), view: canvasView.current }),
  );
  return fromUi && fromEditor;
}
