import { useState } from 'react';
import { dispatch } from '../actions/registry';
import { shortcutText } from '../actions/shortcuts';
import { ExportButton } from '../exports/ExportButton';
import type { SaveStatus } from './autosave';
import { Icon } from './icons';
import type { WorkspacePanel } from './workspaceContext';
import { useEditorValue, useWorkspace, useWorkspaceView } from './workspaceHooks';
import './TopBar.css';

function saveStatusText(status: SaveStatus): string {
  if (status.state === 'saved') return 'All changes saved';
  if (status.state === 'pending') return 'Saving…';
  return `Not saved: ${status.message}`;
}

/** The open process's name, edited in place; Enter or leaving the field renames, Escape reverts. */
function ProcessNameField({ id, name }: { id: string; name: string }) {
  const { renameProcess } = useWorkspace();
  const [draft, setDraft] = useState(name);
  return (
    <input
      className="process-name-field"
      aria-label="Process name"
      value={draft}
      maxLength={200}
      spellCheck={false}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => (draft.trim() ? void renameProcess(id, draft) : setDraft(name))}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(name);
          e.currentTarget.blur();
        }
      }}
    />
  );
}

/** The bar above the editor: the process list, the open process's name, save state, files and history. */
export function TopBar() {
  const workspace = useWorkspace();
  const panel = useWorkspaceView((v) => v.panel);
  const saveStatus = useWorkspaceView((v) => v.saveStatus);
  const document = useWorkspaceView((v) => v.document);
  const processId = useEditorValue((s) => s.processId);
  const name = useEditorValue((s) => s.model?.name ?? '');
  const toggle = (which: WorkspacePanel) => void workspace.showPanel(panel === which ? null : which);

  return (
    <header className="top-bar">
      <span className="brand">Flowwright</span>
      <button type="button" aria-pressed={panel === 'processes'} onClick={() => toggle('processes')}>
        <Icon name="list" />
        Processes
      </button>
      {processId && <ProcessNameField key={`${processId}:${name}`} id={processId} name={name} />}
      {processId && document && (
        <span
          className="document-file"
          title={
            document.dirty
              ? `${document.fileName}: changes not saved to the file yet (the workspace keeps them)`
              : `${document.fileName}: saved`
          }
        >
          {document.dirty && <span className="document-unsaved">• </span>}
          {document.fileName}
          {document.dirty && <span className="visually-hidden"> (unsaved changes)</span>}
        </span>
      )}
      {/* With a file, the dot is the state that matters; the workspace's own speaks up only while busy or failing. */}
      {processId && !(document && saveStatus.state === 'saved') && (
        <span
          className={`save-status save-status-${saveStatus.state}`}
          role="status"
          title={saveStatusText(saveStatus)}
        >
          {/* The top bar has room for the state only; why a save failed is in the title and in a notice. */}
          {saveStatus.state === 'failed' ? 'Not saved' : saveStatusText(saveStatus)}
        </span>
      )}
      {processId && saveStatus.state === 'failed' && saveStatus.canRetry && (
        <button type="button" onClick={() => void workspace.retrySaving()}>
          Retry
        </button>
      )}
      <span className="top-bar-spacer" />
      <button type="button" onClick={() => void workspace.createProcess()}>
        New process
      </button>
      <button
        type="button"
        onClick={() => dispatch('openDocument')}
        title={`Open a .flow.json or BPMN file from disk (${shortcutText('Mod+O')})`}
      >
        Open…
      </button>
      <button
        type="button"
        disabled={!processId}
        onClick={() => dispatch('saveDocument')}
        title={`Save to the map's file (${shortcutText('Mod+S')}); ${shortcutText('Mod+Shift+S')} saves as another file`}
      >
        Save
      </button>
      <button
        type="button"
        onClick={() => void workspace.importFile()}
        title="Import a .flow.json or BPMN 2.0 file (or drop one on the window)"
      >
        Import
      </button>
      <ExportButton />
      <button
        type="button"
        disabled={!processId}
        aria-pressed={panel === 'data'}
        onClick={() => toggle('data')}
        title="Case fields and sample records"
      >
        Data
      </button>
      <button
        type="button"
        aria-pressed={panel === 'logs'}
        onClick={() => toggle('logs')}
        title="Event logs: import, summary, process map, conformance and calibration"
      >
        Logs
      </button>
      <button
        type="button"
        disabled={!processId}
        aria-pressed={panel === 'simulate'}
        onClick={() => toggle('simulate')}
      >
        <Icon name="simulate" />
        Simulate
      </button>
      <button type="button" disabled={!processId} aria-pressed={panel === 'history'} onClick={() => toggle('history')}>
        <Icon name="history" />
        History
      </button>
    </header>
  );
}
