import { defineAction, hasModel } from './action';
import { documentCommands } from './documentCommands';

export const saveDocument = defineAction({
  name: 'saveDocument',
  enabled: (context) => hasModel(context) && documentCommands.current !== null,
  perform: () => void documentCommands.current?.save(),
});

export const saveDocumentAs = defineAction({
  name: 'saveDocumentAs',
  enabled: (context) => hasModel(context) && documentCommands.current !== null,
  perform: () => void documentCommands.current?.saveAs(),
});
