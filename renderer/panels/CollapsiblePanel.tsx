import { useId, type CSSProperties, type ReactNode } from 'react';
import type { Action } from '../actions/action';
import { actions, type ActionName } from '../actions/registry';
import { shortcutText } from '../actions/shortcuts';
import { useEditorUi } from '../store/uiStore';
import { ToolbarIcon } from './ToolbarIcon';
import { collapsePanel, resizePanel, type PanelId } from './panelLayout';
import { Splitter } from './Splitter';

/** The map keeps at least this width when a panel is dragged wider. */
const minCanvasWidth = 360;

interface CollapsiblePanelProps {
  panel: Exclude<PanelId, 'problems'>;
  side: 'left' | 'right';
  /** The panel's name on the strip it collapses to: "Properties". */
  title: string;
  /** The panel as its buttons and splitter name it: "the properties panel" (Hide …, Show …, Resize …). */
  name: string;
  /** The action that toggles the panel, whose shortcut the tooltips name. */
  toggle?: ActionName;
  /** Collapsed, the panel still shows its content in a narrow strip (the palette keeps its symbols). */
  compact?: boolean;
  children: ReactNode;
}

function room(): number {
  const canvas = document.querySelector('.fw-canvas');
  return canvas ? Math.max(0, canvas.clientWidth - minCanvasWidth) : Number.POSITIVE_INFINITY;
}

/**
 * A panel beside the canvas that can be collapsed (to a strip with its name, or to a narrow compact view) and
 * resized by its splitter; size and state live in the UI store's layout, which is kept across reloads. Collapsed
 * content stays mounted, hidden, so that what was typed or picked in it is still there when it opens again.
 */
export function CollapsiblePanel({ panel, side, title, name, toggle, compact, children }: CollapsiblePanelProps) {
  const { size, collapsed } = useEditorUi((ui) => ui.layout.panels[panel]);
  const contentId = useId();
  const shortcut = toggle ? (actions[toggle] as Action<unknown>).shortcuts[0] : undefined;
  const keys = shortcut ? ` (${shortcutText(shortcut)})` : '';
  const setCollapsed = (value: boolean) => {
    const ui = useEditorUi.getState();
    ui.set({ layout: collapsePanel(ui.layout, panel, value) });
  };
  const resize = (value: number) => {
    const ui = useEditorUi.getState();
    ui.set({ layout: resizePanel(ui.layout, panel, value) });
  };
  const [hide, show] = compact ? [`Collapse the ${name}`, `Expand the ${name}`] : [`Hide ${name}`, `Show ${name}`];
  const classes = `fw-slot fw-slot-${side} fw-slot-${panel}${collapsed ? (compact ? ' fw-slot-compact' : ' fw-slot-collapsed') : ''}`;
  const style = collapsed ? undefined : ({ width: size } satisfies CSSProperties);

  if (collapsed && !compact)
    return (
      <div className={classes}>
        <button
          type="button"
          className="fw-slot-strip"
          aria-label={show}
          title={`${show}${keys}`}
          aria-expanded={false}
          aria-controls={contentId}
          onClick={() => setCollapsed(false)}
        >
          <ToolbarIcon name={side === 'left' ? 'chevronRight' : 'chevronLeft'} />
          <span className="fw-slot-strip-title">{title}</span>
        </button>
        <div id={contentId} className="fw-slot-content" hidden>
          {children}
        </div>
      </div>
    );

  const splitter = !collapsed && (
    <Splitter
      panel={panel}
      side={side}
      label={`Resize ${name}`}
      controls={contentId}
      size={size}
      room={room}
      onResize={resize}
      onCollapse={() => setCollapsed(true)}
    />
  );
  const toggleButton = (
    <button
      type="button"
      className="icon-button fw-slot-toggle"
      aria-label={collapsed ? show : hide}
      title={`${collapsed ? show : hide}${keys}`}
      aria-expanded={!collapsed}
      aria-controls={contentId}
      onClick={() => setCollapsed(!collapsed)}
    >
      <ToolbarIcon name={(side === 'left') === collapsed ? 'chevronRight' : 'chevronLeft'} />
    </button>
  );
  return (
    <div className={classes} style={style}>
      {side === 'right' && splitter}
      <div id={contentId} className="fw-slot-content">
        {toggleButton}
        {children}
      </div>
      {side === 'left' && splitter}
    </div>
  );
}
