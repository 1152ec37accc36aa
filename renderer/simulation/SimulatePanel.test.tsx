// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ProcessModel } from '../../shared/model';
import { simulate } from '../../shared/sim';
import { useEditor } from '../store/editorStore';
import type { SimulationState } from './simulationClient';
import { SimulatePanel } from './SimulatePanel';
import { claimsIntakeMap, sessionShowing, unknownPoolMap } from './testModels';
import type { SimulationSession } from './useSimulation';
import { testRoot } from './testRoot';

const ui = testRoot();

function render(
  model: ProcessModel,
  state: SimulationState = { status: 'idle' },
  session: SimulationSession = sessionShowing(state),
): SimulationSession {
  useEditor.getState().open('p1', model);
  session.run = vi.fn();
  session.cancel = vi.fn();
  act(() => ui.root.render(<SimulatePanel session={session} model={model} onClose={() => undefined} />));
  return session;
}

const field = (label: string) => {
  const element = [...ui.host.querySelectorAll('label')].find((l) => l.textContent === label);
  return document.getElementById(element!.htmlFor) as HTMLInputElement & HTMLSelectElement;
};
const button = (name: string) => [...ui.host.querySelectorAll('button')].find((b) => b.textContent === name)!;

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('simulate panel', () => {
  it('starts with the map settings and runs with what the user typed', () => {
    const session = render(claimsIntakeMap());
    expect([field('Cases').value, field('Replications').value, field('Seed').value]).toEqual(['2000', '3', '7']);
    type(field('Cases'), '12,500');
    act(() => {
      field('Scenario').value = 'two-reviewers';
      field('Scenario').dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => button('Run').click());
    expect(session.run).toHaveBeenCalledWith(
      { cases: 12500, seed: 7, replications: 3, scenario: 'two-reviewers', recordOrder: null },
      undefined,
    );
  });

  it('refuses a number that is not whole or out of range, saying why', () => {
    const session = render(claimsIntakeMap());
    type(field('Replications'), '0');
    type(field('Seed'), '1.5');
    expect(field('Replications').getAttribute('aria-invalid')).toBe('true');
    expect(ui.host.textContent).toContain('Between 1 and 100.');
    expect(ui.host.textContent).toContain('Enter a whole number.');
    expect(button('Run').disabled).toBe(true);
    act(() => button('Run').click());
    expect(session.run).not.toHaveBeenCalled();
  });

  it('lists what stops the map from running instead of offering to run it, and shows the element', () => {
    render(unknownPoolMap());
    expect(button('Run').disabled).toBe(true);
    const problem = ui.host.querySelector<HTMLButtonElement>('.sim-problem')!;
    expect(problem.textContent).toContain('FW_SIM_UNKNOWN_RESOURCE');
    expect(problem.textContent).toContain('Review claim');
    act(() => problem.click());
    expect(useEditor.getState().selection).toEqual(['review']);
  });

  it("lists what would make the chosen scenario's figures meaningless, not the map's as drawn", () => {
    const model = claimsIntakeMap();
    const index = model.nodes.findIndex((n) => n.id === 'review');
    model.nodes[index].sim = { ...model.nodes[index].sim, duration: undefined };
    model.scenarios.push({
      id: 'timed',
      name: 'Timed review',
      overrides: [{ path: `/nodes/${index}/sim/duration`, value: { type: 'fixed', value: 600 } }],
    });
    render(model);
    const guidance = () => ui.host.querySelector('[aria-label="Before you run"]')?.textContent ?? '';
    expect(guidance()).toContain('1 task has no duration');
    act(() => {
      field('Scenario').value = 'timed';
      field('Scenario').dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(guidance()).toBe('');
  });

  it('shows progress while running and lets the user cancel', () => {
    const settings = { cases: 1000, seed: 1, replications: 2, scenario: null };
    const state: SimulationState = {
      status: 'running',
      runId: 1,
      settings,
      fraction: 0.42,
      casesDone: 840,
      casesTotal: 2000,
      cancelling: false,
    };
    const session = render(claimsIntakeMap(), state);
    const bar = ui.host.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(ui.host.querySelector('.sim-status')!.textContent).toBe('Simulating… 42% · 840 of 2,000 cases');
    expect(ui.host.querySelector('.sim-status')!.getAttribute('role')).toBeNull();
    expect(button('Run').disabled).toBe(true);
    act(() => button('Cancel').click());
    expect(session.cancel).toHaveBeenCalled();
  });

  it('shows the report in friendly units, and a bottleneck click selects its activity', () => {
    const settings = { cases: 300, seed: 2, replications: 2, scenario: null };
    const report = simulate(claimsIntakeMap(), settings);
    render(claimsIntakeMap(), { status: 'done', runId: 1, settings, report, events: 1, elapsedMs: 1500 });
    expect(ui.host.querySelector('.sim-status')!.textContent).toBe(
      'Done: 600 cases (2 replications, seed 2) in 1.5 s.',
    );
    const rows = [...ui.host.querySelectorAll('table')][0].querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.querySelector('th')!.textContent)).toEqual([
      'Cycle time',
      'Waiting time',
      'Processing time',
      'Cost per case',
      'Handoffs per case',
    ]);
    expect(rows[0].textContent).toMatch(/(min|h)/);
    expect(rows[3].textContent).toContain('€');
    expect(ui.host.textContent).toContain('Reviewers');
    const bottleneck = ui.host.querySelector<HTMLButtonElement>('.sim-bottleneck')!;
    expect(bottleneck.textContent).toContain('Review claim');
    act(() => bottleneck.click());
    expect(useEditor.getState().selection).toEqual(['review']);
    expect(ui.host.textContent).not.toContain('Out of date');
  });

  it('says a report is out of date when the map has changed since its run', () => {
    const settings = { cases: 50, seed: 2, replications: 1, scenario: null };
    const report = simulate(claimsIntakeMap(), settings);
    const done: SimulationState = { status: 'done', runId: 1, settings, report, events: 1, elapsedMs: 10 };
    render(claimsIntakeMap(), done, sessionShowing(done, true));
    expect(ui.host.querySelector('.sim-stale')?.textContent).toMatch(
      /^Out of date: the map has changed since this run/,
    );
    expect(ui.host.textContent).toContain('Key figures');
  });

  it('says a run was stopped for another run rather than cancelled', () => {
    const settings = { cases: 100, seed: 1, replications: 1, scenario: null };
    const base = { runId: 1, settings, fraction: 0.3, casesDone: 30, casesTotal: 100, stoppedInMs: 0 };
    render(claimsIntakeMap(), { status: 'cancelled', ...base, replaced: true });
    expect(ui.host.querySelector('.sim-status')!.textContent).toBe('Stopped for another run after 30 of 100 cases');
  });

  it("shows the chosen scenario's own kept run, starting with the scenario run last", () => {
    const asDrawn = { cases: 50, seed: 2, replications: 1, scenario: null };
    const withTwo = { ...asDrawn, scenario: 'two-reviewers' };
    const run = (settings: typeof asDrawn | typeof withTwo, runId: number): SimulationState => {
      const report = simulate(claimsIntakeMap(), settings);
      return { status: 'done', runId, settings, report, events: 1, elapsedMs: 10 };
    };
    const runs = { '': run(asDrawn, 1), 'two-reviewers': run(withTwo, 2) };
    render(claimsIntakeMap(), runs['two-reviewers'], {
      latest: { state: runs['two-reviewers'], stale: false },
      of: (scenario) => ({ state: runs[(scenario ?? '') as keyof typeof runs], stale: false }),
      comparison: { state: { status: 'idle' }, stale: false },
      compare: () => undefined,
      run: () => undefined,
      cancel: () => undefined,
    });
    const cycleMean = () => ui.host.querySelector('tbody tr td')!.textContent;
    expect(field('Scenario').value).toBe('two-reviewers');
    const withTwoMean = cycleMean();
    act(() => {
      field('Scenario').value = '';
      field('Scenario').dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(cycleMean()).not.toBe(withTwoMean);
  });
});
