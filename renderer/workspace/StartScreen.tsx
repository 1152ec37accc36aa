import type { ReactNode } from 'react';
import { TemplateList } from './TemplateList';
import { revisionTimeText } from './timeText';
import { useWorkspace, useWorkspaceView } from './workspaceHooks';
import './StartScreen.css';

const recentShown = 8;

/**
 * What the window shows when no process is open: start one (blank or from a template), import one, or reopen a
 * recent one. `notice` comes first (a map that could not be drawn last time).
 */
export function StartScreen({ notice }: { notice?: ReactNode }) {
  const workspace = useWorkspace();
  const processes = useWorkspaceView((v) => v.processes);
  return (
    <section className="start-screen" aria-labelledby="start-title">
      <div className="start-card">
        {notice}
        <h1 id="start-title">Flowwright</h1>
        <p className="start-lead">
          Draw a process map, see what is wrong with it, simulate it and export it to a workflow engine.
        </p>
        <div className="start-actions">
          <button type="button" className="primary" onClick={() => void workspace.createProcess()}>
            New process
          </button>
          <button
            type="button"
            onClick={() => void workspace.documents.open()}
            title="Open a .flow.json or BPMN file; Save writes your changes back to it"
          >
            Open a file…
          </button>
          <button
            type="button"
            onClick={() => void workspace.importFile()}
            title="Add a copy of a .flow.json or BPMN file to the workspace"
          >
            Import a file…
          </button>
        </div>
        <p className="start-hint">You can also drop a .flow.json or BPMN file anywhere on this window.</p>
        <h2>Start from a template</h2>
        <TemplateList />
        {processes.length > 0 && (
          <>
            <h2>Recent processes</h2>
            <ul className="start-recent">
              {processes.slice(0, recentShown).map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    title={p.name}
                    aria-label={p.name}
                    aria-describedby={`recent-${p.id}`}
                    onClick={() => void workspace.openProcess(p.id)}
                  >
                    <span className="start-recent-name">{p.name}</span>
                    <span className="start-recent-time" id={`recent-${p.id}`}>
                      {revisionTimeText(p.updatedAt)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
