import { useEditor } from '../store/editorStore';
import { describeNode } from '../canvas/elementLabels';
import { FlowProperties } from './FlowProperties';
import { LaneProperties } from './LaneProperties';
import { MessageFlowProperties, PoolProperties } from './PoolProperties';
import { isDataFlow, isMessageFlow, participantById } from '../../shared/model';
import { DataAssociationProperties } from './DataProperties';
import { NodeProperties } from './NodeProperties';
import { ProcessProperties } from './ProcessProperties';

/** The properties of the selection, or of the process when nothing is selected. */
export function PropertiesPanel() {
  const model = useEditor((s) => s.model);
  const selection = useEditor((s) => s.selection);
  if (!model) return null;
  const only = selection.length === 1 ? selection[0] : undefined;
  const node = only ? model.nodes.find((n) => n.id === only) : undefined;
  const flow = only && !node ? model.flows.find((f) => f.id === only) : undefined;
  const lane = only && !node && !flow ? model.lanes.find((l) => l.id === only) : undefined;
  const pool = only && !node && !flow && !lane ? participantById(model, only) : undefined;
  const message = flow && isMessageFlow(flow) ? flow : undefined;
  const data = flow && isDataFlow(flow) ? flow : undefined;
  const title = node
    ? describeNode(node)
    : flow
      ? message
        ? 'Message flow'
        : data
          ? 'Data association'
          : 'Sequence flow'
      : lane
        ? 'Lane'
        : pool
          ? 'Pool (another party)'
          : selection.length > 1
            ? `${selection.length} elements selected`
            : 'Process';
  return (
    <aside className="fw-properties" aria-label="Properties">
      <h2 className="fw-panel-title">{title}</h2>
      <div className="fw-properties-body">
        {node && <NodeProperties key={node.id} node={node} model={model} />}
        {flow && !message && !data && <FlowProperties key={flow.id} flow={flow} model={model} />}
        {data && <DataAssociationProperties key={data.id} flow={data} model={model} />}
        {message && <MessageFlowProperties key={message.id} flow={message} model={model} />}
        {pool && <PoolProperties key={pool.id} participant={pool} model={model} />}
        {lane && <LaneProperties key={lane.id} lane={lane} />}
        {selection.length === 0 && <ProcessProperties model={model} />}
        {selection.length > 1 && (
          <p className="fw-panel-note">
            Move, copy, duplicate or delete them together; select one element to edit its properties.
          </p>
        )}
      </div>
    </aside>
  );
}
