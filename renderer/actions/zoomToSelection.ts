import { isSmallLabelsNotice } from '../canvas/fitRoom';
import { defineAction, hasModel } from './action';

export const zoomToSelection = defineAction({
  name: 'zoomToSelection',
  label: 'Zoom to 100 % around the selection or the start',
  group: 'View',
  shortcuts: ['Shift+2'],
  enabled: hasModel,
  perform: ({ view, editor }) => {
    view?.zoomReadable(editor.selection);
    if (isSmallLabelsNotice(editor.notice)) editor.setNotice(null);
  },
});
