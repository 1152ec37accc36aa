import type { ProcessModel } from '../../model';
import { diffMaps, type MapDiff } from '../../model/mapDiff';
import type { OverlayMark, SvgOverlay } from '../svg';
import { mapChanges, type ChangeKind } from './mapChanges';

/** Each kind of change: the pale fill laid on a node, the strong colour of its pill and flow mark, and its word. */
export const changeStyles: Record<ChangeKind, { fill: string; colour: string; label: string }> = {
  added: { fill: '#b9e5c2', colour: '#1d6b33', label: 'Added' },
  removed: { fill: '#f6c1ba', colour: '#a12a1c', label: 'Removed' },
  changed: { fill: '#fde3a0', colour: '#7d5700', label: 'Changed' },
};

/** The two maps' overlays: what the current map loses or changes, and what the future map gains or changes. */
export interface DiffOverlays {
  current: SvgOverlay;
  future: SvgOverlay;
}

function overlayOf(changes: ReturnType<typeof mapChanges>, kinds: readonly ChangeKind[], caption: string): SvgOverlay {
  const nodes = new Map<string, { colour: string; text: string }>();
  const badges = new Map<string, OverlayMark>();
  const flowMarks = new Map<string, OverlayMark>();
  for (const change of changes) {
    if (!kinds.includes(change.kind)) continue;
    const style = changeStyles[change.kind];
    if (change.element === 'node') {
      nodes.set(change.id, { colour: style.fill, text: change.text });
      badges.set(change.id, { label: style.label, colour: style.colour, text: change.text });
    } else if (change.element === 'flow')
      flowMarks.set(change.id, { label: style.label.toLowerCase(), colour: style.colour, text: change.text });
  }
  return { nodes, flows: new Map(), bottlenecks: new Map(), badges, flowMarks, caption };
}

/**
 * The structural difference drawn on both maps: on the current map the removed and changed nodes and flows, on
 * the future map the added and changed ones, each with a pill that says which in a word (not colour alone) and
 * the change in words as its tooltip.
 */
export function diffOverlays(
  current: ProcessModel,
  future: ProcessModel,
  diff: MapDiff = diffMaps(current, future),
): DiffOverlays {
  const changes = mapChanges(current, future, diff);
  return {
    // Short captions: a small map is narrower than a long sentence, and the view's legend says the rest.
    current: overlayOf(changes, ['removed', 'changed'], 'Marked: removed, changed'),
    future: overlayOf(changes, ['added', 'changed'], 'Marked: added, changed'),
  };
}
