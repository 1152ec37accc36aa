import { useStore } from 'zustand';
import { Dialog } from '../panels/Dialog';
import { bpmnSaveQuestion } from './bpmnSaveQuestion';
import './BpmnSaveDialog.css';

/** Before a map is written as BPMN: what BPMN has no place for, and the offer to keep a `.flow.json` instead. */
export function BpmnSaveDialog() {
  const question = useStore(bpmnSaveQuestion, (s) => s.question);
  if (!question) return null;
  const { fileName, losses, answer } = question;
  return (
    <Dialog
      label="Save as BPMN"
      title={`Save "${fileName}" as BPMN 2.0?`}
      className="bpmn-save-dialog"
      onClose={() => answer('cancel')}
      onKeyDown={(e) => e.key === 'Escape' && answer('cancel')}
    >
      <p>BPMN 2.0 has no place for:</p>
      <ul>
        {losses.map((loss) => (
          <li key={loss}>{loss}</li>
        ))}
      </ul>
      <p>
        Flowwright writes them in its own extension inside the file and reads them back, but other BPMN tools (Camunda
        Modeler, Signavio, Bizagi) may drop them when they save the file. A .flow.json file keeps everything.
      </p>
      <div className="bpmn-save-actions">
        <button type="button" onClick={() => answer('cancel')}>
          Cancel
        </button>
        <button type="button" onClick={() => answer('flow')}>
          Save as .flow.json instead
        </button>
        <button type="button" className="primary" autoFocus onClick={() => answer('bpmn')}>
          Save as BPMN
        </button>
      </div>
    </Dialog>
  );
}
