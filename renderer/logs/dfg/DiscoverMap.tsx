import { useId, useState } from 'react';
import type { EventLog } from '../../../shared/log/eventLog';
import { useWorkspace } from '../../workspace/workspaceHooks';
import { count } from '../../simulation/format';
import { discoverProcess } from './discoverProcess';

/** The noise filter at first: drops the rarest fifth of behaviour, which keeps the discovered map readable. */
export const defaultNoise = 0.2;

/** The name of a map discovered from a log: the log's name without its file ending. */
export function discoveredName(logName: string): string {
  const base = logName.replace(/\.(xes\.gz|xes|csv)$/i, '').trim() || 'Event log';
  return `${base} (discovered)`;
}

type Run = { state: 'idle' } | { state: 'running' } | { state: 'failed'; message: string };

/**
 * "Discover process map": a map with gateways mined from the cases the filters keep (the inductive miner with a
 * noise filter), added to the workspace as a new process and opened, ready to edit, simulate and export.
 */
export function DiscoverMap({ log, logName }: { log: EventLog; logName: string }) {
  const workspace = useWorkspace();
  const [noise, setNoise] = useState(defaultNoise);
  const [measured, setMeasured] = useState(true);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const titleId = useId();

  async function discover(): Promise<void> {
    setRun({ state: 'running' });
    try {
      const name = discoveredName(logName);
      const { model, notes } = await discoverProcess(log, { noise, name, measured });
      // The new map gets the room of the window; the log stays selected in the panel for when it is opened again.
      await workspace.showPanel(null);
      // Through the same restore() step as any imported file; it opens the new process in the editor.
      await workspace.importText(
        { name: `${name}.flow.json`, text: JSON.stringify(model) },
        { done: 'Discovered', revision: `Discovered from ${logName}` },
      );
      if (notes.length > 0)
        workspace.notices.notify({ kind: 'info', title: `Notes on "${name}":`, details: notes, timeoutMs: null });
      setRun({ state: 'idle' });
    } catch (error) {
      setRun({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const cases = log.cases.length;
  return (
    <section className="dfg-discover" aria-labelledby={titleId}>
      <h3 id={titleId}>Discover a process map</h3>
      <p className="dfg-quiet">
        A map with gateways from the {count(cases)} case{cases === 1 ? '' : 's'} shown, opened as a new process to edit
        and simulate.
      </p>
      <label className="dfg-slider">
        <span>Noise filter {Math.round(noise * 100)}%</span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(noise * 100)}
          aria-label="Noise filter"
          title="Leaves out behaviour rarer than this share of its most frequent alternative"
          onChange={(e) => setNoise(Number(e.target.value) / 100)}
        />
      </label>
      <label className="dfg-check">
        <input type="checkbox" checked={measured} onChange={(e) => setMeasured(e.target.checked)} />
        Take arrivals, durations, branch shares and resource pools from the log
      </label>
      <button type="button" disabled={run.state === 'running' || cases === 0} onClick={() => void discover()}>
        {run.state === 'running' ? 'Discovering…' : 'Discover process map'}
      </button>
      {run.state === 'failed' && (
        <p className="dfg-error" role="alert">
          The map could not be discovered: {run.message}
        </p>
      )}
    </section>
  );
}
