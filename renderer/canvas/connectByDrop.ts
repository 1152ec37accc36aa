import type { Connection, FinalConnectionState, HandleType } from '@xyflow/react';
import type { ProcessModel } from '../../shared/model';
import { useEditor } from '../store/editorStore';
import { connectOrExplain, connectionRefusal } from './connectRules';
import type { ConnectCandidate } from './canvasGestures';

/** The shape drawn under a point of the screen, lanes aside (their band is background): its id, or null. */
export function nodeIdAt(x: number, y: number, root: Document = document): string | null {
  for (const element of root.elementsFromPoint(x, y)) {
    const node = element.closest('.react-flow__node');
    if (node && !node.classList.contains('react-flow__node-lane')) return node.getAttribute('data-id');
  }
  return null;
}

/** A flow's ends when it is dragged out of `from`'s handle of the given type and dropped on `under`. */
export function dropEnds(from: string, handle: HandleType, under: string): { source: string; target: string } {
  return handle === 'source' ? { source: from, target: under } : { source: under, target: from };
}

/**
 * What a drag from `from` would join if released over `under`: nothing over empty canvas or over the shape it
 * started from (the pointer is still leaving it), else the shape with the reason it is refused, if it is.
 */
export function dropCandidate(
  model: ProcessModel,
  from: string,
  handle: HandleType,
  under: string | null,
): ConnectCandidate | null {
  if (under === null || under === from) return null;
  const { source, target } = dropEnds(from, handle, under);
  return { id: under, refusal: connectionRefusal(model, source, target) };
}

type EndState = FinalConnectionState;

/**
 * React Flow's connection callbacks, turned so that a flow dropped anywhere on a shape joins that shape (not only
 * on its small handle): the shape under the pointer wins over the nearest handle, and a refused drop says why.
 */
export function createConnectByDrop() {
  let dragging = false;
  let snapped: Connection | null = null;
  return {
    onConnectStart(): void {
      dragging = true;
      snapped = null;
    },
    onConnect(connection: Connection): void {
      // A drag is finished in onConnectEnd, which knows where the pointer is; a click-to-connect ends here.
      if (dragging) snapped = connection;
      else connectOrExplain(connection.source, connection.target);
    },
    onConnectEnd(event: MouseEvent | TouchEvent, state: EndState): void {
      dragging = false;
      const model = useEditor.getState().model;
      const from = state.fromNode?.id;
      const handle = state.fromHandle?.type;
      if (!model || !from || !handle) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const under = point ? nodeIdAt(point.clientX, point.clientY) : null;
      // Over a shape, that shape; over empty canvas, the handle React Flow snapped to within its radius.
      const ends = under !== null && under !== from ? dropEnds(from, handle, under) : snapped;
      snapped = null;
      if (ends) connectOrExplain(ends.source, ends.target);
    },
  };
}
