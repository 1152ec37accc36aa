import { effectiveScope } from '../store/scope';
import { defineAction } from './action';

export const escape = defineAction({
  name: 'escape',
  // Only when there is something to close or clear, so that Escape otherwise reaches the rest of the app.
  enabled: ({ editor, ui }) =>
    ui.helpOpen ||
    ui.searchOpen ||
    ui.readingMode ||
    editor.selection.length > 0 ||
    effectiveScope(editor.model, ui.scope) !== null,
  perform: ({ editor, ui }) => {
    if (ui.helpOpen || ui.searchOpen) ui.set({ helpOpen: false, searchOpen: false });
    // Reading mode hides the panels that would show a selection, so it is left first.
    else if (ui.readingMode) ui.set({ readingMode: false });
    else if (editor.selection.length > 0) editor.select([]);
    else {
      // Out of the sub-process shown, to the level that holds it.
      const scope = effectiveScope(editor.model, ui.scope);
      ui.set({ scope: editor.model?.nodes.find((n) => n.id === scope)?.parent ?? null });
    }
  },
});
