import { defineAction, hasModel } from './action';

export const zoomOut = defineAction({
  name: 'zoomOut',
  enabled: hasModel,
  perform: ({ view }) => view?.zoomOut(),
});
