import { defineAction, hasModel } from './action';
import { documentCommands } from './documentCommands';

export const revertDocument = defineAction({
  name: 'revertDocument',
  label: 'Revert to saved',
  group: 'File',
  shortcuts: [],
  enabled: (context) => hasModel(context) && documentCommands.current?.canRevert() === true,
  perform: () => void documentCommands.current?.revert(),
});
