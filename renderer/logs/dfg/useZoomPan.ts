import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';

interface View {
  scale: number;
  x: number;
  y: number;
}

const minScale = 0.1;
const keySteps: Record<string, [number, number]> = {
  ArrowLeft: [-40, 0],
  ArrowRight: [40, 0],
  ArrowUp: [0, -40],
  ArrowDown: [0, 40],
};
const maxScale = 3;
const clamp = (scale: number) => Math.min(maxScale, Math.max(minScale, scale));

type Size = { width: number; height: number };

/** Below this a box's text cannot be read: a first view does not shrink the map further, it lets it be panned. */
export const readableScale = 0.6;

/**
 * The view that shows the whole content in the frame (`whole`), or, for a first view, its full width from the top
 * at a readable size; never enlarged beyond its natural size.
 */
export function fitView(content: Size, frame: Size, whole: boolean): View {
  if (frame.width <= 0 || frame.height <= 0 || content.width <= 0 || content.height <= 0)
    return { scale: 1, x: 0, y: 0 };
  const scale = whole
    ? clamp(Math.min(1, frame.width / content.width, frame.height / content.height))
    : Math.max(Math.min(readableScale, 1), Math.min(1, frame.width / content.width));
  const x = Math.max(0, (frame.width - content.width * scale) / 2);
  const y = whole ? Math.max(0, (frame.height - content.height * scale) / 2) : 0;
  return { scale, x, y };
}

/**
 * Zoom (Ctrl+wheel, buttons) and pan (drag, wheel) of an SVG drawing in a frame; the view is fitted to the
 * frame's width whenever the content changes size, and to the whole content on demand.
 */
export function useZoomPan(content: { width: number; height: number }) {
  const frameRef = useRef<HTMLDivElement | null>(null);
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ pointer: number; x: number; y: number } | null>(null);
  const { width, height } = content;

  const fitTo = useCallback(
    (whole: boolean) => {
      const frame = frameRef.current;
      const size = { width: frame?.clientWidth ?? 0, height: frame?.clientHeight ?? 0 };
      setView(fitView({ width, height }, size, whole));
    },
    [width, height],
  );
  useEffect(() => fitTo(false), [fitTo]);

  const zoomAt = useCallback((factor: number, at?: { x: number; y: number }) => {
    setView((v) => {
      const frame = frameRef.current;
      const point = at ?? { x: (frame?.clientWidth ?? 0) / 2, y: (frame?.clientHeight ?? 0) / 2 };
      const scale = clamp(v.scale * factor);
      // Keeps the point under the pointer (or the frame's middle) where it is.
      const k = scale / v.scale;
      return { scale, x: point.x - (point.x - v.x) * k, y: point.y - (point.y - v.y) * k };
    });
  }, []);

  // A native listener: React's wheel listener is passive and cannot keep the panel from scrolling.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      if (!event.ctrlKey && !event.metaKey) {
        setView((v) => ({ ...v, x: v.x - event.deltaX, y: v.y - event.deltaY }));
        return;
      }
      const box = frame.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * 0.002), { x: event.clientX - box.left, y: event.clientY - box.top });
    };
    frame.addEventListener('wheel', onWheel, { passive: false });
    return () => frame.removeEventListener('wheel', onWheel);
  }, [zoomAt]);

  const handlers = {
    onPointerDown(event: ReactPointerEvent<SVGSVGElement>) {
      if (event.button !== 0) return;
      drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY };
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onPointerMove(event: ReactPointerEvent<SVGSVGElement>) {
      const from = drag.current;
      if (!from || from.pointer !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      drag.current = { ...from, x: event.clientX, y: event.clientY };
      setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
    },
    onPointerUp() {
      drag.current = null;
    },
    // The keyboard moves the map too: arrow keys pan, + and - zoom.
    onKeyDown(event: ReactKeyboardEvent<SVGSVGElement>) {
      const step = keySteps[event.key];
      if (step) setView((v) => ({ ...v, x: v.x - step[0], y: v.y - step[1] }));
      else if (event.key === '+' || event.key === '=') zoomAt(1.25);
      else if (event.key === '-') zoomAt(0.8);
      else return;
      event.preventDefault();
    },
  };

  return {
    frameRef,
    transform: `translate(${view.x},${view.y}) scale(${view.scale})`,
    scale: view.scale,
    handlers,
    fit: () => fitTo(true),
    zoomIn: () => zoomAt(1.25),
    zoomOut: () => zoomAt(0.8),
  };
}
