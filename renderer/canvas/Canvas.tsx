import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionLineType,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { dispatch, dispatchKey } from '../actions/registry';
import { isTyping } from '../actions/shortcuts';
import { problemLevels, problemsOf, useCheckedModel } from '../store/problems';
import { preloadExpressionEditor } from '../monaco/ExpressionEditor';
import { useEditor } from '../store/editorStore';
import { noticeSmallLabels } from '../actions/fitView';
import { effectiveScope } from '../store/scope';
import { useEditorUi } from '../store/uiStore';
import { paletteDragType } from '../panels/paletteItems';
import { edgeTypes, nodeTypes } from './canvasRenderers';
import { createCanvasView } from './canvasView';
import { canvasView } from './canvasView';
import { isBand, type CanvasEdge, type CanvasNode } from './canvasTypes';
import { createChangeHandler } from './changeHandler';
import { ResultsLegend } from '../simulation/ResultsLegend';
import { KeptDrawing } from './KeptDrawing';
import { createProjection } from './projection';
import { createConnectByDrop } from './connectByDrop';
import { ConnectHighlight } from './ConnectHighlight';
import { ConnectPicker } from './ConnectPicker';
import { LabelEditor } from './LabelEditor';
import './canvasKeyboard.css';
import { useInitialFit } from './useInitialFit';
import { ToolbarIcon } from '../panels/ToolbarIcon';

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
const connectByDrop = createConnectByDrop();
// The flow being drawn is a straight dashed line, as in bpmn-js, rather than a curve that loops back on itself.
const connectionLine = { stroke: 'var(--fw-accent)', strokeWidth: 1.5, strokeDasharray: '5 4' };
const arrowKeys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/**
 * Arrow keys move the selection through the action registry (10 px, 1 px with Shift), also when a node has the
 * focus: React Flow's own nudge on the focused node (5 px or a grid step) is kept from running as well.
 */
function onArrowKey(event: KeyboardEvent): void {
  if (!arrowKeys.includes(event.key) || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
    return;
  event.stopPropagation();
  if (dispatchKey('nudge', event)) event.preventDefault();
}
const minimapSize = { width: 160, height: 110 };
/** Above this many elements only what is on screen is rendered. */
const largeMap = 300;

const minimapColour = (node: CanvasNode) =>
  isBand(node.type)
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
  const minimap = useEditorUi((ui) => ui.layout.minimap);
  const scope = effectiveScope(
    model,
    useEditorUi((ui) => ui.scope),
  );
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  // One projection per canvas: it remembers the previous nodes so that unchanged ones keep their identity.
  const [project] = useState(() => createProjection());
  const selected = useMemo(() => new Set(selection), [selection]);
  const problems = problemLevels(problemsOf(useCheckedModel()));
  const { nodes, edges } = useMemo(
    () => project({ model, selection: selected, dragging, problems, scope }),
    [project, model, selected, dragging, problems, scope],
  );

  useEffect(() => {
    const view = createCanvasView(flow, () => wrapper.current);
    canvasView.attach(view);
    return () => canvasView.detach(view);
  }, [flow]);
  useInitialFit();
  // The properties of the first task selected show FEEL editors: have them ready by then.
  useEffect(() => preloadExpressionEditor(), []);

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
    let size = { width: element.clientWidth, height: element.clientHeight };
    const observer = new ResizeObserver(() => {
      if (Math.abs(element.clientWidth - size.width) < 120) return;
      const before = size;
      size = { width: element.clientWidth, height: element.clientHeight };
      // Only when the whole map was in view: a closer look the user took (then folded a panel) stays where it was.
      if (canvasView.current?.showsWholeMap(before))
        noticeSmallLabels(canvasView.current.fitView(), useEditor.getState());
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Double-click opens a sub-process, and renames anything else in place.
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
    <div className="fw-canvas" ref={wrapper} onDragOver={onDragOver} onDrop={onDrop} onKeyDownCapture={onArrowKey}>
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={changeHandler.nodesChanged}
        onEdgesChange={changeHandler.edgesChanged}
        onConnectStart={connectByDrop.onConnectStart}
        onConnect={connectByDrop.onConnect}
        onConnectEnd={connectByDrop.onConnectEnd}
        connectionLineType={ConnectionLineType.Straight}
        connectionLineStyle={connectionLine}
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
        onlyRenderVisibleElements={nodes.length > largeMap}
        proOptions={proOptions}
        ariaLabelConfig={ariaLabels}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <KeptDrawing model={model} nodes={nodes} scope={scope} />
        <ConnectHighlight />
        <LabelEditor />
        <ResultsLegend />
        {minimap && (
          <MiniMap pannable zoomable nodeColor={minimapColour} ariaLabel="Overview map" style={minimapSize} />
        )}
        {/* Fit through the action, which keeps the map clear of the overview map and says when labels get small. */}
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={() => dispatch('fitView')} aria-label="Show the whole map" title="Fit view">
            <ToolbarIcon name="fitView" />
          </ControlButton>
        </Controls>
      </ReactFlow>
      <ConnectPicker />
    </div>
  );
}
