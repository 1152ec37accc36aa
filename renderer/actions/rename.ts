import type { ProcessModel } from '../../shared/model';
import { useCanvasGestures } from '../canvas/canvasGestures';
import { effectiveScope, inScope } from '../store/scope';
import { defineAction } from './action';

/** Whether an element is drawn on the canvas at the level shown, where its name can be edited in place. */
function drawnAt(model: ProcessModel, id: string, scope: string | null): boolean {
  const node = model.nodes.find((n) => n.id === id);
  if (node) return inScope(node, scope);
  if (model.lanes.some((l) => l.id === id) || model.participants?.some((p) => p.id === id)) return scope === null;
  const flow = model.flows.find((f) => f.id === id);
  const source = flow && model.nodes.find((n) => n.id === flow.source);
  return source !== undefined && inScope(source, scope);
}

export const renameSelection = defineAction({
  name: 'rename',
  enabled: ({ editor }) => editor.model !== null && editor.selection.length === 1,
  perform: ({ editor, ui, view }) => {
    const id = editor.selection[0];
    if (view && editor.model && drawnAt(editor.model, id, effectiveScope(editor.model, ui.scope))) {
      // The name is edited over the element itself, as in other BPMN modellers; it is brought into view first.
      view.reveal(id);
      useCanvasGestures.getState().set({ editing: id, connectFrom: null, candidate: null });
      return;
    }
    // Without the canvas, the properties panel's name field answers the request by taking the focus.
    ui.set({ renameRequest: ui.renameRequest + 1 });
  },
});
