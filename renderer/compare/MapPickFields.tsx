import { useId } from 'react';
import type { ProcessSummary } from '../workspace/repository';
import { revisionTimeText } from '../workspace/timeText';
import type { Workspace } from '../workspace/workspace';
import { useRevisions, type MapPick } from './mapPick';

interface MapPickFieldsProps {
  /** "Current" or "Future". */
  side: string;
  pick: MapPick;
  processes: readonly ProcessSummary[];
  openProcessId: string | null;
  workspace: Pick<Workspace, 'stored'>;
  disabled: boolean;
  onPick(pick: MapPick): void;
}

/** One side of a comparison: which process, and which version of it (as it is now, or one of its save points). */
export function MapPickFields({
  side,
  pick,
  processes,
  openProcessId,
  workspace,
  disabled,
  onPick,
}: MapPickFieldsProps) {
  const id = useId();
  const revisions = useRevisions(workspace, pick.processId);
  const now = pick.processId === openProcessId ? 'As it is now' : 'As last saved';
  return (
    <fieldset className="cmp-pick">
      <legend>{side}</legend>
      <label htmlFor={`${id}-process`}>Process</label>
      <select
        id={`${id}-process`}
        value={pick.processId}
        disabled={disabled}
        onChange={(e) => onPick({ processId: e.target.value, revisionId: null })}
      >
        {processes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.id === openProcessId ? ' (open)' : ''}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-version`}>Version</label>
      <select
        id={`${id}-version`}
        value={pick.revisionId ?? ''}
        disabled={disabled}
        onChange={(e) => onPick({ ...pick, revisionId: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">{now}</option>
        {revisions.map((r) => (
          <option key={r.id} value={r.id}>
            Save point of {revisionTimeText(r.at)}: {r.description}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
