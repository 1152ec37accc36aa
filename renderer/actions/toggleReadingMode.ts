import { defineAction, hasModel } from './action';

export const toggleReadingMode = defineAction({
  name: 'toggleReadingMode',
  label: 'Reading mode',
  group: 'View',
  shortcuts: ['Mod+Shift+F'],
  enabled: hasModel,
  // Escape leaves it too (see escape.ts).
  perform: ({ ui }) => ui.set({ readingMode: !ui.readingMode, helpOpen: false }),
});
