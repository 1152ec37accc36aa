import {
  participantById,
  participantPhrase,
  rename,
  setParticipantProps,
  type Flow,
  type Participant,
  type ProcessModel,
} from '../../shared/model';
import { nodeTitle } from '../canvas/elementLabels';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import { FieldGroup, TextField } from './fields';

/** Another party's pool: its name, and the messages it sends and receives. */
export function PoolProperties({ participant, model }: { participant: Participant; model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const renameRequest = useEditorUi((ui) => ui.renameRequest);
  const messages = model.flows.filter(
    (f) => f.kind === 'message' && (f.source === participant.id || f.target === participant.id),
  );
  return (
    <FieldGroup title="Pool">
      <TextField
        key={`name-${participant.id}`}
        focusRequest={renameRequest}
        label="Name"
        value={participant.name}
        placeholder="e.g. Customer"
        onCommit={(name) =>
          apply((m) => setParticipantProps(m, { id: participant.id, props: { name } }), { select: 'keep' })
        }
      />
      <p className="fw-panel-note">
        Another party of the process, drawn collapsed: its own steps are not shown. Connect a task or an event to it to
        send or receive a message. {messageCount(messages.length)}
      </p>
    </FieldGroup>
  );
}

const messageCount = (count: number) =>
  count === 0 ? 'No messages yet.' : `${count} message flow${count === 1 ? '' : 's'}.`;

/** What one end of a message flow is, in words: a pool's or a node's name. */
function endWords(model: ProcessModel, id: string): string {
  const pool = participantById(model, id);
  if (pool) return participantPhrase(pool);
  const node = model.nodes.find((n) => n.id === id);
  return node ? `'${nodeTitle(node)}'` : 'an element no longer on the map';
}

/** A message flow: its name and where it goes. Messages carry no cases, so there is nothing to simulate. */
export function MessageFlowProperties({ flow, model }: { flow: Flow; model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const renameRequest = useEditorUi((ui) => ui.renameRequest);
  return (
    <FieldGroup title="Message flow">
      <TextField
        key={`name-${flow.id}`}
        focusRequest={renameRequest}
        label="Name"
        value={flow.name ?? ''}
        placeholder="e.g. Order confirmation"
        onCommit={(name) =>
          apply((m) => rename(m, { target: { kind: 'flow', id: flow.id }, name }), { select: 'keep' })
        }
      />
      <p className="fw-panel-note">
        From {endWords(model, flow.source)} to {endWords(model, flow.target)}. A message goes between pools; the
        simulation does not follow it.
      </p>
    </FieldGroup>
  );
}
