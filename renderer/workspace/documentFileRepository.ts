import type { WorkspaceDb } from './db';

/** The file a map in the workspace was opened from or saved to, as the process list shows it. */
export interface DocumentFileLink {
  /** The file's name, e.g. `Order handling.flow.json`. */
  name: string;
  /** Its full path on the desktop; a browser does not tell pages where a file lives. */
  path: string | null;
}

// Kept in the settings table so that no schema upgrade is needed: one row per map that has a file.
const prefix = 'documentFile:';

/** Every map's file, by process id. */
export async function listDocumentFiles(db: WorkspaceDb): Promise<Record<string, DocumentFileLink>> {
  const rows = await db.settings.where('key').startsWith(prefix).toArray();
  const links: Record<string, DocumentFileLink> = {};
  for (const row of rows) {
    try {
      const link = JSON.parse(row.value) as Partial<DocumentFileLink>;
      if (typeof link.name === 'string')
        links[row.key.slice(prefix.length)] = {
          name: link.name,
          path: typeof link.path === 'string' ? link.path : null,
        };
    } catch {
      // A damaged row only loses the path shown in the list; the map itself is elsewhere.
    }
  }
  return links;
}

/** Records (or, with null, forgets) the file of a map. */
export async function setDocumentFile(db: WorkspaceDb, processId: string, link: DocumentFileLink | null) {
  if (link === null) await db.settings.delete(prefix + processId);
  else await db.settings.put({ key: prefix + processId, value: JSON.stringify(link) });
}
