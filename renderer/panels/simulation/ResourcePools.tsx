import { useState } from 'react';
import { addPool, deletePool, nodesUsingPool, type ProcessModel } from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { DeletePoolDialog } from './DeletePoolDialog';
import { PoolFields } from './PoolFields';
import './simulationSettings.css';

/** The map's resource pools: add, edit and delete, each an undoable edit. */
export function ResourcePools({ model }: { model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<string | null>(null);
  const pools = model.simulation.resources;
  const doomed = pools.find((r) => r.id === deleting);
  const add = () => {
    const chosen = name.trim() || `Pool ${pools.length + 1}`;
    if (apply((m) => addPool(m, { name: chosen }), { select: 'keep' })) setName('');
  };
  return (
    <>
      {pools.length === 0 && (
        <p className="fw-panel-note">
          No pools yet: tasks start at once and no work waits. Add a pool for each team, then pick it on its tasks.
        </p>
      )}
      {pools.map((pool) => (
        <PoolFields
          key={pool.id}
          pool={pool}
          model={model}
          onDelete={() =>
            nodesUsingPool(model, pool.id).length === 0
              ? apply((m) => deletePool(m, { id: pool.id }), { select: 'keep' })
              : setDeleting(pool.id)
          }
        />
      ))}
      <div className="fw-pool-add">
        <input
          type="text"
          aria-label="New pool name"
          placeholder="New pool, e.g. Clerks"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <button type="button" onClick={add}>
          Add pool
        </button>
      </div>
      {doomed && <DeletePoolDialog pool={doomed} model={model} onClose={() => setDeleting(null)} />}
    </>
  );
}
