import { canRedo } from '../../shared/model';
import { defineAction } from './action';

export const redo = defineAction({
  name: 'redo',
  enabled: ({ editor }) => editor.model !== null && canRedo(editor.history),
  perform: ({ editor }) => editor.redo(),
});
