import { useEffect, useMemo, useRef } from 'react';
import { useConnection, useReactFlow, useStore, ViewportPortal } from '@xyflow/react';
import { useEditor } from '../store/editorStore';
import type { CanvasEdge, CanvasNode } from './canvasTypes';
import { useCanvasGestures, type ConnectCandidate } from './canvasGestures';
import { dropCandidate, dropEnds, nodeIdAt } from './connectByDrop';
import { connectionRefusal } from './connectRules';

const pad = 5;

/** While a flow is dragged: the shape that would receive it under the pointer, or the handle it snapped to. */
function useDragCandidate(): { inProgress: boolean; candidate: ConnectCandidate | null } {
  const connection = useConnection<CanvasNode>();
  const model = useEditor((s) => s.model);
  const domNode = useStore((s) => s.domNode);
  const { inProgress, pointer, fromNode, fromHandle, toNode, isValid } = connection;
  const px = pointer?.x;
  const py = pointer?.y;
  const candidate = useMemo(() => {
    if (!inProgress || !model || !fromNode || !fromHandle || px === undefined || py === undefined) return null;
    const bounds = domNode?.getBoundingClientRect();
    const under = bounds ? nodeIdAt(bounds.left + px, bounds.top + py) : null;
    const found = dropCandidate(model, fromNode.id, fromHandle.type, under);
    if (found || under !== null || !toNode || !isValid) return found;
    const ends = dropEnds(fromNode.id, fromHandle.type, toNode.id);
    return { id: toNode.id, refusal: connectionRefusal(model, ends.source, ends.target) };
  }, [inProgress, model, fromNode, fromHandle, toNode, isValid, px, py, domNode]);
  return { inProgress, candidate };
}

/**
 * Outlines the shape a new flow would end at, green when it can and red when it cannot, while a flow is dragged
 * or its target is picked from the keyboard; a refused shape's reason shows in the notice area meanwhile.
 */
export function ConnectHighlight() {
  const drag = useDragCandidate();
  const picked = useCanvasGestures((s) => s.candidate);
  const candidate = drag.inProgress ? drag.candidate : picked;
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  // Re-read the geometry when the viewport or nodes move.
  useStore((s) => s.nodeLookup.get(candidate?.id ?? '')?.internals.positionAbsolute);
  const shown = useRef<string | null>(null);
  const refusal = drag.inProgress ? (drag.candidate?.refusal ?? null) : null;
  useEffect(() => {
    const editor = useEditor.getState();
    if (refusal) editor.setNotice(refusal);
    // Leaving a refused shape takes its reason away; a refused drop leaves it (onConnectEnd sets it again).
    else if (drag.inProgress && shown.current !== null && editor.notice === shown.current) editor.setNotice(null);
    shown.current = refusal;
  }, [refusal, drag.inProgress]);
  const node = candidate ? flow.getInternalNode(candidate.id) : undefined;
  if (!candidate || !node?.measured.width || !node.measured.height) return null;
  const { x, y } = node.internals.positionAbsolute;
  const round = node.type === 'event' ? ' fw-round' : '';
  return (
    <ViewportPortal>
      <div
        className={`fw-connect-target${candidate.refusal ? ' fw-refused' : ''}${round}`}
        data-target={candidate.id}
        aria-hidden="true"
        style={{
          transform: `translate(${x - pad}px, ${y - pad}px)`,
          width: node.measured.width + 2 * pad,
          height: node.measured.height + 2 * pad,
        }}
      />
    </ViewportPortal>
  );
}
