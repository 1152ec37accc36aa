import { defineAction } from './action';

export const showShortcuts = defineAction({
  name: 'help',
  enabled: () => true,
  perform: ({ ui }) => ui.set({ helpOpen: !ui.helpOpen, searchOpen: false }),
});
