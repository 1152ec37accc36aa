import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Editor } from './editor/Editor';
import { SimulateDrawer } from './simulation/SimulateDrawer';
import { CaseTimeline } from './simulation/CaseTimeline';
import { CaseDataProvider, type CaseDataServices } from './data/caseDataContext';
import { createCaseDataStore } from './data/caseDataStore';
import { DataDrawer } from './data/DataDrawer';
import { LogsDrawer } from './logs/LogsDrawer';
import { LogsProvider, useLogsSession } from './logs/logsContext';
import { createLogsSession } from './logs/logsSession';
import { createPlatform } from './platform/platform';
import { dispatchMenuAction } from './actions/menuActions';
import { documentCommands } from './actions/documentCommands';
import { askBeforeBpmnInApp } from './workspace/bpmnSaveQuestion';
import { BpmnSaveDialog } from './workspace/BpmnSaveDialog';
import { areaFrame, drawerFrame } from './recovery/frames';
import { markMapsAsTheyOpen, markOpenMapFailed } from './recovery/openMapMarks';
import { RecoveryBoundary } from './recovery/RecoveryBoundary';
import { RecoveryContext, useRecovery, type Recovery } from './recovery/recoveryContext';
import { useStartRecovery } from './recovery/useStartRecovery';
import { UnfinishedDrawing } from './recovery/UnfinishedDrawing';
import { workspaceMenuActions } from './workspace/workspaceMenuActions';
import { useEditor } from './store/editorStore';
import { useEditorUi } from './store/uiStore';
import { CollapsiblePanel } from './panels/CollapsiblePanel';
import { collapsePanel, type DrawerId } from './panels/panelLayout';
import { createWorkspaceDb } from './workspace/db';
import { flowFileName, flowFileText } from './workspace/flowFile';
import { HistoryPanel } from './workspace/HistoryPanel';
import { Notices } from './workspace/Notices';
import { ProcessPanel } from './workspace/ProcessPanel';
import { createWorkspaceRepository, type WorkspaceRepository } from './workspace/repository';
import { StartScreen } from './workspace/StartScreen';
import { TopBar } from './workspace/TopBar';
import { createUnloadJournal } from './workspace/unloadJournal';
import { useFileDrop } from './workspace/useFileDrop';
import { createWorkspace, type Workspace } from './workspace/workspace';
import { useEditorValue, useWorkspaceView, WorkspaceProvider } from './workspace/workspaceHooks';
import './styles/app.css';
import './styles/panel-layout.css';

