import {
  isDataNode,
  nodeTypes,
  setProperty,
  rename,
  taskTypes,
  type EventType,
  type FlowNode,
  type NodeType,
  type ProcessModel,
} from '../../shared/model';
import { eventTypeLabels, nodeTypeLabels, taskTypeLabels } from '../canvas/elementLabels';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import type { EditStep } from '../store/composeEdits';
import { DistributionFields, DurationField } from './DurationFields';
import { CheckboxField, FieldGroup, NumberField, SelectField, TextField } from './fields';
import { LaneSelect } from './LaneSelect';
import { ExpressionEditor } from '../monaco/ExpressionEditor';
import { ErrorProbabilityField, TaskDataFields } from './simulation/TaskData';
import { Camunda8Properties } from './Camunda8Properties';
import { DataObjectFields } from './DataProperties';

/** The duration expression may read the drawn duration as `base` beside the case fields. */
const durationLocals = [{ name: 'base', description: 'number: the duration drawn above, in seconds' }];

/** Event definitions offered per event type (DESIGN.md §3). */
const eventTypesFor: Partial<Record<NodeType, readonly EventType[]>> = {
  startEvent: ['none', 'timer', 'message'],
  endEvent: ['none', 'error', 'terminate'],
  intermediateEvent: ['timer', 'message'],
  boundaryEvent: ['timer', 'error', 'escalation'],
};

const typeChoice = (t: NodeType) => ({ value: t, label: nodeTypeLabels[t] });
// A data object or store changes only into the other: a step of the process cannot become data, nor data a step.
const typeChoices = nodeTypes.filter((t) => t !== 'boundaryEvent' && !isDataNode({ type: t })).map(typeChoice);
const dataTypeChoices = nodeTypes.filter((t) => isDataNode({ type: t })).map(typeChoice);
const taskTypeChoices = [
  { value: '', label: 'Plain task' },
  ...taskTypes.map((t) => ({ value: t, label: taskTypeLabels[t] })),
];

/** Steps that change a node's type and drop the fields the new type does not have. */
function typeChangeSteps(node: FlowNode, type: NodeType): EditStep[] {
  const target = { kind: 'node', id: node.id } as const;
  const steps: EditStep[] = [(m) => setProperty(m, { target, path: 'type', value: type })];
  if (type !== 'task' && node.taskType)
    steps.push((m) => setProperty(m, { target, path: 'taskType', value: undefined }));
  if (type !== 'dataObject' && node.collection)
    steps.push((m) => setProperty(m, { target, path: 'collection', value: undefined }));
  const allowed = eventTypesFor[type];
  if (node.eventType && !allowed?.includes(node.eventType))
    steps.push((m) =>
      setProperty(m, { target, path: 'eventType', value: allowed && allowed[0] !== 'none' ? allowed[0] : undefined }),
    );
  return steps;
}

