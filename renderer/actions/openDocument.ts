import { defineAction } from './action';
import { documentCommands } from './documentCommands';

export const openDocument = defineAction({
  name: 'openDocument',
  enabled: () => documentCommands.current !== null,
  perform: () => void documentCommands.current?.open(),
});
