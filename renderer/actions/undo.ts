import { canUndo } from '../../shared/model';
import { defineAction } from './action';

export const undo = defineAction({
  name: 'undo',
  enabled: ({ editor }) => editor.model !== null && canUndo(editor.history),
  perform: ({ editor }) => editor.undo(),
});
