import {
  connect,
  connectMessage,
  isDataNode,
  messageFlowRefusal,
  participantById,
  type FlowNode,
  type ProcessModel,
} from '../../shared/model';
import { useEditor } from '../store/editorStore';
import { dataConnectionRefusal } from './dataConnectRules';
import { nodeTitle } from './elementLabels';

const named = (node: FlowNode) => `'${nodeTitle(node)}'`;

/** "'Submitted' is a start event: it begins …" for a named node, "A start event begins …" for an unnamed one. */
function kindSays(node: FlowNode, kind: string, named: string, unnamed: string): string {
  const name = node.name.trim();
  return name ? `'${name}' is ${kind}: ${named}` : `${kind[0].toUpperCase()}${kind.slice(1)} ${unnamed}`;
}

/** Why no flow can leave a node (an end event, an annotation), or null when one can. */
export function startRefusal(source: FlowNode): string | null {
  if (source.type === 'endEvent')
    return kindSays(source, 'an end event', 'cases end there, so no flow leaves it.', 'ends cases: no flow leaves it.');
  if (source.type === 'annotation') return 'Annotations are not joined by flows: they describe what they sit beside.';
  return null;
}

/**
 * Why a sequence flow from `sourceId` to `targetId` cannot be drawn, in words for the notice area; null when it
 * can. The BPMN rules the canvas enforces while connecting, so that a refused drop never fails silently.
 */
export function connectionRefusal(model: ProcessModel, sourceId: string, targetId: string): string | null {
  // A connection to or from another party's pool is a message flow, which has rules of its own.
  if (joinsPools(model, sourceId, targetId)) return messageFlowRefusal(model, sourceId, targetId);
  const source = model.nodes.find((n) => n.id === sourceId);
  const target = model.nodes.find((n) => n.id === targetId);
  if (!source || !target) return 'That element is no longer on the map.';
  if (source.id === target.id) return 'A flow cannot start and end at the same element.';
  const cannotLeave = startRefusal(source);
  if (cannotLeave) return cannotLeave;
  const data = dataConnectionRefusal(source, target);
  if (data) return data;
  if (target.type === 'annotation') return 'Annotations are not joined by flows: they describe what they sit beside.';
  if (target.type === 'startEvent')
    return kindSays(
      target,
      'a start event',
      'it begins cases and takes no flow in.',
      'begins cases and takes no flow in.',
    );
  if (target.type === 'boundaryEvent') {
    const why = 'fires while its task runs and takes no flow in.';
    return kindSays(target, 'a boundary event', `it ${why}`, why);
  }
  if ((source.parent ?? null) !== (target.parent ?? null))
    return 'A flow cannot cross the border of a sub-process: connect elements at the same level.';
  if (model.flows.some((f) => f.source === source.id && f.target === target.id))
    return `${named(source)} is already connected to ${named(target)}.`;
  return null;
}

/** Whether a connection between these ends joins another party's pool, and so is a message flow. */
const joinsPools = (model: ProcessModel, source: string, target: string) =>
  participantById(model, source) !== undefined || participantById(model, target) !== undefined;

/**
 * Draws a flow as one undoable edit, or says in the notice area why it cannot; returns whether it was drawn.
 * `select` chooses what is selected afterwards (the new flow by default).
 */
export function connectOrExplain(source: string, target: string, select?: readonly string[]): boolean {
  const editor = useEditor.getState();
  if (!editor.model) return false;
  const refusal = connectionRefusal(editor.model, source, target);
  if (refusal) {
    editor.setNotice(refusal);
    return false;
  }
  if (joinsPools(editor.model, source, target)) {
    const sent = editor.apply((m) => connectMessage(m, { source, target }), select ? { select } : undefined);
    return sent !== null;
  }
  const ends = [editor.model.nodes.find((n) => n.id === source), editor.model.nodes.find((n) => n.id === target)];
  // Joining a task and a data object or store draws a data association rather than a sequence flow.
  const kind = ends.some((n) => n && isDataNode(n)) ? { kind: 'data' as const } : {};
  const made = editor.apply((m) => connect(m, { source, target, ...kind }), select ? { select } : undefined);
  if (!made) editor.setNotice('A flow cannot join these two elements.');
  return made !== null;
}
