import { useCaseData } from '../data/caseDataContext';
import { useEditor } from '../store/editorStore';
import { useWorkspace, useWorkspaceView } from '../workspace/workspaceHooks';
import { SimulatePanel } from './SimulatePanel';
import { useSimulation } from './useSimulation';

/** The open drawer: reads the results only while shown, so a closed drawer costs nothing on edits. */
function OpenSimulateDrawer() {
  const session = useSimulation();
  const workspace = useWorkspace();
  const model = useEditor((s) => s.model);
  const processId = useEditor((s) => s.processId);
  const dataset = useCaseData((s) => s.dataset);
  if (!model) return null;
  return (
    <SimulatePanel
      key={processId ?? ''}
      session={session}
      model={model}
      dataset={dataset}
      onSaveCsv={(name, csv) =>
        void workspace.exportFile({ name, bytes: new TextEncoder().encode(csv), type: 'text/csv' })
      }
      onSaveHtml={(name, html) =>
        void workspace.exportFile({ name, bytes: new TextEncoder().encode(html), type: 'text/html' })
      }
      onClose={() => void workspace.showPanel(null)}
    />
  );
}

/**
 * The Simulate drawer at the right of the editor: a view of the app's results store, so that a run goes on and its
 * report is still there when the drawer is closed and opened again, or another process is opened and this one again.
 */
export function SimulateDrawer() {
  const open = useWorkspaceView((v) => v.panel === 'simulate');
  return open ? <OpenSimulateDrawer /> : null;
}
