import { defineAction } from './action';

export const toggleMinimap = defineAction({
  name: 'toggleMinimap',
  label: 'Show overview map',
  group: 'View',
  shortcuts: ['Mod+Shift+O'],
  enabled: () => true,
  perform: ({ ui }) => ui.set({ layout: { ...ui.layout, minimap: !ui.layout.minimap } }),
});
