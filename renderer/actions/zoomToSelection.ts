import { isSmallLabelsNotice } from '../canvas/fitRoom';
import { defineAction, hasModel } from './action';

export const zoomToSelection = defineAction({
  name: 'zoomToSelection',
  enabled: hasModel,
  perform: ({ view, editor }) => {
    view?.zoomReadable(editor.selection);
    if (isSmallLabelsNotice(editor.notice)) editor.setNotice(null);
  },
});
