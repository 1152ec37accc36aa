/** How many documents File › Open Recent lists, as most desktop apps do. */
export const maxRecentDocuments = 10;

/** Where the list is kept between runs (a small JSON file in the app's user-data folder). */
export interface RecentStore {
  /** The stored text, or null when nothing was stored yet. */
  load(): Promise<string | null>;
  save(text: string): Promise<void>;
}

export interface RecentDocumentsDeps {
  store: RecentStore;
  exists(path: string): Promise<boolean>;
  /** Tells the operating system too (the dock's and the taskbar's recent list); optional. */
  addToSystem?(path: string): void;
  clearSystem?(): void;
}

function parseList(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    // A damaged file loses the list, never the app's start.
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
  } catch {
    return [];
  }
}

/** The recent documents of File › Open Recent: newest first, no duplicates, at most ten, missing files pruned. */
export function recentDocuments(deps: RecentDocumentsDeps) {
  let paths: string[] | null = null;

  async function current(): Promise<string[]> {
    paths ??= parseList(await deps.store.load()).slice(0, maxRecentDocuments);
    return paths;
  }
  async function persist(next: string[]): Promise<string[]> {
    paths = next;
    await deps.store.save(JSON.stringify(next));
    return next;
  }

  return {
    /** The list with files that no longer exist (moved, deleted, an unplugged drive) left out for good. */
    async list(): Promise<string[]> {
      const all = await current();
      const present = await Promise.all(all.map((p) => deps.exists(p).catch(() => false)));
      const kept = all.filter((_, i) => present[i]);
      return kept.length === all.length ? all : persist(kept);
    },
    /** Puts `path` first (an open or a save). */
    async add(path: string): Promise<string[]> {
      const all = await current();
      deps.addToSystem?.(path);
      return persist([path, ...all.filter((p) => p !== path)].slice(0, maxRecentDocuments));
    },
    async remove(path: string): Promise<string[]> {
      return persist((await current()).filter((p) => p !== path));
    },
    async clear(): Promise<string[]> {
      deps.clearSystem?.();
      return persist([]);
    },
  };
}

export type RecentDocuments = ReturnType<typeof recentDocuments>;
