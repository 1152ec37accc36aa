import { defineAction, hasModel } from './action';

export const zoomIn = defineAction({
  name: 'zoomIn',
  label: 'Zoom in',
  group: 'View',
  shortcuts: ['+', '=', 'Mod+='],
  enabled: hasModel,
  perform: ({ view }) => view?.zoomIn(),
});
