import { defineAction, hasModel } from './action';

export const search = defineAction({
  name: 'search',
  label: 'Search',
  group: 'View',
  shortcuts: ['Mod+F'],
  enabled: hasModel,
  perform: ({ ui }) => ui.set({ searchOpen: true, helpOpen: false }),
});
