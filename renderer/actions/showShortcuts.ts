import { defineAction } from './action';

export const showShortcuts = defineAction({
  name: 'help',
  label: 'Keyboard shortcuts',
  group: 'Help',
  shortcuts: ['?'],
  enabled: () => true,
  perform: ({ ui }) => ui.set({ helpOpen: !ui.helpOpen, searchOpen: false }),
});
