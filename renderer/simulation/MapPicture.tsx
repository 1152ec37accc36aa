import { useEffect, useState } from 'react';
import type { ProcessModel } from '../../shared/model';
import type { SvgOverlay } from '../../shared/io/svg';
import './MapPicture.css';

/**
 * A map drawn as a picture (the SVG export, with an overlay of results or of changes), for views that show two maps
 * side by side. It is shown through an <img>, so nothing in the map's names can run as markup.
 */
export function MapPicture({ model, overlay, title }: { model: ProcessModel; overlay?: SvgOverlay; title: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // Loaded when first shown: the SVG drawing code is not needed at start.
    void import('../../shared/io/svg').then(({ exportSvg }) => {
      if (live) setUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(exportSvg(model, overlay))}`);
    });
    return () => {
      live = false;
    };
  }, [model, overlay]);
  return (
    <figure className="map-picture">
      <figcaption>{title}</figcaption>
      {url ? <img src={url} alt={title} /> : <p className="sim-note">Drawing the map…</p>}
    </figure>
  );
}
