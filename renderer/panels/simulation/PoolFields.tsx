import {
  isQueuePolicy,
  nodesUsingPool,
  nodeTypeLabel,
  poolQueuePolicy,
  queuePolicies,
  queuePolicyLabel,
  queuePolicyMeaning,
  setPoolProps,
  type FlowNode,
  type ProcessModel,
  type Resource,
} from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { NumberField, SelectField, TextField } from '../fields';
import { CalendarPicker } from './CalendarPicker';

/** A node as people know it: its name, or what it is when unnamed. */
export const nodeName = (node: FlowNode) => node.name.trim() || nodeTypeLabel(node);

/** The fields of one resource pool, and which tasks use it. */
export function PoolFields({ pool, model, onDelete }: { pool: Resource; model: ProcessModel; onDelete(): void }) {
  const apply = useEditor((s) => s.apply);
  const set = (props: Partial<Omit<Resource, 'id'>>) =>
    apply((m) => setPoolProps(m, { id: pool.id, props }), { select: 'keep' });
  const users = nodesUsingPool(model, pool.id);
  const title = pool.name.trim() || pool.id;
  const policy = poolQueuePolicy(pool);
  return (
    <section className="fw-pool" aria-label={`Pool ${title}`}>
      <TextField key={`name-${pool.id}`} label="Name" value={pool.name} onCommit={(name) => set({ name })} />
      <div className="fw-pool-row">
        <NumberField
          label="Capacity (people)"
          value={pool.capacity}
          min={0}
          step={1}
          onCommit={(v) => v !== undefined && Number.isInteger(v) && v >= 0 && set({ capacity: v })}
        />
        <NumberField
          label={`Cost per hour of work (${model.currency})`}
          value={pool.costPerHour}
          min={0}
          onCommit={(v) => v !== undefined && v >= 0 && set({ costPerHour: v })}
        />
      </div>
      <NumberField
        label={`Cost per hour of capacity, paid busy or idle (${model.currency} per person)`}
        value={pool.costPerHourOfCapacity}
        min={0}
        onCommit={(v) => (v === undefined || v >= 0) && set({ costPerHourOfCapacity: v })}
      />
      <CalendarPicker
        label="Working hours"
        model={model}
        value={pool.calendar}
        onChoose={(m, calendar) => setPoolProps(m, { id: pool.id, props: { calendar } })}
      />
      <SelectField
        label="Queue policy"
        value={policy}
        choices={queuePolicies.map((p) => ({ value: p, label: queuePolicyLabel(p) }))}
        // First come first served is what a pool without a policy does, so choosing it leaves the file without one.
        onChange={(v) => isQueuePolicy(v) && set({ queuePolicy: v === 'fifo' ? undefined : v })}
      />
      <p className="fw-panel-note fw-pool-policy-note">{queuePolicyMeaning(policy)}</p>
      <SelectField
        label="Lane"
        value={pool.lane ?? ''}
        choices={[
          { value: '', label: 'No lane' },
          ...model.lanes.map((l) => ({ value: l.id, label: l.name.trim() || l.id })),
          ...(pool.lane && !model.lanes.some((l) => l.id === pool.lane)
            ? [{ value: pool.lane, label: `${pool.lane} (missing)` }]
            : []),
        ]}
        onChange={(lane) => set({ lane: lane || undefined })}
      />
      <p className="fw-panel-note">
        {users.length === 0 ? 'No task uses this pool yet.' : `Used by ${users.map(nodeName).join(', ')}.`}
      </p>
      <button type="button" className="fw-pool-delete" onClick={onDelete}>
        Delete pool {title}
      </button>
    </section>
  );
}
