import { useEditor } from '../store/editorStore';
import { SidePanel } from '../workspace/SidePanel';
import { useWorkspace } from '../workspace/workspaceHooks';
import { FieldsTable } from './FieldsTable';
import { RecordsSection } from './RecordsSection';
import '../simulation/SimulatePanel.css';
import './DataPanel.css';

/** The Data drawer at the right of the editor: the map's case fields, and its sample records. */
export function DataDrawer() {
  const workspace = useWorkspace();
  const fields = useEditor((s) => s.model?.data.fields);
  const processId = useEditor((s) => s.processId);
  if (!fields || !processId) return null;
  return (
    <SidePanel title="Case data" side="right" className="data-panel" onClose={() => void workspace.showPanel(null)}>
      <div className="data-body">
        <FieldsTable fields={fields} />
        <section className="data-section" aria-labelledby="data-records-title">
          <h3 id="data-records-title">Sample records</h3>
          <RecordsSection key={processId} processId={processId} fields={fields} />
        </section>
      </div>
    </SidePanel>
  );
}
