import { defineAction, hasModel } from './action';

export const fitView = defineAction({
  name: 'fitView',
  label: 'Fit view',
  group: 'View',
  shortcuts: ['Shift+1'],
  enabled: hasModel,
  perform: ({ view }) => view?.fitView(),
});
