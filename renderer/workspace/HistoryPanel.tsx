import { revisionTimeText } from './timeText';
import { SidePanel } from './SidePanel';
import { useEditorValue, useWorkspace, useWorkspaceView } from './workspaceHooks';

/** The revisions of the open process, newest first; any but the current one can be restored. */
export function HistoryPanel() {
  const workspace = useWorkspace();
  const revisions = useWorkspaceView((v) => v.revisions);
  const name = useEditorValue((s) => s.model?.name ?? '');
  return (
    <SidePanel title="History" side="right" onClose={() => void workspace.showPanel(null)}>
      <p className="side-panel-note">
        Save points of <strong>{name || 'this process'}</strong>. Restoring one makes it the current map; that can be
        undone.
      </p>
      <ol className="side-list">
        {revisions.map((revision, i) => {
          const time = revisionTimeText(revision.at);
          return (
            <li key={revision.id} className="side-item">
              <div className="side-item-main">
                <time className="side-item-title" dateTime={new Date(revision.at).toISOString()}>
                  {time}
                </time>
                <span className="side-item-description" title={revision.description}>
                  {revision.description}
                </span>
              </div>
              <div className="side-item-actions">
                {i === 0 ? (
                  <span className="side-item-current">Current</span>
                ) : (
                  <button
                    type="button"
                    aria-label={`Restore revision of ${time}`}
                    onClick={() => void workspace.restoreRevision(revision.id, revision.at)}
                  >
                    Restore
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </SidePanel>
  );
}
