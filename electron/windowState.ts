import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One window as it was left: where it stood (its size before maximising), maximised or not, and its file. */
export interface WindowSnapshot {
  bounds: Rect;
  maximized: boolean;
  /** The document it showed; null for a window showing a map of the workspace only. */
  path: string | null;
}

const rectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
const stateSchema = z.object({
  windows: z
    .array(z.object({ bounds: rectSchema, maximized: z.boolean(), path: z.string().min(1).nullable() }))
    .max(50),
});

export interface WindowStateDeps {
  /** Where the state is kept between runs (a JSON file in the app's user data folder). */
  store: { load(): Promise<string | null>; save(text: string): Promise<void> };
  /** The displays as they are now: each one's work area (without task bar and dock), and the primary one's. */
  screen: { workAreas(): Rect[]; primaryWorkArea(): Rect };
  exists(path: string): Promise<boolean>;
  /** The smallest window the app allows. */
  minSize: { width: number; height: number };
}

/** How much of a window must lie on a display to be found and dragged back: a good part of its title bar. */
const reachable = { width: 120, height: 32 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Puts a window back where it was if it can still be reached there; a window left on a display that is gone (a
 * laptop undocked, a monitor rearranged) comes back centred on the primary display. Either way it fits the display.
 */
export function fitOnScreen(bounds: Rect, workAreas: Rect[], primary: Rect, minSize: WindowStateDeps['minSize']): Rect {
  const titleBar = { ...bounds, height: reachable.height };
  const home = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= Math.min(reachable.width, bounds.width) && seen.height >= reachable.height;
  });
  const area = home ?? primary;
  const width = Math.min(Math.max(bounds.width, minSize.width), area.width);
  const height = Math.min(Math.max(bounds.height, minSize.height), area.height);
  if (!home) {
    return {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
  }
  // Still on its display: kept where it was, only pulled in so that no edge hangs off it.
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/**
 * The windows of the last run and their documents, kept as the windows change and restored at the next start.
 * A window closed while others stay open is forgotten; the last one, or every window when the app quits, is kept.
 */
export function windowState(deps: WindowStateDeps) {
  const open = new Map<number, WindowSnapshot>();
  let quitting = false;
  let saving: Promise<void> = Promise.resolve();

  function persist(): Promise<void> {
    const text = JSON.stringify({ windows: [...open.values()] });
    // One write at a time, in order: the last state asked for is the one on disk.
    saving = saving.then(() => deps.store.save(text)).catch(() => {});
    return saving;
  }

  return {
    /** The windows to open at start: those whose documents still exist, at least one, each fitted on screen. */
    async restore(): Promise<WindowSnapshot[]> {
      let saved: WindowSnapshot[] = [];
      try {
        const text = await deps.store.load();
        if (text) saved = stateSchema.parse(JSON.parse(text)).windows;
      } catch {
        // A damaged state file only costs the layout of the last run.
      }
      const kept: WindowSnapshot[] = [];
      for (const window of saved) {
        if (window.path ? await deps.exists(window.path) : !kept.some((k) => k.path === null)) kept.push(window);
      }
      if (kept.length === 0 && saved[0]) kept.push({ ...saved[0], path: null });
      const areas = deps.screen.workAreas();
      const primary = deps.screen.primaryWorkArea();
      return kept.map((w) => ({ ...w, bounds: fitOnScreen(w.bounds, areas, primary, deps.minSize) }));
    },
    /** A window moved, was resized or maximised, or shows another file. */
    update(id: number, snapshot: WindowSnapshot): void {
      open.set(id, { ...snapshot, bounds: roundRect(snapshot.bounds) });
    },
    /** The app is quitting: the windows closing now are all kept for the next start. */
    quitting(): void {
      quitting = true;
    },
    /** Resolves once the last state asked for is written (the app waits for it before it exits). */
    flush(): Promise<void> {
      return saving;
    },
    /** A window closed, as it was last updated; saved at once, since the app may quit right after. */
    closed(id: number): Promise<void> {
      if (!open.has(id)) return saving;
      const others = [...open.keys()].filter((other) => other !== id);
      // Kept for the next start: every window of a quit, or the last window (closing it quits on Windows/Linux).
      if (!quitting && others.length > 0) open.delete(id);
      const result = persist();
      if (!quitting && others.length === 0) open.delete(id);
      return result;
    },
  };
}

function roundRect(rect: Rect): Rect {
  return {
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  };
}

export type WindowState = ReturnType<typeof windowState>;