/** The properties of one node: what it is, where it belongs, and how it behaves in simulation. */
export function NodeProperties({ node, model }: { node: FlowNode; model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const renameRequest = useEditorUi((ui) => ui.renameRequest);
  const target = { kind: 'node', id: node.id } as const;
  const set = (path: string | string[], value: unknown) =>
    apply((m) => setProperty(m, { target, path, value }), { select: 'keep' });
  const eventChoices = eventTypesFor[node.type];
  const isActivity = node.type === 'task' || node.type === 'subProcess';
  const resources = model.simulation.resources;
  return (
    <>
      <FieldGroup title="General">
        <TextField
          key={`name-${node.id}`}
          focusRequest={renameRequest}
          label="Name"
          value={node.name}
          onCommit={(name) => apply((m) => rename(m, { target, name }), { select: 'keep' })}
        />
        <SelectField
          label="Type"
          value={node.type}
          disabled={node.type === 'boundaryEvent'}
          choices={
            node.type === 'boundaryEvent'
              ? [{ value: node.type, label: nodeTypeLabels[node.type] }]
              : isDataNode(node)
                ? dataTypeChoices
                : typeChoices
          }
          onChange={(type) =>
            apply(typeChangeSteps(node, type as NodeType), {
              select: 'keep',
              label: `Change ${node.name || 'the element'} to ${nodeTypeLabels[type as NodeType]}`,
            })
          }
        />
        {node.type === 'task' && (
          <SelectField
            label="Task type"
            value={node.taskType ?? ''}
            choices={taskTypeChoices}
            onChange={(v) => set('taskType', v || undefined)}
          />
        )}
        {eventChoices && (
          <SelectField
            label="Event type"
            value={node.eventType ?? eventChoices[0]}
            choices={eventChoices.map((t) => ({ value: t, label: eventTypeLabels[t] }))}
            onChange={(v) => set('eventType', v === 'none' ? undefined : v)}
          />
        )}
        {model.lanes.length > 0 && node.attachedTo === undefined && <LaneSelect node={node} model={model} />}
        <TextField
          key={`description-${node.id}`}
          label="Description"
          multiline
          value={node.description ?? ''}
          onCommit={(v) => set('description', v.trim() ? v : undefined)}
        />
      </FieldGroup>
      {(node.eventType ?? (node.type === 'boundaryEvent' ? 'timer' : undefined)) === 'timer' && (
        <FieldGroup title="Timer">
          <DurationField
            key={`timer-${node.id}`}
            label="Timer delay"
            seconds={node.timer}
            onCommit={(v) => set('timer', v)}
          />
          {node.type === 'boundaryEvent' && (
            <CheckboxField
              label="Interrupting"
              checked={node.interrupting !== false}
              onChange={(v) => set('interrupting', v)}
              hint="An interrupting timer cancels the task when it fires."
            />
          )}
        </FieldGroup>
      )}
      {node.type === 'boundaryEvent' && node.eventType === 'error' && (
        <FieldGroup title="Error">
          <ExpressionEditor
            key={`condition-${node.id}`}
            label="Condition"
            value={node.condition ?? ''}
            placeholder="e.g. amount > 10000"
            hint="FEEL over the case data; when it holds, the error is raised."
            onCommit={(v) => set('condition', v.trim() ? v.trim() : undefined)}
          />
          <ErrorProbabilityField boundary={node} />
          <p className="fw-panel-note">
            The chance the error fires each time the task runs; for a case with records, a condition takes its place.
          </p>
        </FieldGroup>
      )}
      {isActivity && (
        <FieldGroup title="Simulation">
          <DistributionFields
            key={`duration-${node.id}`}
            value={node.sim?.duration}
            onCommit={(v) => set(['sim', 'duration'], v)}
          />
          <ExpressionEditor
            key={`duration-expression-${node.id}`}
            label="Duration expression"
            value={node.sim?.durationExpression ?? ''}
            placeholder="e.g. if amount > 10000 then 2 * base else base"
            hint="Optional FEEL giving the duration in seconds; base is the value drawn above."
            locals={durationLocals}
            onCommit={(v) => set(['sim', 'durationExpression'], v.trim() ? v.trim() : undefined)}
          />
          <SelectField
            label="Resource pool"
            value={node.sim?.resource ?? ''}
            disabled={resources.length === 0 && !node.sim?.resource}
            choices={[
              { value: '', label: resources.length ? 'No pool' : 'No pools yet' },
              ...resources.map((r) => ({ value: r.id, label: r.name || r.id })),
              ...(node.sim?.resource && !resources.some((r) => r.id === node.sim?.resource)
                ? [{ value: node.sim.resource, label: `${node.sim.resource} (missing)` }]
                : []),
            ]}
            onChange={(v) => set(['sim', 'resource'], v || undefined)}
          />
          {resources.length === 0 && (
            <p className="fw-panel-note">Add resource pools under Resource pools, with nothing selected.</p>
          )}
          <NumberField
            key={`cost-${node.id}`}
            label={`Fixed cost (${model.currency})`}
            value={node.sim?.fixedCost}
            min={0}
            onCommit={(v) => set(['sim', 'fixedCost'], v)}
          />
        </FieldGroup>
      )}
      {node.type === 'task' && <TaskDataFields node={node} model={model} />}
      <DataObjectFields node={node} />
      <Camunda8Properties node={node} model={model} />
    </>
  );
}
