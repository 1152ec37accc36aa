import { isSmallLabelsNotice, labelsReadable, smallLabelsNotice } from '../canvas/fitRoom';
import type { EditorState } from '../store/editorStore';
import { defineAction, hasModel } from './action';
import { shortcutText } from './shortcuts';
import { zoomToSelection } from './zoomToSelection';

/**
 * After a fit: when the labels came out too small to read, the toolbar says how to zoom in; when they are readable,
 * an earlier such notice (from a fit to a narrower canvas) goes.
 */
export function noticeSmallLabels(zoom: number | null | undefined, editor: EditorState): void {
  if (zoom == null) return;
  if (labelsReadable(zoom)) {
    if (isSmallLabelsNotice(editor.notice)) editor.setNotice(null);
    return;
  }
  const key = shortcutText(zoomToSelection.shortcuts[0]);
  editor.setNotice(smallLabelsNotice(zoom, editor.selection.length > 0, key));
}

export const fitView = defineAction({
  name: 'fitView',
  enabled: hasModel,
  // The whole map, always (as bpmn-js fits); when that makes labels unreadable, a notice says how to zoom in.
  perform: ({ view, editor }) => noticeSmallLabels(view?.fitView(), editor),
});
