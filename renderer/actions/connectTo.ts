import { useCanvasGestures } from '../canvas/canvasGestures';
import { startRefusal } from '../canvas/connectRules';
import { defineAction, type ActionContext } from './action';

/** The one selected node, which a flow would start from. */
function sourceOf({ editor }: ActionContext) {
  if (editor.selection.length !== 1) return undefined;
  return editor.model?.nodes.find((n) => n.id === editor.selection[0]);
}

export const connectTo = defineAction({
  name: 'connectTo',
  enabled: (context) => sourceOf(context) !== undefined,
  perform: (context) => {
    const source = sourceOf(context);
    if (!source) return;
    // An element no flow can leave says so now rather than offering a list where nothing can be picked.
    const refusal = startRefusal(source);
    if (refusal) {
      context.editor.setNotice(refusal);
      return;
    }
    context.ui.set({ searchOpen: false, helpOpen: false });
    useCanvasGestures.getState().set({ connectFrom: source.id, editing: null, candidate: null });
  },
});
