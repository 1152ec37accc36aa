import { useEditor } from '../store/editorStore';
import { scopeOf } from '../store/scope';
import { useEditorUi } from '../store/uiStore';
import { canvasView } from './canvasView';

/** Tries for a few frames, since a newly shown scope is drawn a frame or two after it is chosen. */
function centreOnceDrawn(id: string, frames = 10): void {
  requestAnimationFrame(() => {
    if (!canvasView.current?.centreOn([id]) && frames > 0) centreOnceDrawn(id, frames - 1);
  });
}

/** Selects an element and brings it to the middle of the canvas, opening the sub-process it is in. */
export function revealElement(id: string): void {
  const editor = useEditor.getState();
  if (!editor.model) return;
  useEditorUi.getState().set({ scope: scopeOf(editor.model, id) });
  editor.select([id]);
  centreOnceDrawn(id);
}