function Shell({ workspace, repository }: { workspace: Workspace; repository: WorkspaceRepository }) {
  const ready = useWorkspaceView((v) => v.ready);
  const panel = useWorkspaceView((v) => v.panel);
  const processIds = useWorkspaceView((v) => v.processes.map((p) => p.id).join('\n'));
  const hasModel = useEditorValue((s) => s.model !== null);
  const processId = useEditorValue((s) => s.processId);
  const logs = useLogsSession();
  // An event log dropped on the window is imported in the Logs panel; maps and BPMN open as before.
  const importLog = useCallback(
    (file: File) => {
      void workspace.showPanel('logs');
      void logs.importFile(file);
    },
    [workspace, logs],
  );
  const dragging = useFileDrop(workspace, window, importLog);
  const { guard } = useRecovery();
  const start = useStartRecovery(workspace, repository);
  const close = () => void workspace.showPanel(null);
  const markFailed = useCallback(() => markOpenMapFailed(guard), [guard]);
  // Reading mode belongs to an open map: the start screen always shows the top bar.
  const reading = useEditorUi((ui) => ui.readingMode) && hasModel;
  // The panel actions (collapse the side panel) need to know which drawer is open; a drawer asked for is shown
  // expanded, even if it was collapsed when last closed.
  useEffect(() => {
    const ui = useEditorUi.getState();
    const expand = panel && ui.layout.panels[panel].collapsed ? collapsePanel(ui.layout, panel, false) : ui.layout;
    ui.set({ openDrawer: panel, layout: expand });
  }, [panel]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // In reading mode the drawers are hidden: Escape is the editor's, which leaves reading mode.
      if (e.key === 'Escape' && panel && !e.defaultPrevented && !reading) void workspace.showPanel(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [workspace, panel, reading]);

  const startScreen = (
    <StartScreen
      notice={
        <UnfinishedDrawing
          guard={guard}
          processIds={processIds.split('\n')}
          onOpen={start.open}
          onDownload={start.download}
        />
      }
    />
  );
  // Each drawer fails on its own: its notice takes its place under its title, and another map starts it afresh.
  // Each collapses to a strip with its name and is resized by its splitter, its size kept per drawer.
  const drawer = (id: DrawerId, title: string, side: 'left' | 'right', content: ReactNode, shown = true) => {
    const boundary = (
      <RecoveryBoundary
        what={`The ${title.toLowerCase()} could not be shown`}
        resetKey={processId}
        offerOtherMaps={title !== 'Processes'}
        frame={(notice) => (shown ? drawerFrame(title, side, close)(notice) : null)}
      >
        {content}
      </RecoveryBoundary>
    );
    return shown ? (
      <CollapsiblePanel panel={id} side={side} title={title} name={`the ${title} panel`} toggle="toggleDrawer">
        {boundary}
      </CollapsiblePanel>
    ) : (
      boundary
    );
  };

  return (
    <div className={`app${reading ? ' app-reading' : ''}`}>
      <TopBar />
      <div className="app-body">
        {panel === 'processes' && drawer('processes', 'Processes', 'left', <ProcessPanel />)}
        <main className="app-main">
          {!ready ? (
            <p className="app-loading">Loading the workspace…</p>
          ) : hasModel ? (
            <RecoveryBoundary
              what="The editor could not be shown"
              resetKey={processId}
              onFailure={markFailed}
              frame={areaFrame}
            >
              <Editor />
            </RecoveryBoundary>
          ) : (
            startScreen
          )}
        </main>
        {panel === 'history' && hasModel && drawer('history', 'History', 'right', <HistoryPanel />)}
        {panel === 'data' && hasModel && drawer('data', 'Case data', 'right', <DataDrawer />)}
        {/* Logs belong to the workspace, not to a map: the panel opens without one. */}
        {panel === 'logs' && drawer('logs', 'Event logs', 'right', <LogsDrawer />)}
        {/* Shows the app's results store while open; runs and their results live outside it. */}
        {drawer('simulate', 'Simulate', 'right', <SimulateDrawer />, panel === 'simulate' && hasModel)}
      </div>
      {hasModel && <CaseTimeline />}
      <Notices />
      <BpmnSaveDialog />
      {dragging && (
        <div className="drop-overlay">Drop a .flow.json or BPMN file to import it, or an event log (XES or CSV)</div>
      )}
    </div>
  );
}

/** The application shell: the workspace (process list, autosave, history, files) around the editor. */
export function App() {
  const [platform] = useState(createPlatform);
  const [repository] = useState(() => createWorkspaceRepository(createWorkspaceDb()));
  const lastResort = useRecovery();
  const [workspace] = useState(() =>
    createWorkspace({
      repository,
      editor: useEditor,
      platform,
      journal: createUnloadJournal(window.localStorage),
      reopenAtStart: lastResort.guard.mayReopen,
      askBeforeBpmn: askBeforeBpmnInApp,
    }),
  );
  const [recovery] = useState<Recovery>(() => ({
    guard: lastResort.guard,
    openAnotherMap: () => void workspace.showPanel('processes'),
    downloadMap: (model) => void workspace.exportFile({ name: flowFileName(model), text: flowFileText(model) }),
  }));
  // The window's event logs: an import goes on while the Logs panel is closed.
  const [logs] = useState(() => createLogsSession());
  const [caseData] = useState<CaseDataServices>(() => ({ store: createCaseDataStore(repository), platform }));
  // The open map's sample records follow the open process.
  useEffect(() => {
    void caseData.store.follow(useEditor.getState().processId);
    return useEditor.subscribe((s) => void caseData.store.follow(s.processId));
  }, [caseData]);
  // Before start, so that the map reopened at start is marked before it is drawn.
  useEffect(() => markMapsAsTheyOpen(recovery.guard), [recovery]);
  useEffect(() => workspace.connect(), [workspace]);
  useEffect(() => documentCommands.install(workspace.documents), [workspace]);
  useEffect(() => {
    const fileActions: Record<string, () => void> = workspaceMenuActions(workspace);
    return platform.onMenuAction((name) =>
      Object.hasOwn(fileActions, name) ? fileActions[name]() : dispatchMenuAction(name),
    );
  }, [platform, workspace]);
  useEffect(() => void workspace.start(), [workspace]);
  return (
    <RecoveryContext.Provider value={recovery}>
      <WorkspaceProvider workspace={workspace}>
        <CaseDataProvider services={caseData}>
          <LogsProvider session={logs}>
            <Shell workspace={workspace} repository={repository} />
          </LogsProvider>
        </CaseDataProvider>
      </WorkspaceProvider>
    </RecoveryContext.Provider>
  );
}
