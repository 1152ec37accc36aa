import { defineAction, hasModel } from './action';
import { documentCommands } from './documentCommands';

export const saveDocument = defineAction({
  name: 'saveDocument',
  label: 'Save',
  group: 'File',
  shortcuts: ['Mod+S'],
  enabled: (context) => hasModel(context) && documentCommands.current !== null,
  perform: () => void documentCommands.current?.save(),
});

export const saveDocumentAs = defineAction({
  name: 'saveDocumentAs',
  label: 'Save As…',
  group: 'File',
  shortcuts: ['Mod+Shift+S'],
  enabled: (context) => hasModel(context) && documentCommands.current !== null,
  perform: () => void documentCommands.current?.saveAs(),
});
