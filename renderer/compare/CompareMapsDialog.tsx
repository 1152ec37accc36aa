import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { Dialog } from '../panels/Dialog';
import { useCaseDataIfProvided } from '../data/caseDataContext';
import { useEditor } from '../store/editorStore';
import { useWorkspace, useWorkspaceView } from '../workspace/workspaceHooks';
import { isMapComparisonStale, type MapComparisonRequest } from '../simulation/resultsStore';
import { appSimulation, type SimulationService } from '../simulation/simulationService';
import type { MapPick } from './mapPick';
import { MapPickFields } from './MapPickFields';
import { CompareMapsStatus } from './CompareMapsStatus';
import { closeCompareDialog } from './compareDialog';
import { startPickedComparison, type PickedComparison } from './pickedComparison';
import './Compare.css';

const wholeNumber = (text: string, least: number) => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= least ? value : null;
};

/** The other process changed last, as the future map, or the open one when it is the only process. */
function defaultFuture(processes: readonly { id: string }[], openId: string): MapPick {
  return { processId: processes.find((p) => p.id !== openId)?.id ?? openId, revisionId: null };
}

/** The kept comparison's request, while both its processes are still in the workspace. */
function keptRequest(request: MapComparisonRequest | undefined, processes: readonly { id: string }[]) {
  const exists = (pick: MapPick) => processes.some((p) => p.id === pick.processId);
  return request && exists(request.current) && exists(request.future) ? request : null;
}

/**
 * As-is against to-be: pick the current and the future map (any process, as it is now or one of its save points),
 * run both in the worker on the same cases, seed and records, and see the differences on both maps and in the KPIs.
 * The last comparison is kept in the results store, so it is still here when the dialog is opened again, with the
 * picks and settings it was made with; once the open map it compared as it is now changes, it says it is out of date
 * and offers to compare again.
 */
export function CompareMapsDialog({ service = appSimulation() }: { service?: SimulationService }) {
  const workspace = useWorkspace();
  const processes = useWorkspaceView((v) => v.processes);
  const openModel = useEditor((s) => s.model);
  const openId = useEditor((s) => s.processId);
  const dataset = useCaseDataIfProvided((s) => s.dataset);
  const kept = useStore(service.results, (s) => s.mapComparison);
  const sim = openModel?.simulation;
  // The form starts as the kept comparison was asked for, while both its processes are still there.
  const asked = keptRequest(kept?.request, processes);
  const [current, setCurrent] = useState<MapPick>(
    () => asked?.current ?? { processId: openId ?? '', revisionId: null },
  );
  const [future, setFuture] = useState<MapPick>(() => asked?.future ?? defaultFuture(processes, openId ?? ''));
  // One replication cannot tell a real difference from noise: a comparison starts with at least five.
  const [draft, setDraft] = useState({
    cases: String(asked?.settings.cases ?? sim?.cases ?? 1000),
    replications: String(asked?.settings.replications ?? Math.max(5, sim?.replications ?? 1)),
    seed: String(asked?.settings.seed ?? sim?.seed ?? 1),
  });
  const [useRecords, setUseRecords] = useState(asked?.records ?? true);
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
  const running = kept?.state.status === 'running';
  const parsed = {
    cases: wholeNumber(draft.cases, 1),
    replications: wholeNumber(draft.replications, 1),
    seed: wholeNumber(draft.seed, Number.MIN_SAFE_INTEGER),
  };
  const valid = parsed.cases !== null && parsed.replications !== null && parsed.seed !== null;

  const stale = kept !== null && isMapComparisonStale(kept, { processId: openId, model: openModel });

  async function start(request: PickedComparison) {
    setFailure(null);
    const records = dataset ? { table: dataset.table, mapping: dataset.mapping } : undefined;
    try {
      await startPickedComparison(service, workspace, { processId: openId, model: openModel }, request, records);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  function compare(event: FormEvent) {
    event.preventDefault();
    if (!valid || running) return;
    const settings = { cases: parsed.cases!, replications: parsed.replications!, seed: parsed.seed!, scenario: null };
    void start({ current, future, settings: { ...settings, recordOrder: null }, records: useRecords });
  }

  /** The kept comparison again, as it was asked for, with the maps as they are now: the form shows it. */
  function compareAgain() {
    const request = kept?.request;
    if (!request || running) return;
    setCurrent(request.current);
    setFuture(request.future);
    const { cases, replications, seed } = request.settings;
    setDraft({ cases: String(cases), replications: String(replications), seed: String(seed) });
    setUseRecords(request.records);
    void start(request);
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
      <form ref={form} className="cmp-form" onSubmit={compare} aria-label="Maps to compare">
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
      {kept && <CompareMapsStatus kept={kept} stale={stale} onCompareAgain={kept.request ? compareAgain : undefined} />}
    </Dialog>
  );
}
