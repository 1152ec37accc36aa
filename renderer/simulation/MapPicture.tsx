import { useMemo } from 'react';
import type { ProcessModel } from '../../shared/model';
// Static: the canvas loads this module at start anyway, so a dynamic import would not split it off.
import { exportSvg, type SvgOverlay } from '../../shared/io/svg';
import './MapPicture.css';

/**
 * A map drawn as a picture (the SVG export, with an overlay of results or of changes), for views that show two maps
 * side by side. It is shown through an <img>, so nothing in the map's names can run as markup.
 */
export function MapPicture({ model, overlay, title }: { model: ProcessModel; overlay?: SvgOverlay; title: string }) {
  const url = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(exportSvg(model, overlay))}`,
    [model, overlay],
  );
  return (
    <figure className="map-picture">
      <figcaption>{title}</figcaption>
      <img src={url} alt={title} />
    </figure>
  );
}
