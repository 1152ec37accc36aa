import { deleteElements } from '../../shared/model';
import { defineAction } from './action';

export const deleteSelection = defineAction({
  name: 'delete',
  enabled: ({ editor }) => editor.model !== null && editor.selection.length > 0,
  perform: ({ editor }) => {
    const ids = editor.selection;
    editor.apply((model) => deleteElements(model, { ids }), { select: [] });
  },
});
