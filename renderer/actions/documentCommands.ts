import type { DocumentActions } from '../workspace/documentActions';

let current: DocumentActions | null = null;

/** The window's documents on disk (the workspace's Open, Save, Revert), set while the app is mounted. */
export const documentCommands = {
  get current(): DocumentActions | null {
    return current;
  },
  /** Installs the window's documents; returns the function that removes them again. */
  install(documents: DocumentActions): () => void {
    current = documents;
    return () => {
      if (current === documents) current = null;
    };
  },
};
