import { defineAction, hasModel } from './action';
import { documentCommands } from './documentCommands';

export const revertDocument = defineAction({
  name: 'revertDocument',
  enabled: (context) => hasModel(context) && documentCommands.current?.canRevert() === true,
  perform: () => void documentCommands.current?.revert(),
});
