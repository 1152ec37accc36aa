import { useEffect, useRef, useState } from 'react';
import { useReactFlow, ViewportPortal, type ReactFlowInstance } from '@xyflow/react';
import { isExpanded } from '../../shared/io/svg';
import { participantById, rename, setParticipantProps, type ElementRef, type ProcessModel } from '../../shared/model';
import type { Point } from '../../shared/model/geometry';
import { useEditor } from '../store/editorStore';
import { isPicture, type CanvasEdge, type CanvasNode } from './canvasTypes';
import { useCanvasGestures } from './canvasGestures';
import { focusElement } from './focusElement';
import { labelPlace, type LabelHolder } from './labelPlace';

type Flow = ReactFlowInstance<CanvasNode, CanvasEdge>;
/** What is renamed: a node, flow or lane, or another party's pool. */
type Named = ElementRef | { kind: 'pool'; id: string };

/** The middle of a flow as drawn (half way along its path), else half way between its ends. */
function flowMiddle(flow: Flow, id: string): Point | null {
  const path = document.querySelector<SVGPathElement>(
    `.fw-canvas .react-flow__edge[data-id="${CSS.escape(id)}"] path.react-flow__edge-path`,
  );
  if (path) {
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    return { x: p.x, y: p.y };
  }
  const edge = flow.getEdge(id);
  const ends = edge ? [flow.getInternalNode(edge.source), flow.getInternalNode(edge.target)] : [];
  if (!ends[0] || !ends[1]) return null;
  const [a, b] = ends.map((n) => ({
    x: n!.internals.positionAbsolute.x + (n!.measured.width ?? 0) / 2,
    y: n!.internals.positionAbsolute.y + (n!.measured.height ?? 0) / 2,
  }));
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** What is renamed and where its name is written on the canvas; null when it is not drawn. */
function holderOf(flow: Flow, model: ProcessModel, id: string): { ref: Named; holder: LabelHolder } | null {
  if (model.flows.some((f) => f.id === id)) {
    const mid = flowMiddle(flow, id);
    return mid ? { ref: { kind: 'flow', id }, holder: { kind: 'flow', mid } } : null;
  }
  const node = flow.getInternalNode(id);
  if (!node?.measured.width || !node.measured.height || !node.type || isPicture(node.type)) return null;
  const box = { ...node.internals.positionAbsolute, width: node.measured.width, height: node.measured.height };
  const kind = model.lanes.some((l) => l.id === id) ? 'lane' : participantById(model, id) ? 'pool' : 'node';
  return { ref: { kind, id }, holder: { kind: node.type, box } };
}

function currentName(model: ProcessModel, ref: Named): string {
  if (ref.kind === 'pool') return participantById(model, ref.id)?.name ?? '';
  const list = ref.kind === 'flow' ? model.flows : ref.kind === 'lane' ? model.lanes : model.nodes;
  return (list as readonly { id: string; name?: string }[]).find((e) => e.id === ref.id)?.name ?? '';
}

/** The name of one element, edited over the element itself: Enter or leaving the field keeps it, Escape does not. */
function NameField({ id }: { id: string }) {
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const model = useEditor((s) => s.model);
  const set = useCanvasGestures((s) => s.set);
  const [found] = useState(() => (model ? holderOf(flow, model, id) : null));
  const [text, setText] = useState(() => (model && found ? currentName(model, found.ref) : ''));
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    field.current?.select();
  }, []);
  useEffect(() => {
    if (!found) set({ editing: null });
  }, [found, set]);
  if (!found || !model) return null;
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    // Names are one line: line breaks pasted in become spaces.
    const name = text.replace(/\s*\n\s*/g, ' ').trim();
    const ref = found.ref;
    if (keep)
      useEditor
        .getState()
        .apply(
          (m) =>
            ref.kind === 'pool'
              ? setParticipantProps(m, { id: ref.id, props: { name } })
              : rename(m, { target: ref, name }),
          { select: 'keep' },
        );
    set({ editing: null });
    focusElement(id);
  };
  const expanded = found.ref.kind === 'node' && model.nodes.some((n) => n.id === id && isExpanded(n));
  const place = labelPlace(found.holder, expanded);
  return (
    <ViewportPortal>
      <textarea
        ref={field}
        autoFocus
        className={`fw-label-editor fw-label-editor-${found.holder.kind} nodrag nopan nowheel`}
        aria-label="Name"
        value={text}
        rows={1}
        spellCheck
        style={{ transform: `translate(${place.x}px, ${place.y}px)`, width: place.width, height: place.height }}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => finish(true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') finish(true);
          else if (e.key === 'Escape') finish(false);
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
    </ViewportPortal>
  );
}

/** Editing an element's name in place on the canvas (F2, double-click), while it is asked for. */
export function LabelEditor() {
  const editing = useCanvasGestures((s) => s.editing);
  return editing ? <NameField key={editing} id={editing} /> : null;
}
