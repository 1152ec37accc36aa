import { useId } from 'react';
import { count } from '../simulation/format';
import { Icon } from '../workspace/icons';
import type { LogRecord } from '../workspace/db';
import { useLogs, useLogsSession } from './logsContext';

function LogItem({ log, selected }: { log: LogRecord; selected: boolean }) {
  const session = useLogsSession();
  const metaId = useId();
  return (
    <li className="side-item" aria-current={selected ? 'true' : undefined}>
      <button
        type="button"
        className="side-item-main"
        aria-label={log.name}
        aria-describedby={metaId}
        title={log.name}
        onClick={() => session.select(log.id)}
      >
        <span className="side-item-title">{log.name}</span>
        <span className="side-item-meta" id={metaId}>
          {count(log.events)} events, {count(log.cases)} cases
        </span>
      </button>
      <div className="side-item-actions">
        <button
          type="button"
          className="icon-button danger"
          aria-label={`Delete ${log.name}`}
          title="Delete"
          onClick={() => {
            if (window.confirm(`Delete the log "${log.name}" from the workspace?`)) void session.remove(log.id);
          }}
        >
          <Icon name="delete" />
        </button>
      </div>
    </li>
  );
}

/** The event logs of the workspace, newest first; a click shows one below. */
export function LogList() {
  const logs = useLogs((s) => s.logs);
  const selectedId = useLogs((s) => s.selectedId);
  if (logs.length === 0)
    return <p className="side-panel-empty">No event logs yet. Import a log exported from your systems (XES or CSV).</p>;
  return (
    <ul className="side-list logs-list" aria-label="Event logs">
      {logs.map((log) => (
        <LogItem key={log.id} log={log} selected={log.id === selectedId} />
      ))}
    </ul>
  );
}
