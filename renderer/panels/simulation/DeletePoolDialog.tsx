import { useState } from 'react';
import { deletePool, nodesUsingPool, type ProcessModel, type Resource } from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { Dialog } from '../Dialog';
import { SelectField } from '../fields';
import { nodeName } from './PoolFields';

/** Asks where the tasks of a pool in use go before the pool is deleted: another pool, or none. */
export function DeletePoolDialog({ pool, model, onClose }: { pool: Resource; model: ProcessModel; onClose(): void }) {
  const apply = useEditor((s) => s.apply);
  const others = model.simulation.resources.filter((r) => r.id !== pool.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const users = nodesUsingPool(model, pool.id);
  const title = pool.name.trim() || pool.id;
  const names = users.map((n) => `'${nodeName(n)}'`).join(', ');
  return (
    <Dialog
      label={`Delete pool ${title}`}
      title={`Delete pool '${title}'`}
      className="fw-pool-dialog"
      onClose={onClose}
    >
      <p>
        {users.length === 1 ? 'One task uses' : `${users.length} tasks use`} this pool: {names}. Where should{' '}
        {users.length === 1 ? 'it' : 'they'} take people from?
      </p>
      <SelectField
        label="Move its tasks to"
        value={target}
        choices={[
          ...others.map((r) => ({ value: r.id, label: r.name.trim() || r.id })),
          { value: '', label: 'No pool (they start at once, without waiting)' },
        ]}
        onChange={setTarget}
      />
      <div className="fw-pool-dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            apply((m) => deletePool(m, { id: pool.id, reassignTo: target || undefined }), { select: 'keep' });
            onClose();
          }}
        >
          Delete pool
        </button>
      </div>
    </Dialog>
  );
}
