import { paste } from '../../shared/model';
import { effectiveScope } from '../store/scope';
import { createdIntoScope } from '../store/scopeSteps';
import { defineAction } from './action';
import { revealOnceDrawn } from './insertElement';

const step = 40;

export const pasteClipboard = defineAction({
  name: 'paste',
  enabled: ({ editor, ui }) => editor.model !== null && ui.clipboard !== null,
  perform: ({ editor, ui, view }) => {
    const fragment = ui.clipboard;
    if (!fragment) return;
    // Each paste lands a step further away, so that repeated pastes do not pile up on one spot.
    const n = ui.pasteCount + 1;
    const offset = { dx: step * n, dy: step * n };
    const scope = effectiveScope(editor.model, ui.scope);
    const pasted = editor.apply([(model) => paste(model, { fragment, offset }), ...createdIntoScope(scope)]);
    if (!pasted) return;
    ui.set({ pasteCount: n });
    // The copies may land past the edge of the view: bring them in, as a new element is.
    if (view && pasted.created?.length) revealOnceDrawn(view, pasted.created[0]);
  },
});
