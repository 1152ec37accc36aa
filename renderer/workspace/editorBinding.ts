import type { ProcessModel } from '../../shared/model/schema';

/**
 * The part of the editor store (renderer/store/editorStore.ts, `useEditor`) the workspace relies on. The
 * workspace depends on this shape rather than on the store module, so it is tested with a small stand-in.
 */
export interface EditorSnapshot {
  processId: string | null;
  model: ProcessModel | null;
  version: number;
  lastChange: { label: string; captured: boolean } | null;
  open(processId: string, model: ProcessModel): void;
  replaceModel(model: ProcessModel, label: string): void;
  close(): void;
}

export interface EditorBinding {
  getState(): EditorSnapshot;
  subscribe(listener: (state: EditorSnapshot, previous: EditorSnapshot) => void): () => void;
}
