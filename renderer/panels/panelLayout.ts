/**
 * The sizes and collapsed states of the panels around the canvas, and how they are kept across reloads. Pure: the
 * UI store holds one `PanelLayout`, the splitters and toggles change it through these functions.
 */

/** Panels beside the canvas (width) or under it (problems: height). The drawers are the workspace's side panels. */
export type PanelId = 'palette' | 'properties' | 'problems' | 'processes' | 'history' | 'data' | 'simulate' | 'logs';
export type DrawerId = Extract<PanelId, 'processes' | 'history' | 'data' | 'simulate' | 'logs'>;

export interface PanelState {
  /** Width in CSS pixels (height for the problems panel), used while the panel is expanded. */
  size: number;
  collapsed: boolean;
}

export interface PanelLayout {
  panels: Record<PanelId, PanelState>;
  /** Whether the overview map shows in the corner of the canvas. */
  minimap: boolean;
}

export interface SizeLimits {
  min: number;
  max: number;
  initial: number;
}

/** How small and large each panel may be dragged; `initial` is its size before anyone resizes it. */
export const panelLimits: Record<PanelId, SizeLimits> = {
  palette: { min: 150, max: 360, initial: 208 },
  properties: { min: 220, max: 600, initial: 280 },
  problems: { min: 80, max: 480, initial: 150 },
  processes: { min: 220, max: 560, initial: 288 },
  history: { min: 220, max: 560, initial: 288 },
  data: { min: 300, max: 760, initial: 440 },
  simulate: { min: 300, max: 760, initial: 392 },
  // Event logs show a process map and charts: wider than the others.
  logs: { min: 360, max: 1000, initial: 560 },
};

export const panelIds = Object.keys(panelLimits) as PanelId[];

/** The layout of a first start: every panel at its initial size, expanded; the overview map shown. */
export function initialLayout(): PanelLayout {
  const panels = Object.fromEntries(
    panelIds.map((id) => [id, { size: panelLimits[id].initial, collapsed: false }]),
  ) as Record<PanelId, PanelState>;
  return { panels, minimap: true };
}

/** A size within the panel's limits, in whole pixels. */
export function clampSize(id: PanelId, size: number): number {
  const { min, max, initial } = panelLimits[id];
  if (!Number.isFinite(size)) return initial;
  return Math.round(Math.min(max, Math.max(min, size)));
}

/** The layout with one panel resized (and expanded: dragging a panel open is how people bring it back). */
export function resizePanel(layout: PanelLayout, id: PanelId, size: number): PanelLayout {
  return { ...layout, panels: { ...layout.panels, [id]: { size: clampSize(id, size), collapsed: false } } };
}

/** The layout with one panel collapsed or expanded; its size is kept for when it opens again. */
export function collapsePanel(layout: PanelLayout, id: PanelId, collapsed: boolean): PanelLayout {
  return { ...layout, panels: { ...layout.panels, [id]: { ...layout.panels[id], collapsed } } };
}

/**
 * Reads a stored layout. Whatever is missing, of the wrong type or out of range (an older version, a hand edit, a
 * smaller screen's limits) falls back to the initial value, so a bad entry never breaks the editor.
 */
export function parseLayout(text: string | null): PanelLayout {
  const layout = initialLayout();
  if (!text) return layout;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return layout;
  }
  if (typeof stored !== 'object' || stored === null) return layout;
  const { panels, minimap } = stored as { panels?: unknown; minimap?: unknown };
  if (typeof minimap === 'boolean') layout.minimap = minimap;
  if (typeof panels !== 'object' || panels === null) return layout;
  for (const id of panelIds) {
    const entry = (panels as Record<string, unknown>)[id];
    if (typeof entry !== 'object' || entry === null) continue;
    const { size, collapsed } = entry as { size?: unknown; collapsed?: unknown };
    if (typeof size === 'number') layout.panels[id].size = clampSize(id, size);
    if (typeof collapsed === 'boolean') layout.panels[id].collapsed = collapsed;
  }
  return layout;
}

/** The text `parseLayout` reads back. */
export function serializeLayout(layout: PanelLayout): string {
  return JSON.stringify(layout);
}
