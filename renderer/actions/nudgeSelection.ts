import { nodeSize } from '../../shared/model/geometry';
import { dragCommitSteps } from '../store/laneSteps';
import type { KeyLike } from './shortcuts';
import { defineAction, type ActionContext } from './action';

/** How far one press of an arrow key moves the selection: a grid step, or one pixel with Shift. */
export const nudgeStep = { coarse: 10, fine: 1 };

export interface NudgeArg {
  dx: number;
  dy: number;
}

const directions: Record<string, [number, number]> = {
  arrowleft: [-1, 0],
  arrowright: [1, 0],
  arrowup: [0, -1],
  arrowdown: [0, 1],
};

/** Which way and how far an arrow key press moves the selection. */
export function nudgeFor(event: KeyLike): NudgeArg {
  const [x, y] = directions[event.key.toLowerCase()] ?? [0, 0];
  const step = event.shiftKey ? nudgeStep.fine : nudgeStep.coarse;
  return { dx: x * step, dy: y * step };
}

/** The selected nodes (lanes and flows aside), which the arrow keys move. */
function movable({ editor }: ActionContext): string[] {
  const nodes = new Set(editor.model?.nodes.map((n) => n.id));
  return editor.selection.filter((id) => nodes.has(id));
}

export const nudgeSelection = defineAction<NudgeArg>({
  name: 'nudge',
  enabled: (context) => movable(context).length > 0,
  argFromKey: nudgeFor,
  perform: (context, { dx, dy }) => {
    const { editor } = context;
    const model = editor.model;
    if (!model || (dx === 0 && dy === 0)) return;
    const ids = movable(context);
    const positions = new Map(
      model.nodes.filter((n) => ids.includes(n.id)).map((n) => [n.id, { x: n.x + dx, y: n.y + dy }]),
    );
    const sizeOf = (id: string) => {
      const node = model.nodes.find((n) => n.id === id);
      return node ? nodeSize(node) : { width: 0, height: 0 };
    };
    // A run of presses on the same selection is one undo entry, as the canvas's own nudges are.
    const mergeKey = `nudge:${[...ids].sort().join(',')}`;
    editor.apply(dragCommitSteps(model, positions, sizeOf), { select: 'keep', mergeKey });
  },
});
