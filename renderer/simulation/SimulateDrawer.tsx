import { useCaseData } from '../data/caseDataContext';
import { useEditor } from '../store/editorStore';
import { useWorkspace, useWorkspaceView } from '../workspace/workspaceHooks';
import { SimulatePanel } from './SimulatePanel';
import { useSimulation } from './useSimulation';

/**
 * The Simulate drawer at the right of the editor. It stays mounted while closed, so that a run goes on and its
 * report is still there when the drawer is opened again.
 */
export function SimulateDrawer() {
  const session = useSimulation();
  const workspace = useWorkspace();
  const open = useWorkspaceView((v) => v.panel === 'simulate');
  const model = useEditor((s) => s.model);
  const processId = useEditor((s) => s.processId);
  const version = useEditor((s) => s.version);
  const dataset = useCaseData((s) => s.dataset);
  if (!open || !model) return null;
  return (
    <SimulatePanel
      key={processId ?? ''}
      session={session}
      model={model}
      processId={processId}
      version={version}
      dataset={dataset}
      onSaveCsv={(name, csv) =>
        void workspace.exportFile({ name, bytes: new TextEncoder().encode(csv), type: 'text/csv' })
      }
      onClose={() => void workspace.showPanel(null)}
    />
  );
}
