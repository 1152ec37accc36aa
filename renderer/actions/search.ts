import { defineAction, hasModel } from './action';

export const search = defineAction({
  name: 'search',
  enabled: hasModel,
  perform: ({ ui }) => ui.set({ searchOpen: true, helpOpen: false }),
});
