import { useMemo } from 'react';
import { flowFileName, flowFileText } from '../workspace/flowFile';
import type { WorkspaceRepository } from '../workspace/repository';
import type { Workspace } from '../workspace/workspace';

/** What the start screen offers for a map that could not be drawn last time: open it anyway, or download it. */
export function useStartRecovery(workspace: Workspace, repository: Pick<WorkspaceRepository, 'loadProcess'>) {
  return useMemo(
    () => ({
      open: (processId: string) => void workspace.openProcess(processId),
      /** Offers the stored map as a `.flow.json` file without opening it. */
      download: async (processId: string) => {
        const loaded = await repository.loadProcess(processId);
        if (!loaded || !loaded.ok) {
          workspace.notices.notify({
            kind: 'error',
            title: loaded
              ? `"${loaded.name}" cannot be downloaded: its stored data is damaged.`
              : 'That process no longer exists.',
            details: loaded ? loaded.problems.map((p) => p.message) : [],
          });
          return;
        }
        await workspace.exportFile({ name: flowFileName(loaded.model), text: flowFileText(loaded.model) });
      },
    }),
    [workspace, repository],
  );
}
