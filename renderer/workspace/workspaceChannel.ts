import { z } from 'zod';
import type { WorkspaceRepository } from './repository';

const messageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), processId: z.string(), revision: z.number() }),
  z.object({ kind: z.literal('deleted'), processId: z.string() }),
]);

/** What one window tells the others after a write has committed: a process was saved (at a revision) or deleted. */
export type WorkspaceMessage = z.infer<typeof messageSchema>;

/** The line between the windows and tabs on one workspace. Messages reach the others, never the sender. */
export interface WorkspaceChannel {
  post(message: WorkspaceMessage): void;
  /** Calls `listener` with each valid message from another window; returns the function that stops it. */
  subscribe(listener: (message: WorkspaceMessage) => void): () => void;
}

/** The windows of one browser profile (or of the desktop app) on the workspace, through a BroadcastChannel. */
export function createBroadcastChannel(name = 'flowwright.workspace'): WorkspaceChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => {
        const parsed = messageSchema.safeParse(event.data);
        if (parsed.success) listener(parsed.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

/**
 * The repository, telling the other windows about each write once it has committed, so that they reload a
 * process they show (or offer a choice when they have unsaved changes to it) and refresh their process list.
 */
export function broadcastWrites(repository: WorkspaceRepository, channel: WorkspaceChannel): WorkspaceRepository {
  const saved = <T extends { id: string; revision: number }>(summary: T): T => {
    channel.post({ kind: 'saved', processId: summary.id, revision: summary.revision });
    return summary;
  };
  return {
    ...repository,
    createProcess: async (...args) => saved(await repository.createProcess(...args)),
    duplicateProcess: async (...args) => saved(await repository.duplicateProcess(...args)),
    copyProcess: async (...args) => saved(await repository.copyProcess(...args)),
    renameProcess: async (...args) => saved(await repository.renameProcess(...args)),
    async saveChange(change) {
      const result = await repository.saveChange(change);
      saved(result.summary);
      return result;
    },
    async deleteProcess(id) {
      const deleted = await repository.deleteProcess(id);
      if (deleted) channel.post({ kind: 'deleted', processId: id });
      return deleted;
    },
    async undeleteProcess(deleted) {
      await repository.undeleteProcess(deleted);
      channel.post({ kind: 'saved', processId: deleted.process.id, revision: deleted.process.revision });
    },
  };
}
