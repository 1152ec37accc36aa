import type { Box } from './diagramIndex';

/**
 * The smallest box holding all the boxes, or undefined for none. A loop rather than Math.min(...values): spreading
 * a large map's hundred thousand coordinates as arguments overflows the stack.
 */
export function boundingBox(boxes: Iterable<Box>): Box | undefined {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return left === Infinity ? undefined : { x: left, y: top, width: right - left, height: bottom - top };
}
