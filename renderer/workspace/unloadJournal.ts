import type { ProcessModel } from '../../shared/model/schema';

/** Changes of one process that were not yet in IndexedDB when the page was hidden. */
export interface JournalEntry {
  processId: string;
  model: ProcessModel;
  labels: string[];
  /** The stored revision the changes were made on, so that recovery never overwrites a newer save. */
  baseRevision: number;
}

/** An entry left by a window that is gone, as stored: it is read back as unknown and must pass restore(). */
export interface LeftEntry {
  key: string;
  value: unknown;
}

export interface UnloadJournal {
  /** Keeps the entry of its process synchronously, replacing this window's previous one; returns its number. */
  write(entry: JournalEntry): number;
  /**
   * A save of the process is stored: its entry is dropped if that save held it (`seq`), otherwise it holds
   * later edits made on top of the save, and is kept with `revision` as its base.
   */
  committed(processId: string, seq: number | null, revision: number): void;
  /** Drops this window's entry of a process (its changes were dropped or kept elsewhere by the person's choice). */
  clear(processId: string): void;
  /** Entries of windows that are no longer open, for recovery at start. */
  leftBehind(): Promise<LeftEntry[]>;
  /** Drops an entry once recovery has stored it (or found nothing to keep in it). */
  remove(key: string): void;
}

const prefix = 'flowwright.unsavedChange';
const lockPrefix = 'flowwright.window/';

/** Which windows are open: Web Locks, held by each window for as long as it lives (null where there are none). */
export type WindowLocks = Pick<LockManager, 'request' | 'query'> | null;

function defaultLocks(): WindowLocks {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/**
 * A synchronous copy of the unsaved changes, kept in localStorage when the page is hidden: an IndexedDB write
 * started while a page unloads may never commit, a localStorage write is done when it returns. There is one
 * entry per window and process (`flowwright.unsavedChange/<window>/<process>`), dropped only once the save that
 * holds it is stored. The next start moves the entries of closed windows into IndexedDB, through restore().
 */
export function createUnloadJournal(
  storage: Storage,
  options: { windowId?: string; locks?: WindowLocks } = {},
): UnloadJournal {
  const windowId = options.windowId ?? crypto.randomUUID();
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const keyOf = (processId: string) => `${prefix}/${windowId}/${processId}`;
  let seq = 0;
  // Held until the page goes away, so that another window's start does not take this one's entries as left behind.
  void locks?.request(lockPrefix + windowId, () => new Promise<void>(() => {})).catch(() => undefined);

  function readOwn(processId: string): (JournalEntry & { seq: number }) | null {
    const text = storage.getItem(keyOf(processId));
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  function store(processId: string, value: JournalEntry & { seq: number }): void {
    try {
      storage.setItem(keyOf(processId), JSON.stringify(value));
    } catch {
      // Quota exceeded or storage disabled: the IndexedDB save is still attempted.
    }
  }

  return {
    write(entry) {
      seq += 1;
      store(entry.processId, { ...entry, seq });
      return seq;
    },
    committed(processId, savedSeq, revision) {
      const entry = readOwn(processId);
      if (!entry) return;
      if (savedSeq !== null && entry.seq <= savedSeq) storage.removeItem(keyOf(processId));
      else store(processId, { ...entry, baseRevision: revision });
    },
    clear(processId) {
      storage.removeItem(keyOf(processId));
    },
    async leftBehind() {
      const open = new Set<string>();
      if (locks) {
        const { held = [], pending = [] } = await locks.query();
        for (const lock of [...held, ...pending])
          if (lock.name?.startsWith(lockPrefix)) open.add(lock.name.slice(lockPrefix.length));
      }
      const entries: LeftEntry[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        // The bare prefix is the single entry of builds before entries were kept per window and process.
        if (key === null || (key !== prefix && !key.startsWith(`${prefix}/`))) continue;
        const owner = key.split('/')[1];
        if (owner === windowId || (owner !== undefined && open.has(owner))) continue;
        let value: unknown = null;
        try {
          value = JSON.parse(storage.getItem(key) ?? 'null');
        } catch {
          // An unreadable entry is returned as null and dropped by recovery.
        }
        entries.push({ key, value });
      }
      return entries;
    },
    remove(key) {
      storage.removeItem(key);
    },
  };
}
