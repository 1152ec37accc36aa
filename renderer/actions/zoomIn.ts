import { defineAction, hasModel } from './action';

export const zoomIn = defineAction({
  name: 'zoomIn',
  enabled: hasModel,
  perform: ({ view }) => view?.zoomIn(),
});
