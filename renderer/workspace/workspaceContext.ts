import type { StoreApi } from 'zustand/vanilla';
import type { Platform } from '../platform/platform';
import type { Autosave, SaveStatus } from './autosave';
import type { DocumentFileLink } from './documentFileRepository';
import type { EditorBinding } from './editorBinding';
import type { NoticeCenter } from './notices';
import type { ProcessSummary, RevisionSummary, WorkspaceRepository } from './repository';
import type { UnloadJournal } from './unloadJournal';

export type WorkspacePanel = 'processes' | 'history' | 'simulate' | 'data' | 'logs';

/** What the workspace's views render. */
export interface WorkspaceView {
  /** False until the start-up load has finished, so that the start screen does not flash. */
  ready: boolean;
  processes: ProcessSummary[];
  panel: WorkspacePanel | null;
  /** Revisions of the open process, newest first; loaded while the history panel is open. */
  revisions: RevisionSummary[];
  saveStatus: SaveStatus;
  /** The files maps were opened from or saved to, by process id. */
  files: Record<string, DocumentFileLink>;
  /** The open map's file and whether it has changes not yet written there; null for a map kept only here. */
  document: { fileName: string; dirty: boolean } | null;
}

/** What every workspace action works with. */
export interface WorkspaceContext {
  repository: WorkspaceRepository;
  editor: EditorBinding;
  platform: Platform;
  notices: NoticeCenter;
  autosave: Autosave;
  view: StoreApi<WorkspaceView>;
  journal?: UnloadJournal;
  reopenAtStart?: (processId: string) => boolean;
}

/** The message of anything thrown, for a notice. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function refreshProcesses(ctx: WorkspaceContext): Promise<void> {
  ctx.view.setState({ processes: await ctx.repository.listProcesses() });
}

export async function refreshRevisions(ctx: WorkspaceContext): Promise<void> {
  const processId = ctx.editor.getState().processId;
  ctx.view.setState({ revisions: processId ? await ctx.repository.listRevisions(processId) : [] });
}
