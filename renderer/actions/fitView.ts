import { labelsReadable, smallLabelsNotice } from '../canvas/fitRoom';
import type { EditorState } from '../store/editorStore';
import { defineAction, hasModel } from './action';
import { shortcutText } from './shortcuts';
import { zoomToSelection } from './zoomToSelection';

/** After a fit: when the labels came out too small to read, the toolbar says how to zoom in. */
export function noticeSmallLabels(zoom: number | null | undefined, editor: EditorState): void {
  if (zoom == null || labelsReadable(zoom)) return;
  const key = shortcutText(zoomToSelection.shortcuts[0]);
  editor.setNotice(smallLabelsNotice(zoom, editor.selection.length > 0, key));
}

export const fitView = defineAction({
  name: 'fitView',
  enabled: hasModel,
  // The whole map, always (as bpmn-js fits); when that makes labels unreadable, a notice says how to zoom in.
  perform: ({ view, editor }) => noticeSmallLabels(view?.fitView(), editor),
});
