import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DatasetRecord } from '../workspace/db';
import type { WorkspaceRepository } from '../workspace/repository';

export interface CaseDataState {
  /** The process whose dataset is loaded (or being loaded). */
  processId: string | null;
  dataset: DatasetRecord | null;
}

type DatasetStorage = Pick<WorkspaceRepository, 'loadDataset' | 'saveDataset' | 'deleteDataset'>;

/**
 * The open map's sample records, shared by the Data and Simulate panels: loaded from the workspace when another
 * process opens, and written back when saved or removed.
 */
export function createCaseDataStore(storage: DatasetStorage) {
  const state: StoreApi<CaseDataState> = createStore<CaseDataState>(() => ({ processId: null, dataset: null }));
  return {
    state,
    /** Loads the dataset of `processId`; an answer for a process that is no longer open is ignored. */
    async follow(processId: string | null): Promise<void> {
      if (state.getState().processId === processId) return;
      state.setState({ processId, dataset: null });
      const dataset = processId ? await storage.loadDataset(processId) : null;
      if (state.getState().processId === processId) state.setState({ dataset });
    },
    async save(dataset: DatasetRecord): Promise<void> {
      await storage.saveDataset(dataset);
      if (state.getState().processId === dataset.processId) state.setState({ dataset });
    },
    async remove(processId: string): Promise<void> {
      await storage.deleteDataset(processId);
      if (state.getState().processId === processId) state.setState({ dataset: null });
    },
  };
}

export type CaseDataStore = ReturnType<typeof createCaseDataStore>;
