import { defineAction } from './action';
import { documentCommands } from './documentCommands';

export const openDocument = defineAction({
  name: 'openDocument',
  label: 'Open…',
  group: 'File',
  shortcuts: ['Mod+O'],
  enabled: () => documentCommands.current !== null,
  perform: () => void documentCommands.current?.open(),
});
