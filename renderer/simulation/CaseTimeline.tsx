import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { useEditor } from '../store/editorStore';
import { CaseTimelineSteps } from './CaseTimelineSteps';
import { pickCase, useCaseChoice } from './caseChoice';
import type { CaseTraceState } from './caseTraceClient';
import { targetTitle } from './caseTimelineText';
import { elementLabeller } from './elementNames';
import { percent } from './format';
import { appSimulation, type SimulationService } from './simulationService';
import './CaseTimeline.css';

const noRun = 'There is no finished run of this map to take the case from. Run the simulation, then pick a case again.';

function Body({
  state,
  currency,
  label,
  onCancel,
}: {
  state: CaseTraceState;
  currency: string;
  label: ReturnType<typeof elementLabeller>;
  onCancel(): void;
}) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'noRun':
      return <p className="sim-note">{noRun}</p>;
    case 'tracing':
      return (
        <p className="case-progress" role="status">
          Running the simulation again to find the case… {percent(state.fraction)}{' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </p>
      );
    case 'failed':
      return (
        <p className="sim-error" role="alert">
          The case could not be traced: {state.message}
        </p>
      );
    case 'done':
      if (!state.outcome.found)
        return (
          <p className="sim-note" role="status">
            No case to show: {state.outcome.message}.
          </p>
        );
      return (
        <>
          {state.outcome.note && <p className="sim-note">{state.outcome.note}.</p>}
          <CaseTimelineSteps trace={state.outcome.trace} label={label} currency={currency} />
        </>
      );
  }
}

/**
 * The timeline of the case picked with pickCase (an exception, a variant, a histogram range): the run it came from
 * is simulated again in a worker until that case ends. A dialog at the foot of the window, so the map above stays
 * in view for an activity shown on it; Escape and Close close it and give focus back to where the pick was made.
 */
export function CaseTimeline({ service = appSimulation() }: { service?: SimulationService }) {
  const target = useCaseChoice((s) => s.target);
  const processId = useEditor((s) => s.processId);
  const model = useEditor((s) => s.model);
  const state = useStore(service.traces.state);
  const opener = useRef<HTMLElement | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const label = useMemo(() => (model ? elementLabeller(model) : null), [model]);

  useEffect(() => {
    if (!target) return;
    if (!opener.current && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
    if (processId === null) service.traces.noRun(target);
    else service.traceCase(processId, target);
    closeButton.current?.focus();
  }, [target, processId, service]);

  if (!target || !model || !label) return null;
  const close = () => {
    service.traces.cancel();
    pickCase(null);
    opener.current?.focus();
    opener.current = null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault(); // the window's Escape would close the drawer the pick came from
    close();
  };
  const trace = state.status === 'done' && state.outcome.found ? state.outcome.trace : undefined;
  const title = targetTitle(target, trace);
  return (
    <div className="case-timeline" role="dialog" aria-modal="false" aria-label={title} onKeyDown={onKeyDown}>
      <header className="case-timeline-header">
        <h2>{title}</h2>
        {trace && (trace.row !== null || trace.key !== null) && (
          <span className="sim-note">
            {trace.row !== null && `record in row ${trace.row}`}
            {trace.key !== null && ` · key ${trace.key}`}
          </span>
        )}
        <button ref={closeButton} type="button" className="case-timeline-close" onClick={close}>
          Close
        </button>
      </header>
      <div className="case-timeline-body">
        <Body state={state} currency={model.currency} label={label} onCancel={close} />
      </div>
    </div>
  );
}
