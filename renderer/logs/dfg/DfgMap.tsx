import { useMemo } from 'react';
import type { DirectlyFollowsGraph } from '../../../shared/log/directlyFollows';
import type { DfgLayout, PlacedEdge, PlacedNode } from './dfgLayout';
import { labelBox } from './dfgLayout';
import {
  activityValue,
  arrowStroke,
  edgeValue,
  valueRange,
  valueShare,
  valueText,
  type DfgMeasure,
} from './dfgMeasure';
import { ActivityBox, arrowPath, headLength } from './DfgShapes';
import { useZoomPan } from './useZoomPan';

interface Props {
  graph: DirectlyFollowsGraph;
  layout: DfgLayout;
  measure: DfgMeasure;
}

/** Values of the graph by drawn id, with the ranges their colours and thicknesses are scaled to. */
function useValues(graph: DirectlyFollowsGraph, layout: DfgLayout, measure: DfgMeasure) {
  return useMemo(() => {
    const activities = new Map(graph.activities.map((a) => [a.name, a]));
    const edges = new Map(graph.edges.map((e) => [`${e.source}\u0000${e.target}`, e]));
    const ofNode = (node: PlacedNode) => {
      const activity = node.name === undefined ? undefined : activities.get(node.name);
      return activity ? activityValue(activity, measure) : null;
    };
    // Arrows from the start and into the end count cases; in the performance view they carry no wait.
    const ofEdge = (edge: PlacedEdge): number | null => {
      if (edge.from !== null && edge.to !== null) {
        const found = edges.get(`${edge.from}\u0000${edge.to}`);
        return found ? edgeValue(found, measure) : null;
      }
      if (measure.view !== 'frequency') return null;
      return edge.from === null ? (graph.starts[edge.to!] ?? 0) : (graph.ends[edge.from] ?? 0);
    };
    const nodeValues = new Map(layout.nodes.map((n) => [n.id, ofNode(n)]));
    const edgeValues = new Map(layout.edges.map((e) => [e.id, ofEdge(e)]));
    return {
      nodeValues,
      edgeValues,
      nodeRange: valueRange([...nodeValues.values()]),
      edgeRange: valueRange([...edgeValues.values()]),
    };
  }, [graph, layout, measure]);
}

/** The drawn directly-follows map: boxes, markers and arrows in SVG; drag or scroll to pan, Ctrl+wheel to zoom. */
export function DfgMap({ graph, layout, measure }: Props) {
  const { nodeValues, edgeValues, nodeRange, edgeRange } = useValues(graph, layout, measure);
  const { frameRef, transform, handlers, fit, zoomIn, zoomOut } = useZoomPan(layout);
  const arrowId = `dfg-arrow-${measure.view}`;
  return (
    <>
      <div className="dfg-map" ref={frameRef}>
        <div className="dfg-zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={zoomIn} aria-label="Zoom in" title="Zoom in">
            +
          </button>
          <button type="button" onClick={zoomOut} aria-label="Zoom out" title="Zoom out">
            −
          </button>
          <button type="button" onClick={fit} title="Show the whole map">
            Whole map
          </button>
        </div>
        <svg
          className="dfg-svg"
          role="img"
          tabIndex={0}
          aria-label={`Process map of ${graph.activities.length} activities and ${graph.edges.length} paths`}
          {...handlers}
        >
          <defs>
            {/* Sized in map units, not by the stroke: thick arrows keep heads of a readable size. */}
            <marker
              id={arrowId}
              viewBox="0 0 10 10"
              refX="0"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth={headLength}
              markerHeight={headLength}
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" className="dfg-arrowhead" />
            </marker>
          </defs>
          <g transform={transform}>
            {layout.edges.map((edge) => {
              const value = edgeValues.get(edge.id) ?? null;
              const stroke = arrowStroke(valueShare(value, edgeRange), measure);
              const label = valueText(value, measure);
              return (
                <g key={edge.id} className="dfg-edge" data-from={edge.from ?? ''} data-to={edge.to ?? ''}>
                  <title>{`${edge.from ?? 'Start'} → ${edge.to ?? 'End'}: ${label}`}</title>
                  <path
                    d={arrowPath(edge.points)}
                    fill="none"
                    stroke={stroke.colour}
                    strokeWidth={stroke.width}
                    strokeDasharray={edge.from === null || edge.to === null ? '4 3' : undefined}
                    markerEnd={`url(#${arrowId})`}
                  />
                  {edge.label && value !== null && (
                    <text
                      className="dfg-edge-label"
                      x={edge.label.x + labelBox.width / 2}
                      y={edge.label.y + labelBox.height - 4}
                      textAnchor="middle"
                    >
                      {label}
                    </text>
                  )}
                </g>
              );
            })}
            {layout.nodes.map((node) =>
              node.kind === 'activity' ? (
                <ActivityBox
                  key={node.id}
                  node={node}
                  value={nodeValues.get(node.id) ?? null}
                  measure={measure}
                  range={nodeRange}
                />
              ) : (
                <g key={node.id} className={`dfg-marker dfg-${node.kind}`}>
                  <title>{node.kind === 'start' ? `Start: ${graph.cases} cases` : 'End'}</title>
                  <circle cx={node.x + node.width / 2} cy={node.y + node.height / 2} r={node.width / 2 - 2} />
                </g>
              ),
            )}
          </g>
        </svg>
      </div>
      <p className="dfg-hint">Drag, scroll or use the arrow keys to move the map; Ctrl+wheel, + and − to zoom.</p>
    </>
  );
}
