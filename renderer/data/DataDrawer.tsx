import { useEditor } from '../store/editorStore';
import { Icon } from '../workspace/icons';
import { useWorkspace } from '../workspace/workspaceHooks';
import { FieldsTable } from './FieldsTable';
import { RecordsSection } from './RecordsSection';
import '../workspace/SidePanel.css';
import '../simulation/SimulatePanel.css';
import './DataPanel.css';

/** The Data drawer at the right of the editor: the map's case fields, and its sample records. */
export function DataDrawer() {
  const workspace = useWorkspace();
  const fields = useEditor((s) => s.model?.data.fields);
  const processId = useEditor((s) => s.processId);
  if (!fields || !processId) return null;
  return (
    <aside className="side-panel side-panel-right data-panel" aria-label="Case data">
      <div className="side-panel-header">
        <h2>Case data</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close case data"
          title="Close"
          onClick={() => void workspace.showPanel(null)}
        >
          <Icon name="close" />
        </button>
      </div>
      <div className="data-body">
        <FieldsTable fields={fields} />
        <section className="data-section" aria-labelledby="data-records-title">
          <h3 id="data-records-title">Sample records</h3>
          <RecordsSection key={processId} processId={processId} fields={fields} />
        </section>
      </div>
    </aside>
  );
}
