import { defineAction } from './action';

export const toggleMinimap = defineAction({
  name: 'toggleMinimap',
  enabled: () => true,
  perform: ({ ui }) => ui.set({ layout: { ...ui.layout, minimap: !ui.layout.minimap } }),
});
