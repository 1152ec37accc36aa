import type { ProcessModel } from '../../shared/model/schema';

/** A change that was not yet in IndexedDB when the page was hidden. */
export interface JournalEntry {
  processId: string;
  model: ProcessModel;
  labels: string[];
}

export interface UnloadJournal {
  write(entry: JournalEntry): void;
  read(): unknown;
  clear(): void;
}

const journalKey = 'flowwright.unsavedChange';

/**
 * A synchronous copy of the pending change, kept in localStorage when the page is hidden: an IndexedDB
 * write started while a page unloads may never commit, a localStorage write is done when it returns.
 * The next start moves it into IndexedDB. The stored value is read back as unknown and passes restore().
 */
export function createUnloadJournal(storage: Storage): UnloadJournal {
  return {
    write(entry) {
      try {
        storage.setItem(journalKey, JSON.stringify(entry));
      } catch {
        // Quota exceeded or storage disabled: the IndexedDB flush is still attempted.
      }
    },
    read() {
      const text = storage.getItem(journalKey);
      if (text === null) return null;
      try {
        return JSON.parse(text);
      } catch {
        return null;
      }
    },
    clear() {
      storage.removeItem(journalKey);
    },
  };
}
