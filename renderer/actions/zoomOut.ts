import { defineAction, hasModel } from './action';

export const zoomOut = defineAction({
  name: 'zoomOut',
  label: 'Zoom out',
  group: 'View',
  shortcuts: ['-', 'Mod+-'],
  enabled: hasModel,
  perform: ({ view }) => view?.zoomOut(),
});
