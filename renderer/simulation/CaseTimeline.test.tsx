// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { traceCase } from '../../shared/sim/caseTrace';
import { useEditor } from '../store/editorStore';
import { CaseTimeline } from './CaseTimeline';
import { pickCase, useCaseChoice } from './caseChoice';
import type { CaseTraceState } from './caseTraceClient';
import type { SimulationService } from './simulationService';
import { claimsIntakeMap } from './testModels';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const model = claimsIntakeMap();
const target = { kind: 'case', replication: 1, caseId: 'case-7' } as const;
const outcome = traceCase(model, { cases: 100, seed: 3, replications: 1 }, target);

/** A service whose trace answers at once with the engine's own trace of the case. */
function fakeService(found = true) {
  const state = createStore<CaseTraceState>(() => ({ status: 'idle' }));
  const service = {
    traces: {
      state,
      cancel: vi.fn(() => state.setState({ status: 'idle' }, true)),
      noRun: (t: typeof target) => state.setState({ status: 'noRun', target: t }, true),
    },
    traceCase: vi.fn((_process: string, t: typeof target) => {
      if (found) state.setState({ status: 'done', traceId: 1, target: t, outcome }, true);
      else state.setState({ status: 'noRun', target: t }, true);
      return found;
    }),
  };
  return service as typeof service & SimulationService;
}

let root: Root;
let host: HTMLElement;
let opener: HTMLButtonElement;
beforeEach(() => {
  useEditor.getState().open('p1', model);
  host = document.body.appendChild(document.createElement('div'));
  opener = document.body.appendChild(document.createElement('button'));
  root = createRoot(host);
});
afterEach(() => {
  act(() => pickCase(null));
  act(() => root.unmount());
  host.remove();
  opener.remove();
});

function open(service: SimulationService) {
  act(() => root.render(<CaseTimeline service={service} />));
  opener.focus();
  act(() => pickCase(target));
  return host.querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('the case timeline', () => {
  it("shows the picked case's steps, path, exceptions and totals, with names as text", () => {
    if (!outcome.found) throw new Error(outcome.message);
    const service = fakeService();
    const dialog = open(service);
    expect(service.traceCase).toHaveBeenCalledWith('p1', target);
    expect(dialog.querySelector('h2')!.textContent).toBe('Case 7 (run 1)');
    const steps = [...dialog.querySelectorAll('.case-step')];
    expect(steps).toHaveLength(outcome.trace.steps.length);
    expect(steps.map((s) => s.querySelector('.case-step-name')!.textContent)).toEqual(
      outcome.trace.steps.map((s) => s.name),
    );
    // Every started step has its solid work bar; waits have light bars.
    const started = outcome.trace.steps.filter((s) => s.start !== null).length;
    expect(dialog.querySelectorAll('.case-step-track .case-bar-work')).toHaveLength(started);
    expect(dialog.querySelectorAll('.case-path li')).toHaveLength(outcome.trace.path.length);
    expect(dialog.querySelector('.case-totals')!.textContent).toMatch(/^Cycle time .* · waited .* · worked .* · cost/);
    expect(document.activeElement?.textContent).toBe('Close');
  });

  it('closes with Escape and with Close, giving focus back to where the case was picked', () => {
    const service = fakeService();
    let dialog = open(service);
    act(() => dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(useCaseChoice.getState().target).toBeNull();
    expect(host.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(service.traces.cancel).toHaveBeenCalled();
    dialog = open(service);
    act(() => [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Close')!.click());
    expect(host.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('says so when there is no finished run to take the case from', () => {
    const dialog = open(fakeService(false));
    expect(dialog.textContent).toMatch(/There is no finished run of this map/);
  });
});
