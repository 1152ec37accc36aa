/**
 * Where "fit to view" may put the map: the canvas minus the corners taken by the overview map, the zoom controls
 * and the results legend, so that none of them covers a shape at fit. Pure, for the canvas view and its tests.
 */

export interface Size {
  width: number;
  height: number;
}

/** A rectangle in canvas pixels, relative to the canvas' top left corner. */
export interface Box extends Size {
  x: number;
  y: number;
}

export interface Paddings {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Node labels are drawn at 12 px; below this zoom they are smaller than 9 px on screen, too small to read. */
export const readableZoom = 0.75;

/** The space kept between the map and the canvas edge (or a corner overlay) at fit. */
export const fitMargin = 24;

/** The two ways to keep clear of an overlay: a strip along its side edge, or along its top or bottom edge. */
function stripsFor(overlay: Box, canvas: Size): [Partial<Paddings>, Partial<Paddings>] {
  const side: Partial<Paddings> =
    overlay.x + overlay.width / 2 < canvas.width / 2
      ? { left: overlay.x + overlay.width + fitMargin }
      : { right: canvas.width - overlay.x + fitMargin };
  const edge: Partial<Paddings> =
    overlay.y + overlay.height / 2 < canvas.height / 2
      ? { top: overlay.y + overlay.height + fitMargin }
      : { bottom: canvas.height - overlay.y + fitMargin };
  return [side, edge];
}

/** The zoom at which `content` fills the canvas inside the paddings (before any zoom limits). */
export function zoomWithin(p: Paddings, content: Size, canvas: Size): number {
  const width = Math.max(1, canvas.width - p.left - p.right);
  const height = Math.max(1, canvas.height - p.top - p.bottom);
  return Math.min(width / Math.max(1, content.width), height / Math.max(1, content.height));
}

/**
 * The paddings that fit `content` (map units) largest into `canvas` (pixels) while keeping clear of every overlay:
 * for each overlay, either a strip beside it or one above or below it is left free, whichever costs less zoom.
 */
export function fitPaddings(content: Size, canvas: Size, overlays: readonly Box[]): Paddings {
  const base: Paddings = { top: fitMargin, right: fitMargin, bottom: fitMargin, left: fitMargin };
  const shown = overlays.filter((o) => o.width > 0 && o.height > 0).slice(0, 6);
  let best = base;
  let bestZoom = -1;
  // At most 2^6 combinations: each overlay is kept clear by its side strip or by its top/bottom strip.
  for (let choice = 0; choice < 1 << shown.length; choice++) {
    const p = { ...base };
    shown.forEach((overlay, i) => {
      const strip = stripsFor(overlay, canvas)[(choice >> i) & 1];
      for (const key of Object.keys(strip) as (keyof Paddings)[]) p[key] = Math.max(p[key], strip[key] ?? 0);
    });
    const zoom = zoomWithin(p, content, canvas);
    if (zoom > bestZoom + 1e-9) [best, bestZoom] = [p, zoom];
  }
  return best;
}

/** Whether node labels can be read at this zoom. */
export function labelsReadable(zoom: number): boolean {
  return zoom >= readableZoom - 1e-9;
}

const smallLabelsLead = 'Whole map shown at';

/** The short notice shown when the whole map only fits with labels too small to read. */
export function smallLabelsNotice(zoom: number, hasSelection: boolean, key: string): string {
  const around = hasSelection ? 'the selection' : 'the start';
  return `${smallLabelsLead} ${Math.round(zoom * 100)} %: labels are small. Press ${key} to zoom to ${around}.`;
}

/** Whether a notice is the one about small labels, which zooming in makes stale. */
export function isSmallLabelsNotice(notice: string | null): boolean {
  return notice?.startsWith(smallLabelsLead) ?? false;
}
