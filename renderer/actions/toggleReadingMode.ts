import { defineAction, hasModel } from './action';

export const toggleReadingMode = defineAction({
  name: 'toggleReadingMode',
  enabled: hasModel,
  // Escape leaves it too (see escape.ts).
  perform: ({ ui }) => ui.set({ readingMode: !ui.readingMode, helpOpen: false }),
});
