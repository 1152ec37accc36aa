import { copyFragment } from '../../shared/model';
import { defineAction } from './action';

export const copySelection = defineAction({
  name: 'copy',
  enabled: ({ editor }) => editor.model !== null && editor.selection.length > 0,
  perform: ({ editor, ui }) => {
    if (!editor.model) return;
    const fragment = copyFragment(editor.model, editor.selection);
    if (fragment.nodes.length === 0) return;
    ui.set({ clipboard: fragment, pasteCount: 0 });
  },
});
