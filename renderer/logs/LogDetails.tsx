import { useEffect, useState, type ReactNode } from 'react';
import { useEditor } from '../store/editorStore';
import { CalibrationView } from './CalibrationView';
import { ConformanceView } from './ConformanceView';
import { DirectlyFollowsView } from './dfg/DirectlyFollowsView';
import { LogSummaryView } from './LogSummaryView';
import { useLogs, useLogsSession } from './logsContext';
import type { EventLog } from '../../shared/log';
import type { ProcessModel } from '../../shared/model';

const tabs = [
  { id: 'summary', label: 'Summary' },
  { id: 'map', label: 'Process map' },
  { id: 'conformance', label: 'Conformance' },
  { id: 'calibration', label: 'Calibration' },
] as const;
export type LogTab = (typeof tabs)[number]['id'];

/** Loads the selected log's events (with a busy state) and hands them to the view of a tab. */
function WithEvents({ children }: { children(log: EventLog): ReactNode }) {
  const session = useLogsSession();
  const selectedId = useLogs((s) => s.selectedId);
  const loaded = useLogs((s) => s.loaded);
  useEffect(() => void session.load(), [session, selectedId]);
  if (!loaded || loaded.state === 'loading')
    return (
      <p className="logs-busy" role="status" aria-busy="true">
        Loading the log’s events…
      </p>
    );
  if (loaded.state === 'failed')
    return (
      <p className="logs-status-failed" role="alert">
        The log could not be loaded: {loaded.message}
      </p>
    );
  return <>{children(loaded.log)}</>;
}

/** A tab that checks the log against the map open in the editor; without one it says so. */
function AgainstOpenMap({ children }: { children(model: ProcessModel): ReactNode }) {
  const model = useEditor((s) => s.model);
  if (!model) return <p className="side-panel-empty">Open a process map to compare the log with it.</p>;
  return <>{children(model)}</>;
}

/** The selected log: its summary, and its process map, conformance and calibration against the open map. */
export function LogDetails() {
  const selected = useLogs((s) => s.logs.find((log) => log.id === s.selectedId) ?? null);
  const [tab, setTab] = useState<LogTab>('summary');
  if (!selected) return null;
  const panelId = `logs-tab-${tab}`;
  return (
    <section className="logs-details" aria-label={`Log ${selected.name}`}>
      <h3 className="logs-details-title">{selected.name}</h3>
      <div className="logs-tabs" role="tablist" aria-label="Views of the log">
        {tabs.map((entry) => (
          <button
            key={entry.id}
            type="button"
            role="tab"
            id={`logs-tab-button-${entry.id}`}
            aria-selected={tab === entry.id}
            aria-controls={`logs-tab-${entry.id}`}
            onClick={() => setTab(entry.id)}
          >
            {entry.label}
          </button>
        ))}
      </div>
      <div className="logs-tab" role="tabpanel" id={panelId} aria-labelledby={`logs-tab-button-${tab}`}>
        {tab === 'summary' && <LogSummaryView log={selected} />}
        {tab === 'map' && (
          <WithEvents>
            {(log) => <DirectlyFollowsView key={selected.id} log={log} logName={selected.name} />}
          </WithEvents>
        )}
        {tab === 'conformance' && (
          <AgainstOpenMap>
            {(model) => <WithEvents>{(log) => <ConformanceView model={model} log={log} />}</WithEvents>}
          </AgainstOpenMap>
        )}
        {tab === 'calibration' && (
          <AgainstOpenMap>
            {(model) => <WithEvents>{(log) => <CalibrationView model={model} log={log} />}</WithEvents>}
          </AgainstOpenMap>
        )}
      </div>
    </section>
  );
}
