import { useId, useRef, useState } from 'react';
import { Icon } from './icons';
import type { ProcessSummary } from './repository';
import { SidePanel } from './SidePanel';
import { TemplateList } from './TemplateList';
import { revisionTimeText } from './timeText';
import { useEditorValue, useWorkspace, useWorkspaceView } from './workspaceHooks';

function RenameField({ process, onDone }: { process: ProcessSummary; onDone(): void }) {
  const { renameProcess } = useWorkspace();
  const [draft, setDraft] = useState(process.name);
  const finished = useRef(false); // Enter and the blur that follows must rename once
  const finish = (rename: boolean) => {
    if (finished.current) return;
    finished.current = true;
    onDone();
    if (rename) void renameProcess(process.id, draft);
  };
  return (
    <input
      className="process-rename"
      aria-label={`New name for ${process.name}`}
      value={draft}
      maxLength={200}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') {
          e.stopPropagation();
          finish(false);
        }
      }}
    />
  );
}

function ProcessItem({ process, isOpen }: { process: ProcessSummary; isOpen: boolean }) {
  const workspace = useWorkspace();
  const file = useWorkspaceView((v) => v.files[process.id]);
  const where = file ? (file.path ?? file.name) : null;
  const [renaming, setRenaming] = useState(false);
  const metaId = useId();
  return (
    <li className="side-item" aria-current={isOpen ? 'true' : undefined}>
      {renaming ? (
        <RenameField process={process} onDone={() => setRenaming(false)} />
      ) : (
        <button
          type="button"
          className="side-item-main"
          title={where ? `${process.name}\n${where}` : process.name}
          aria-label={process.name}
          aria-describedby={metaId}
          onClick={() => void workspace.openProcess(process.id)}
        >
          <span className="side-item-title">{process.name}</span>
          <span className="side-item-meta" id={metaId}>
            Changed {revisionTimeText(process.updatedAt)}
            {where && (
              <span className="side-item-file">
                <bdi>{where}</bdi>
              </span>
            )}
          </span>
        </button>
      )}
      <div className="side-item-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Rename ${process.name}`}
          title="Rename"
          onClick={() => setRenaming(true)}
        >
          <Icon name="rename" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Duplicate ${process.name}`}
          title="Duplicate"
          onClick={() => void workspace.duplicateProcess(process.id)}
        >
          <Icon name="duplicate" />
        </button>
        <button
          type="button"
          className="icon-button danger"
          aria-label={`Delete ${process.name}`}
          title="Delete"
          onClick={() => void workspace.deleteProcess(process.id)}
        >
          <Icon name="delete" />
        </button>
      </div>
    </li>
  );
}

/** The list of processes in the workspace, beside the editor. */
export function ProcessPanel() {
  const workspace = useWorkspace();
  const processes = useWorkspaceView((v) => v.processes);
  const openId = useEditorValue((s) => s.processId);
  return (
    <SidePanel title="Processes" side="left" onClose={() => void workspace.showPanel(null)}>
      {processes.length === 0 ? (
        <p className="side-panel-empty">No processes yet. Create one or import a .flow.json file.</p>
      ) : (
        <ul className="side-list">
          {processes.map((p) => (
            <ProcessItem key={p.id} process={p} isOpen={p.id === openId} />
          ))}
        </ul>
      )}
      <details className="side-templates">
        <summary>Start from a template</summary>
        <TemplateList />
      </details>
    </SidePanel>
  );
}
