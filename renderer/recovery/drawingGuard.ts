import { z } from 'zod';

/** A map that was being drawn, or whose drawing failed. */
export interface DrawingMark {
  processId: string;
  name: string;
}

const markSchema = z.object({ processId: z.string(), name: z.string() });
const markKey = 'flowwright.drawingMap';

/** The part of localStorage the guard uses; null where storage is not available. */
export type MarkStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

/**
 * Remembers, across a reload, which map was being drawn: the mark is written before a map is drawn and removed once
 * it has been drawn, and written again when its drawing fails. A mark found at start means the map blanked or
 * broke the window last time, so it is not reopened without asking. localStorage, because it is written at once
 * (a crash that follows cannot lose it) and survives a reload. Storage that fails only loses the guard, never the map.
 */
export function createDrawingGuard(storage: MarkStorage) {
  const write = (mark: DrawingMark) => {
    try {
      storage?.setItem(markKey, JSON.stringify(mark));
    } catch {
      // Quota exceeded or storage disabled: the map still opens, only the guard is lost.
    }
  };

  function unfinished(): DrawingMark | null {
    try {
      const text = storage?.getItem(markKey);
      if (!text) return null;
      const parsed = markSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  function forget(): void {
    try {
      storage?.removeItem(markKey);
    } catch {
      // Nothing to do: the mark is only a hint.
    }
  }

  return {
    /** About to draw this map. */
    opening: write,
    /** Drawing this map failed: the next start asks before reopening it. */
    failed: write,
    /** This map has been drawn; a mark for another map stays. */
    drawn(processId: string): void {
      if (unfinished()?.processId === processId) forget();
    },
    /** The map whose drawing did not finish, or failed, since the mark was last cleared. */
    unfinished,
    forget,
    /** Whether the map open last time may open again at start without asking. */
    mayReopen: (processId: string): boolean => unfinished()?.processId !== processId,
  };
}

export type DrawingGuard = ReturnType<typeof createDrawingGuard>;

/** The window's localStorage, or null in a browser that refuses storage to this page. */
export function windowStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
