import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { Dialog } from '../panels/Dialog';
import { useCaseDataIfProvided } from '../data/caseDataContext';
import { useEditor } from '../store/editorStore';
import { useWorkspace, useWorkspaceView } from '../workspace/workspaceHooks';
import { appSimulation, type SimulationService } from '../simulation/simulationService';
import { loadPick, useRevisions, type MapPick } from './mapPick';
import { MapPickFields } from './MapPickFields';
import { CompareMapsStatus } from './CompareMapsStatus';
import { closeCompareDialog } from './compareDialog';
import './Compare.css';

const wholeNumber = (text: string, least: number) => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= least ? value : null;
};

/** The other process changed last, as the future map, or the open one when it is the only process. */
function defaultFuture(processes: readonly { id: string }[], openId: string): MapPick {
  return { processId: processes.find((p) => p.id !== openId)?.id ?? openId, revisionId: null };
}

/**
 * As-is against to-be: pick the current and the future map (any process, as it is now or one of its save points),
 * run both in the worker on the same cases, seed and records, and see the differences on both maps and in the KPIs.
 * The last comparison is kept in the results store, so it is still here when the dialog is opened again.
 */
export function CompareMapsDialog({ service = appSimulation() }: { service?: SimulationService }) {
  const workspace = useWorkspace();
  const processes = useWorkspaceView((v) => v.processes);
  const openModel = useEditor((s) => s.model);
  const openId = useEditor((s) => s.processId);
  const dataset = useCaseDataIfProvided((s) => s.dataset);
  const kept = useStore(service.results, (s) => s.mapComparison);
  const sim = openModel?.simulation;
  const [current, setCurrent] = useState<MapPick>({ processId: openId ?? '', revisionId: null });
  const [future, setFuture] = useState<MapPick>(() => defaultFuture(processes, openId ?? ''));
  // One replication cannot tell a real difference from noise: a comparison starts with at least five.
  const [draft, setDraft] = useState({
    cases: String(sim?.cases ?? 1000),
    replications: String(Math.max(5, sim?.replications ?? 1)),
    seed: String(sim?.seed ?? 1),
  });
  const [useRecords, setUseRecords] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // Keyboard users start at the first choice, not behind the dialog.
  useEffect(() => form.current?.querySelector('select')?.focus(), []);
  useEffect(() => {
    // Escape closes the dialog only, wherever the focus is (a button disabled for the run lets it go to the page):
    // heard before the drawer's listener, which leaves a handled key alone.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      closeCompareDialog();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const currentRevisions = useRevisions(workspace, current.processId);
  const futureRevisions = useRevisions(workspace, future.processId);
  const running = kept?.state.status === 'running';
  const parsed = {
    cases: wholeNumber(draft.cases, 1),
    replications: wholeNumber(draft.replications, 1),
    seed: wholeNumber(draft.seed, Number.MIN_SAFE_INTEGER),
  };
  const valid = parsed.cases !== null && parsed.replications !== null && parsed.seed !== null;

  async function compare(event: FormEvent) {
    event.preventDefault();
    if (!valid || running) return;
    setFailure(null);
    const open = { processId: openId, model: openModel };
    try {
      const [a, b] = await Promise.all([
        loadPick(workspace, current, open, currentRevisions),
        loadPick(workspace, future, open, futureRevisions),
      ]);
      const records = useRecords && dataset ? { table: dataset.table, mapping: dataset.mapping } : undefined;
      const settings = {
        cases: parsed.cases!,
        replications: parsed.replications!,
        seed: parsed.seed!,
        scenario: null,
        recordOrder: records ? ('auto' as const) : null,
      };
      service.compareMaps(a, b, settings, records);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  const number = (name: keyof typeof draft, label: string) => (
    <label className="cmp-number">
      {label}
      <input
        inputMode="numeric"
        value={draft[name]}
        disabled={running}
        aria-invalid={parsed[name] === null}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      />
    </label>
  );

  return (
    <Dialog
      label="Compare two maps"
      title="Compare two maps: current against future"
      className="cmp-dialog"
      onClose={closeCompareDialog}
      onKeyDown={(e) => {
        // The editor's shortcuts stay out of a modal dialog.
        e.stopPropagation();
      }}
    >
      <form ref={form} className="cmp-form" onSubmit={(e) => void compare(e)} aria-label="Maps to compare">
        <MapPickFields
          side="Current (as-is)"
          pick={current}
          processes={processes}
          openProcessId={openId}
          workspace={workspace}
          disabled={running}
          onPick={setCurrent}
        />
        <MapPickFields
          side="Future (to-be)"
          pick={future}
          processes={processes}
          openProcessId={openId}
          workspace={workspace}
          disabled={running}
          onPick={setFuture}
        />
        <fieldset className="cmp-settings">
          <legend>Both maps run with</legend>
          {number('cases', 'Cases')}
          {number('replications', 'Replications')}
          {number('seed', 'Seed')}
          {dataset && (
            <label className="cmp-records">
              <input
                type="checkbox"
                checked={useRecords}
                disabled={running}
                onChange={(e) => setUseRecords(e.target.checked)}
              />
              Cases from the sample records {dataset.name} ({dataset.table.rows.length.toLocaleString('en')} rows)
            </label>
          )}
          <div className="cmp-actions">
            <button type="submit" className="primary" disabled={!valid || running}>
              Compare
            </button>
            <button type="button" disabled={!running} onClick={service.cancel}>
              Cancel
            </button>
          </div>
        </fieldset>
      </form>
      {!valid && (
        <p className="sim-field-error">
          Cases and replications are whole numbers of at least 1; the seed is a whole number.
        </p>
      )}
      {failure && (
        <p className="sim-error" role="alert">
          The maps could not be read. {failure}
        </p>
      )}
      {kept && <CompareMapsStatus kept={kept} />}
    </Dialog>
  );
}
