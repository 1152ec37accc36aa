import { useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { artifactsSvg, drawingDefs, drawingStyle } from '../../shared/io/svg';
import type { ProcessModel } from '../../shared/model';
import type { CanvasNode } from './canvasTypes';

/** Marker ids and style scope of the canvas's drawings, unique in the page. */
const idPrefix = 'fw-drawing-';
const styleText = drawingStyle('.fw-drawing', idPrefix);

/** Where the canvas has drawn each node: what kept lines dock on. */
function boxesOf(nodes: readonly CanvasNode[]) {
  const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const n of nodes)
    if (n.type !== 'lane') boxes.set(n.id, { ...n.position, width: n.width ?? 0, height: n.height ?? 0 });
  return boxes;
}

/**
 * What the canvas draws but does not edit, in the map's coordinates: on the top level, the BPMN elements an
 * import kept (message flows, groups, data objects and stores, associations, annotation links). It also holds
 * the styles and line ends that the drawn insides of expanded sub-processes use. The drawing comes from
 * shared/io/svg, which escapes every name it writes.
 */
export function KeptDrawing({
  model,
  nodes,
  scope,
}: {
  model: ProcessModel;
  nodes: readonly CanvasNode[];
  scope: string | null;
}) {
  const drawing = useMemo(
    () => drawingDefs(idPrefix) + (scope === null ? artifactsSvg(model, boxesOf(nodes)) : ''),
    [model, nodes, scope],
  );
  return (
    <ViewportPortal>
      <svg className="fw-drawing fw-kept-drawing" aria-hidden="true">
        <style>{styleText}</style>
        <g dangerouslySetInnerHTML={{ __html: drawing }} />
      </svg>
    </ViewportPortal>
  );
}
