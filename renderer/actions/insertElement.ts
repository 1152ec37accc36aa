import type { Point } from '../../shared/model/geometry';
import type { CanvasView } from '../canvas/canvasView';
import { paletteItem } from '../panels/paletteItems';
import { useEditor } from '../store/editorStore';
import { effectiveScope, inScope } from '../store/scope';
import { insertion, type InsertionPlace } from '../store/insertion';
import { defineAction, hasModel } from './action';

export interface InsertElementArg {
  /** A palette item id ("userTask", "lane", ...). */
  item: string;
  /** Where it was dropped, in model coordinates; beside the selected node (or mid-view) when absent. */
  at?: Point;
}

/** Brings a new node into view once the canvas has drawn it (a frame or two after the edit). */
export function revealOnceDrawn(view: CanvasView, id: string, frames = 10): void {
  requestAnimationFrame(() => {
    if (!view.reveal(id) && frames > 0) revealOnceDrawn(view, id, frames - 1);
  });
}

export const insertElement = defineAction<InsertElementArg>({
  name: 'insertElement',
  enabled: hasModel,
  perform: ({ editor, ui, view }, { item: itemId, at }) => {
    const item = paletteItem(itemId);
    const model = editor.model;
    if (!item || !model) return;
    const scope = effectiveScope(model, ui.scope);
    const fallback = view?.visibleCentre() ?? { x: 300, y: 200 };
    const selected = editor.selection.length === 1 ? model.nodes.find((n) => n.id === editor.selection[0]) : undefined;
    const place: InsertionPlace = at
      ? { at }
      : selected && inScope(selected, scope)
        ? { beside: selected, fallback }
        : { fallback };
    const planned = insertion(model, item, place, scope);
    if ('refusal' in planned) {
      editor.setNotice(planned.refusal);
      return;
    }
    const edit = editor.apply(planned.steps);
    // Select the new element itself, not the flow that joins it to its neighbour.
    if (!edit?.created?.length) return;
    const created = edit.created[0];
    useEditor.getState().select([created]);
    if (!at && view) revealOnceDrawn(view, created);
  },
});
