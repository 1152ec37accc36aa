import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorSnapshot } from './editorBinding';
import type { Notice } from './notices';
import type { Workspace } from './workspace';
import type { WorkspaceView } from './workspaceContext';

const WorkspaceReactContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  return <WorkspaceReactContext.Provider value={workspace}>{children}</WorkspaceReactContext.Provider>;
}

/** The workspace's actions, for views inside WorkspaceProvider. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceReactContext);
  if (!workspace) throw new Error('useWorkspace needs a WorkspaceProvider');
  return workspace;
}

/** A slice of what the workspace shows; re-renders only when the slice changes. */
export function useWorkspaceView<T>(select: (view: WorkspaceView) => T): T {
  return useStore(useWorkspace().view, select);
}

export function useNotices(): Notice[] {
  return useStore(useWorkspace().notices.store, (s) => s.notices);
}

/** A value from the editor's state (the open process, its name); select a primitive or a stable reference. */
export function useEditorValue<T>(select: (state: EditorSnapshot) => T): T {
  const { editor } = useWorkspace();
  return useSyncExternalStore(editor.subscribe, () => select(editor.getState()));
}
