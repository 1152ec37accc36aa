import { defineAction } from './action';

export const toggleSnap = defineAction({
  name: 'toggleSnap',
  enabled: () => true,
  perform: ({ ui }) => ui.set({ snapToGrid: !ui.snapToGrid }),
});
