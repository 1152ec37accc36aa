import { dialogFrame } from '../recovery/frames';
import { RecoveryBoundary } from '../recovery/RecoveryBoundary';
import { useEditorValue } from '../workspace/workspaceHooks';
import { ExportDialog } from './ExportDialog';
import { useExportDialog } from './exportDialogStore';

/** The top bar's "Export": opens the export dialog for the open map. */
export function ExportButton() {
  const model = useEditorValue((s) => s.model);
  const open = useExportDialog((s) => s.open);
  const setOpen = useExportDialog((s) => s.setOpen);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        disabled={!model}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        title="Export as .flow.json, BPMN, Camunda 8, Step Functions, SVG or PNG"
      >
        Export
      </button>
      {open && model && (
        <RecoveryBoundary what="The export dialog could not be shown" frame={dialogFrame('Export', close)}>
          <ExportDialog model={model} onClose={close} />
        </RecoveryBoundary>
      )}
    </>
  );
}
