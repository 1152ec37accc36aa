import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { panelLimits, type PanelId } from './panelLayout';

/** Where the panel sits relative to the canvas: the splitter is on its edge that faces the canvas. */
export type PanelSide = 'left' | 'right' | 'bottom';

interface SplitterProps {
  panel: PanelId;
  side: PanelSide;
  /** The accessible name: "Resize the properties panel". */
  label: string;
  /** The id of the element the splitter resizes. */
  controls: string;
  size: number;
  /** How many more pixels the canvas can give the panel now, so that dragging never squeezes the map away. */
  room(): number;
  onResize(size: number): void;
  /** Enter on the splitter hides the panel, as the WAI-ARIA window splitter does. */
  onCollapse(): void;
}

const step = 10;
const bigStep = 50;

/**
 * A focusable splitter on a panel's edge (role "separator"): drag it, or use the arrow keys (Shift for larger
 * steps), Home and End; Enter hides the panel; a double-click brings back the panel's initial size.
 */
export function Splitter({ panel, side, label, controls, size, room, onResize, onCollapse }: SplitterProps) {
  const limits = panelLimits[panel];
  const drag = useRef<{ from: number; size: number; max: number } | null>(null);
  const max = () => Math.max(limits.min, Math.min(limits.max, size + room()));
  const clamp = (value: number, upTo: number) => Math.round(Math.min(upTo, Math.max(limits.min, value)));
  // A move towards the canvas makes the panel larger: right for a panel at the left, left or up for the others.
  const towardsCanvas = (moved: number) => (side === 'left' ? moved : -moved);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { from: side === 'bottom' ? event.clientY : event.clientX, size, max: max() };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    const moved = (side === 'bottom' ? event.clientY : event.clientX) - start.from;
    const next = clamp(start.size + towardsCanvas(moved), start.max);
    if (next !== size) onResize(next);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const amount = event.shiftKey ? bigStep : step;
    const moves: Record<string, number> =
      side === 'bottom' ? { ArrowUp: -amount, ArrowDown: amount } : { ArrowLeft: -amount, ArrowRight: amount };
    let next: number | null = null;
    if (event.key in moves) {
      const moved = moves[event.key];
      next = clamp(size + towardsCanvas(moved), max());
    } else if (event.key === 'Home') next = limits.min;
    else if (event.key === 'End') next = max();
    else if (event.key === 'Enter') onCollapse();
    else return;
    // Keys used here are not also the editor's (arrows would nudge the selection).
    event.preventDefault();
    event.stopPropagation();
    if (next !== null && next !== size) onResize(next);
  };

  return (
    <div
      className={`fw-splitter fw-splitter-${side}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-controls={controls}
      aria-orientation={side === 'bottom' ? 'horizontal' : 'vertical'}
      aria-valuenow={size}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      title={`${label}: drag, or use the arrow keys; Enter hides the panel; double-click for the initial size`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => onResize(clamp(limits.initial, max()))}
      onKeyDown={onKeyDown}
    />
  );
}
