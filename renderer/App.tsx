import { useEffect, useState } from 'react';
import { Editor } from './editor/Editor';
import { SimulateDrawer } from './simulation/SimulateDrawer';
import { CaseDataProvider, type CaseDataServices } from './data/caseDataContext';
import { createCaseDataStore } from './data/caseDataStore';
import { DataDrawer } from './data/DataDrawer';
import { createPlatform } from './platform/platform';
import { dispatchMenuAction } from './actions/menuActions';
import { workspaceMenuActions } from './workspace/workspaceMenuActions';
import { useEditor } from './store/editorStore';
import { createWorkspaceDb } from './workspace/db';
import { HistoryPanel } from './workspace/HistoryPanel';
import { Notices } from './workspace/Notices';
import { ProcessPanel } from './workspace/ProcessPanel';
import { createWorkspaceRepository } from './workspace/repository';
import { StartScreen } from './workspace/StartScreen';
import { TopBar } from './workspace/TopBar';
import { createUnloadJournal } from './workspace/unloadJournal';
import { useFileDrop } from './workspace/useFileDrop';
import { createWorkspace, type Workspace } from './workspace/workspace';
import { useEditorValue, useWorkspaceView, WorkspaceProvider } from './workspace/workspaceHooks';
import './styles/app.css';

function Shell({ workspace }: { workspace: Workspace }) {
  const ready = useWorkspaceView((v) => v.ready);
  const panel = useWorkspaceView((v) => v.panel);
  const hasModel = useEditorValue((s) => s.model !== null);
  const dragging = useFileDrop(workspace);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && panel && !e.defaultPrevented) void workspace.showPanel(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [workspace, panel]);

  return (
    <div className="app">
      <TopBar />
      <div className="app-body">
        {panel === 'processes' && <ProcessPanel />}
        <main className="app-main">
          {!ready ? <p className="app-loading">Loading the workspace…</p> : hasModel ? <Editor /> : <StartScreen />}
        </main>
        {panel === 'history' && hasModel && <HistoryPanel />}
        {panel === 'data' && hasModel && <DataDrawer />}
        <SimulateDrawer />
      </div>
      <Notices />
      {dragging && <div className="drop-overlay">Drop a .flow.json or BPMN file to import it</div>}
    </div>
  );
}

/** The application shell: the workspace (process list, autosave, history, files) around the editor. */
export function App() {
  const [platform] = useState(createPlatform);
  const [repository] = useState(() => createWorkspaceRepository(createWorkspaceDb()));
  const [workspace] = useState(() =>
    createWorkspace({ repository, editor: useEditor, platform, journal: createUnloadJournal(window.localStorage) }),
  );
  const [caseData] = useState<CaseDataServices>(() => ({ store: createCaseDataStore(repository), platform }));
  // The open map's sample records follow the open process.
  useEffect(() => {
    void caseData.store.follow(useEditor.getState().processId);
    return useEditor.subscribe((s) => void caseData.store.follow(s.processId));
  }, [caseData]);
  useEffect(() => workspace.connect(), [workspace]);
  useEffect(() => {
    const fileActions: Record<string, () => void> = workspaceMenuActions(workspace);
    return platform.onMenuAction((name) =>
      Object.hasOwn(fileActions, name) ? fileActions[name]() : dispatchMenuAction(name),
    );
  }, [platform, workspace]);
  useEffect(() => void workspace.start(), [workspace]);
  return (
    <WorkspaceProvider workspace={workspace}>
      <CaseDataProvider services={caseData}>
        <Shell workspace={workspace} />
      </CaseDataProvider>
    </WorkspaceProvider>
  );
}
