import type { Box } from '../../model/geometry';

const round = (value: number) => Math.round(value * 10) / 10;

/** A data object's outline: a page with its top right corner folded; three bars at its foot for a collection. */
export function dataObjectShapeSvg(box: Box, collection = false): string {
  const fold = Math.min(10, box.width / 3);
  const [x, y, r, b] = [box.x, box.y, box.x + box.width, box.y + box.height].map(round);
  const page = `<path class="shape" d="M${x} ${y} H${round(r - fold)} L${r} ${round(y + fold)} V${b} H${x} Z M${round(r - fold)} ${y} V${round(y + fold)} H${r}"/>`;
  if (!collection) return page;
  const cx = box.x + box.width / 2;
  const bars = [-4, 0, 4].map((dx) => `M${round(cx + dx)} ${round(b - 10)} V${round(b - 3)}`).join(' ');
  return `${page}<path class="thin" d="${bars}"/>`;
}

/** A data store's outline: a cylinder. */
export function dataStoreShapeSvg(box: Box): string {
  const ry = Math.min(6, box.height / 5);
  const [x, y, w, b] = [round(box.x), round(box.y + ry), round(box.width), round(box.y + box.height - ry)];
  const rx = round(box.width / 2);
  return (
    `<path class="shape" d="M${x} ${y} A${rx} ${ry} 0 0 0 ${round(x + w)} ${y} V${b} A${rx} ${ry} 0 0 1 ${x} ${b} Z"/>` +
    `<path class="thin" d="M${x} ${y} A${rx} ${ry} 0 0 1 ${round(x + w)} ${y}"/>`
  );
}
