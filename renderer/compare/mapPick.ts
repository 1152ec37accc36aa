import { useEffect, useState } from 'react';
import type { ProcessModel } from '../../shared/model';
import type { RevisionSummary } from '../workspace/repository';
import { processName } from '../workspace/processRepository';
import { revisionTimeText } from '../workspace/timeText';
import type { Workspace } from '../workspace/workspace';
import type { MapToCompare } from '../simulation/protocol';

/** One side of a comparison as picked: a process, and one of its save points or (null) the map as it is now. */
export interface MapPick {
  processId: string;
  revisionId: number | null;
}

/** The open map, which "as it is now" means for the open process (its unsaved edits included). */
export interface OpenMap {
  processId: string | null;
  model: ProcessModel | null;
}

/** What a side's label says of the version picked. */
function versionWords(pick: MapPick, open: OpenMap, revisions: readonly RevisionSummary[]): string {
  if (pick.revisionId === null) return pick.processId === open.processId ? 'as it is now' : 'as last saved';
  const revision = revisions.find((r) => r.id === pick.revisionId);
  return revision ? `save point of ${revisionTimeText(revision.at)}` : 'a save point';
}

/**
 * The map a pick stands for, with its label ("Invoices, as it is now"): the editor's map for the open process as
 * it is now, else the stored map or save point, read through restore() like any file. Throws with a message in
 * words when it cannot be read.
 */
export async function loadPick(
  workspace: Pick<Workspace, 'stored'>,
  pick: MapPick,
  open: OpenMap,
  revisions: readonly RevisionSummary[],
): Promise<MapToCompare> {
  let model: ProcessModel;
  if (pick.revisionId === null && pick.processId === open.processId && open.model) model = open.model;
  else if (pick.revisionId === null) {
    const loaded = await workspace.stored.loadProcess(pick.processId);
    if (!loaded) throw new Error('That process no longer exists.');
    if (!loaded.ok)
      throw new Error(`"${loaded.name}" cannot be read: ${loaded.problems.map((p) => p.message).join('; ')}`);
    model = loaded.model;
  } else {
    const restored = await workspace.stored.loadRevisionModel(pick.revisionId);
    if (!restored) throw new Error('That save point no longer exists.');
    if (!restored.ok)
      throw new Error(`The save point cannot be read: ${restored.problems.map((p) => p.message).join('; ')}`);
    model = restored.model;
  }
  return { model, label: `${processName(model)}, ${versionWords(pick, open, revisions)}` };
}

/** The save points of a process, newest first, loaded when the process picked changes (empty while loading). */
export function useRevisions(workspace: Pick<Workspace, 'stored'>, processId: string): RevisionSummary[] {
  const [revisions, setRevisions] = useState<{ processId: string; list: RevisionSummary[] } | null>(null);
  useEffect(() => {
    let live = true;
    workspace.stored.listRevisions(processId).then(
      (list) => live && setRevisions({ processId, list }),
      () => live && setRevisions({ processId, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [workspace, processId]);
  return revisions?.processId === processId ? revisions.list : [];
}
