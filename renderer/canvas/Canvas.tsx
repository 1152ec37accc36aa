import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
} from '@xyflow/react';
import { connect } from '../../shared/model';
import { dispatch } from '../actions/registry';
import { problemLevels, problemsOf } from '../store/problems';
import { useEditor } from '../store/editorStore';
import { effectiveScope } from '../store/scope';
import { useEditorUi } from '../store/uiStore';
import { paletteDragType } from '../panels/paletteItems';
import { edgeTypes, nodeTypes } from './canvasRenderers';
import { createCanvasView } from './canvasView';
import { canvasView } from './canvasView';
import type { CanvasEdge, CanvasNode } from './canvasTypes';
import { createChangeHandler } from './changeHandler';
import { ResultsLegend } from '../simulation/ResultsLegend';
import { KeptDrawing } from './KeptDrawing';
import { createProjection } from './projection';

const snapGrid: [number, number] = [10, 10];
const multiSelectKeys = ['Meta', 'Control'];
const proOptions = { hideAttribution: true };
// The on-canvas controls are named apart from the toolbar's Zoom in / Zoom out / Fit view buttons.
const ariaLabels = {
  'controls.ariaLabel': 'Canvas controls',
  'controls.zoomIn.ariaLabel': 'Enlarge the map',
  'controls.zoomOut.ariaLabel': 'Shrink the map',
  'controls.fitView.ariaLabel': 'Show the whole map',
  'minimap.ariaLabel': 'Overview map',
};
const changeHandler = createChangeHandler();
const minimapSize = { width: 160, height: 110 };
/** Above this many elements only what is on screen is rendered. */
const largeMap = 300;

const minimapColour = (node: CanvasNode) =>
  node.type === 'lane'
    ? 'transparent'
    : node.type === 'gateway'
      ? '#e3b34f'
      : node.type === 'event'
        ? '#6aa86f'
        : '#7a9cc6';

/** The drawing surface: React Flow showing the store's map, turning gestures into edit commands. */
export function Canvas() {
  const model = useEditor((s) => s.model)!;
  const selection = useEditor((s) => s.selection);
  const dragging = useEditor((s) => s.dragging);
  const snapToGrid = useEditorUi((ui) => ui.snapToGrid);
  const scope = effectiveScope(
    model,
    useEditorUi((ui) => ui.scope),
  );
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  // One projection per canvas: it remembers the previous nodes so that unchanged ones keep their identity.
  const [project] = useState(() => createProjection());
  const selected = useMemo(() => new Set(selection), [selection]);
  const problems = problemLevels(problemsOf(model));
  const { nodes, edges } = useMemo(
    () => project({ model, selection: selected, dragging, problems, scope }),
    [project, model, selected, dragging, problems, scope],
  );

  useEffect(() => {
    const view = createCanvasView(flow, () => wrapper.current);
    canvasView.attach(view);
    return () => canvasView.detach(view);
  }, [flow]);

  // Entering or leaving a sub-process shows another drawing: fit it once it is drawn.
  const shownScope = useRef(scope);
  useEffect(() => {
    if (shownScope.current === scope) return;
    shownScope.current = scope;
    const frame = requestAnimationFrame(() => canvasView.current?.fitView());
    return () => cancelAnimationFrame(frame);
  }, [scope]);

  // A side drawer opening or closing changes the canvas width a lot: fit the map again so it is not cut off.
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (Math.abs(element.clientWidth - width) < 120) return;
      width = element.clientWidth;
      canvasView.current?.fitView();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onConnect = useCallback((c: Connection) => {
    const editor = useEditor.getState();
    const made = editor.apply((m) => connect(m, { source: c.source, target: c.target }));
    if (!made) editor.setNotice('These two are already connected, or a flow cannot join them.');
  }, []);
  // Double-click opens a sub-process, and renames anything else.
  const onDoubleClick = useCallback((_: unknown, element: { id: string }) => {
    const editor = useEditor.getState();
    if (editor.model?.nodes.some((n) => n.id === element.id && n.type === 'subProcess')) {
      editor.select([]);
      useEditorUi.getState().set({ scope: element.id });
      return;
    }
    editor.select([element.id]);
    dispatch('rename');
  }, []);
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(paletteDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = event.dataTransfer.getData(paletteDragType);
      if (!item) return;
      event.preventDefault();
      dispatch('insertElement', { item, at: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }) });
    },
    [flow],
  );

  return (
    <div className="fw-canvas" ref={wrapper} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={changeHandler.nodesChanged}
        onEdgesChange={changeHandler.edgesChanged}
        onConnect={onConnect}
        onNodeDoubleClick={onDoubleClick}
        onEdgeDoubleClick={onDoubleClick}
        zoomOnDoubleClick={false}
        snapToGrid={snapToGrid}
        snapGrid={snapGrid}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiSelectKeys}
        elevateNodesOnSelect={false}
        connectionRadius={30}
        minZoom={0.1}
        maxZoom={3}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.2 }}
        onlyRenderVisibleElements={nodes.length > largeMap}
        proOptions={proOptions}
        ariaLabelConfig={ariaLabels}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <KeptDrawing model={model} nodes={nodes} scope={scope} />
        <ResultsLegend />
        <MiniMap pannable zoomable nodeColor={minimapColour} ariaLabel="Overview map" style={minimapSize} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
