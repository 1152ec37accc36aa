import { isDataNode, nodeTypeNames, type FlowNode } from '../../shared/model';
import { nodeTitle } from './elementLabels';

const reads = new Set<FlowNode['type']>(['task', 'subProcess']);

/** "'Invoice'" for a named node, "a data object" for an unnamed one. */
function called(node: FlowNode): string {
  return node.name.trim() ? `'${nodeTitle(node)}'` : `a ${nodeTypeNames[node.type].toLowerCase()}`;
}

/**
 * Whether a connection between these two nodes is a data association (one end is a data object or store), and if
 * so why it cannot be drawn (null when it can). Undefined when neither end is a data element: a sequence flow.
 * Data is read and written by tasks and sub-processes; cases never travel into a data object, so a gateway or an
 * event gets a reason instead of a sequence flow.
 */
export function dataConnectionRefusal(source: FlowNode, target: FlowNode): string | null | undefined {
  if (!isDataNode(source) && !isDataNode(target)) return undefined;
  if (isDataNode(source) && isDataNode(target))
    return 'Two data elements are not joined: connect a data object or store to the task that reads or writes it.';
  const other = isDataNode(source) ? target : source;
  const data = isDataNode(source) ? source : target;
  if (!reads.has(other.type))
    return (
      `${called(data)[0].toUpperCase()}${called(data).slice(1)} takes no sequence flow: cases do not pass ` +
      'through data. Join it to a task that reads or writes it.'
    );
  return null;
}
