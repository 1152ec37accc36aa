import type { Box, Point } from '../../shared/model/geometry';
import type { ElementKind } from './canvasTypes';

/** What is being renamed on the canvas, as far as where its name is written goes. */
export type LabelHolder = { kind: ElementKind | 'lane' | 'pool'; box: Box } | { kind: 'flow'; mid: Point };

/** Room for a name written under a small shape, and for a flow's or lane's name. */
const outer = { width: 140, height: 42 };

/**
 * Where the in-place name editor sits, in map coordinates: over a task's or annotation's box (at the top of an
 * expanded sub-process), under an event or gateway where its name is written, at a flow's middle, at a lane's head.
 */
export function labelPlace(holder: LabelHolder, expanded = false): Box {
  if (holder.kind === 'flow') {
    const { x, y } = holder.mid;
    return { x: x - outer.width / 2, y: y - outer.height / 2, ...outer };
  }
  const { x, y, width, height } = holder.box;
  switch (holder.kind) {
    case 'task':
    case 'subProcess':
      return expanded ? { x, y, width, height: Math.min(height, outer.height) } : holder.box;
    case 'annotation':
      return holder.box;
    case 'lane':
      return { x: x + 4, y: y + 4, width: 180, height: 30 };
    case 'pool':
      // A collapsed pool's name is written beside its header strip.
      return { x: x + 40, y: y + height / 2 - 15, width: Math.min(260, width - 48), height: 30 };
    default:
      return { x: x + width / 2 - outer.width / 2, y: y + height + 4, ...outer };
  }
}
