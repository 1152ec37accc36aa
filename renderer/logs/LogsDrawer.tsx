import { useEffect, useRef } from 'react';
import { SidePanel } from '../workspace/SidePanel';
import { useWorkspace } from '../workspace/workspaceHooks';
import { ImportStatus } from './ImportStatus';
import { LogDetails } from './LogDetails';
import { LogList } from './LogList';
import { useLogs, useLogsSession } from './logsContext';
import './LogsPanel.css';

/** What the file picker offers: XES, gzipped XES and CSV. */
export const logFileTypes = '.xes,.gz,.csv,text/csv';

/**
 * The Logs drawer: the event logs of the workspace, importing one (file picker, or a file dropped on the window),
 * and the selected log's summary, process map, conformance and calibration.
 */
export function LogsDrawer() {
  const workspace = useWorkspace();
  const session = useLogsSession();
  const busy = useLogs((s) => s.importing?.phase === 'reading' || s.importing?.phase === 'mapping');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => void session.refresh(), [session]);
  return (
    <SidePanel title="Event logs" side="right" className="logs-panel" onClose={() => void workspace.showPanel(null)}>
      <div className="logs-body">
        <div className="logs-toolbar">
          <button type="button" disabled={busy} onClick={() => input.current?.click()}>
            Import log…
          </button>
          <span className="logs-muted">XES, .xes.gz or CSV; or drop the file on the window</span>
          <input
            ref={input}
            type="file"
            hidden
            accept={logFileTypes}
            aria-label="Event log file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void session.importFile(file);
            }}
          />
        </div>
        <ImportStatus />
        <LogList />
        <LogDetails />
      </div>
    </SidePanel>
  );
}
