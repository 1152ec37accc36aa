import { defineAction } from './action';

export const toggleSnap = defineAction({
  name: 'toggleSnap',
  label: 'Snap to grid',
  group: 'View',
  shortcuts: ['Mod+G'],
  enabled: () => true,
  perform: ({ ui }) => ui.set({ snapToGrid: !ui.snapToGrid }),
});
