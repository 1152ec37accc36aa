// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { compareScenarios } from '../../shared/sim/compare';
import { useEditor } from '../store/editorStore';
import type { SimulationState } from './simulationClient';
import { SimulatePanel } from './SimulatePanel';
import { claimsIntakeMap, sessionShowing } from './testModels';
import { testRoot } from './testRoot';

const ui = testRoot();

const model = claimsIntakeMap();
const compareSettings = { cases: 200, seed: 7, replications: 3, scenario: null, scenarios: ['two-reviewers'] };

/** The panel with no run and the given comparison state; the session's compare is a spy. */
function render(comparison: SimulationState = { status: 'idle' }, map = model) {
  useEditor.getState().open('p1', map);
  const session = { ...sessionShowing({ status: 'idle' }), comparison: { state: comparison, stale: false } };
  session.compare = vi.fn();
  act(() => ui.root.render(<SimulatePanel session={session} model={map} onClose={() => undefined} />));
  return session;
}

const button = (name: string) => [...ui.host.querySelectorAll('button')].find((b) => b.textContent === name)!;
const checkbox = (name: string) =>
  [...ui.host.querySelectorAll('label')].find((l) => l.textContent === name)!.querySelector('input')!;

describe('simulate panel comparing scenarios', () => {
  it('compares the map as drawn with the ticked scenarios, with the form settings', () => {
    const session = render();
    expect(button('Compare').disabled).toBe(true);
    act(() => checkbox('Two reviewers').click());
    expect(button('Compare').disabled).toBe(false);
    act(() => button('Compare').click());
    expect(session.compare).toHaveBeenCalledWith(
      { cases: 2000, seed: 7, replications: 3, recordOrder: null, scenario: null, scenarios: ['two-reviewers'] },
      undefined,
    );
  });

  it('shows the kept comparison when it was started last, and its progress while it runs', () => {
    const { runs, kpis } = compareScenarios(model, compareSettings.scenarios, compareSettings);
    render({
      status: 'done',
      runId: 4,
      settings: compareSettings,
      report: runs[0].report,
      comparison: { runs, kpis },
      events: 1,
      elapsedMs: 1,
    });
    expect(ui.host.textContent).toContain('Comparison done.');
    expect(ui.host.querySelector('h3#sim-compare-kpis')?.textContent).toBe('Side by side');
    expect(ui.host.textContent).toContain('Two reviewers against the map as drawn');
    ui.remount();
    const running = { status: 'running' as const, runId: 5, settings: compareSettings, fraction: 0.5 };
    render({ ...running, casesDone: 600, casesTotal: 1200, cancelling: false });
    expect(ui.host.querySelector('.sim-status')!.textContent).toBe('Comparing… 50% · 600 of 1,200 cases');
    expect(button('Run').disabled).toBe(true);
    expect(button('Cancel').disabled).toBe(false);
  });

  it('lets the map as drawn be compared while the scenario shown in the form cannot run', () => {
    const broken = {
      ...model,
      scenarios: [
        ...model.scenarios,
        { id: 'nobody', name: 'Nobody', overrides: [{ path: '/simulation/resources/0/capacity', value: 0 }] },
      ],
    };
    render({ status: 'idle' }, broken);
    const select = ui.host.querySelector<HTMLSelectElement>('select')!;
    act(() => {
      select.value = 'nobody';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => checkbox('Two reviewers').click());
    expect(button('Run').disabled).toBe(true);
    expect(button('Compare').disabled).toBe(false);
  });
});
