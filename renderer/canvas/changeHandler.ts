import type { EdgeChange, NodeChange } from '@xyflow/react';
import { nodeSize } from '../../shared/model/geometry';
import { useEditor, type Placement } from '../store/editorStore';
import { dragCommitSteps } from '../store/laneSteps';
import type { CanvasEdge, CanvasNode } from './canvasTypes';
import { laneFrame } from './laneBands';
import { poolSteps, poolTop } from './poolSteps';

const noPositions: ReadonlyMap<string, Placement> = new Map();

/** Applies React Flow's select changes to a selection, keeping the order in which things were selected. */
export function applySelectChanges(
  selection: readonly string[],
  changes: readonly (NodeChange<CanvasNode> | EdgeChange<CanvasEdge>)[],
): string[] | null {
  let next: string[] | null = null;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    next ??= [...selection];
    const at = next.indexOf(change.id);
    if (change.selected && at < 0) next.push(change.id);
    if (!change.selected && at >= 0) next.splice(at, 1);
  }
  return next;
}

/**
 * Turns React Flow's change events into store updates: selections select, positions during a drag are kept
 * aside, and the end of a drag (or an arrow-key nudge) becomes one edit command.
 */
export function createChangeHandler() {
  return {
    nodesChanged(changes: NodeChange<CanvasNode>[]): void {
      const editor = useEditor.getState();
      if (!editor.model) return;
      const selection = applySelectChanges(editor.selection, changes);
      if (selection) editor.select(selection);
      const laneIds = new Set(editor.model.lanes.map((l) => l.id));
      const poolIds = new Set((editor.model.participants ?? []).map((p) => p.id));
      let positions: Map<string, Placement> | null = null;
      let laneX: number | undefined;
      let ended = false;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          positions ??= new Map(editor.dragging);
          // Lanes and pools move only up and down; they always span the whole map.
          const band = laneIds.has(change.id) || poolIds.has(change.id);
          if (band) laneX ??= laneFrame(editor.model, (n) => n).x;
          positions.set(change.id, band ? { x: laneX!, y: change.position.y } : change.position);
          if (!change.dragging) ended = true;
        } else if (
          change.type === 'dimensions' &&
          change.resizing !== undefined &&
          change.dimensions &&
          laneIds.has(change.id)
        ) {
          // A lane resized at its bottom edge: its top stays, its height follows the pointer.
          positions ??= new Map(editor.dragging);
          const band = laneFrame(editor.model, (n) => n).bands.find((b) => b.id === change.id)!;
          positions.set(change.id, { x: 0, y: band.y, height: change.dimensions.height });
          if (!change.resizing) ended = true;
        } else if (change.type === 'dimensions' && change.resizing !== undefined && change.dimensions) {
          if (!poolIds.has(change.id)) continue;
          // A pool resized at its bottom edge, likewise; its top is where it is drawn.
          positions ??= new Map(editor.dragging);
          const y = editor.dragging.get(change.id)?.y ?? poolTop(editor.model, change.id);
          positions.set(change.id, { x: 0, y, height: change.dimensions.height });
          if (!change.resizing) ended = true;
        }
      }
      if (!positions) return;
      if (!ended) {
        editor.setDragging(positions);
        return;
      }
      const model = editor.model;
      const sizeOf = (id: string) => {
        const node = model.nodes.find((n) => n.id === id);
        return node ? nodeSize(node) : { width: 0, height: 0 };
      };
      // Arrow-key nudges come without a drag before them; a run of them is one undo entry.
      const nudge = editor.dragging.size === 0 ? `nudge:${[...positions.keys()].sort().join(',')}` : undefined;
      const { rest, steps } = poolSteps(model, positions);
      const edit = editor.apply([...(rest.size ? dragCommitSteps(model, rest, sizeOf) : []), ...steps], {
        select: 'keep',
        mergeKey: nudge,
      });
      if (!edit) editor.setDragging(noPositions);
    },

    edgesChanged(changes: EdgeChange<CanvasEdge>[]): void {
      const editor = useEditor.getState();
      const selection = applySelectChanges(editor.selection, changes);
      if (selection) editor.select(selection);
    },
  };
}
