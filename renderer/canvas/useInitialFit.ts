import { useEffect, useRef } from 'react';
import { useNodesInitialized } from '@xyflow/react';
import { noticeSmallLabels } from '../actions/fitView';
import { useEditor } from '../store/editorStore';
import { canvasView } from './canvasView';

/**
 * Fits the map once its shapes are measured, through the canvas view rather than React Flow's `fitView` prop, so
 * that the first fit too keeps clear of the overview map and the zoom controls, and says when labels are too small
 * to read. At once, without animation, so the map does not move under a first click.
 */
export function useInitialFit(): void {
  const measured = useNodesInitialized();
  const fitted = useRef(false);
  useEffect(() => {
    if (!measured || fitted.current) return;
    const zoom = canvasView.current?.fitView({ animate: false });
    fitted.current = zoom != null;
    noticeSmallLabels(zoom, useEditor.getState());
  }, [measured]);
}
