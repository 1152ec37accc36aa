import { useEditor } from '../store/editorStore';
import type { EditorBinding } from '../workspace/editorBinding';
import type { DrawingGuard } from './drawingGuard';

/**
 * Marks each map the editor opens as being drawn. A store subscription runs as the map is opened, before React
 * draws it, so that a drawing that takes the window down still leaves the mark. Returns the unsubscribe function.
 */
export function markMapsAsTheyOpen(guard: DrawingGuard, editor: EditorBinding = useEditor): () => void {
  return editor.subscribe((state, previous) => {
    if (state.processId && state.model && state.processId !== previous.processId)
      guard.opening({ processId: state.processId, name: state.model.name });
  });
}

/** Marks the open map (if any) as one whose drawing failed, so that the next start asks before reopening it. */
export function markOpenMapFailed(guard: DrawingGuard, editor: EditorBinding = useEditor): void {
  const { processId, model } = editor.getState();
  if (processId && model) guard.failed({ processId, name: model.name });
}
