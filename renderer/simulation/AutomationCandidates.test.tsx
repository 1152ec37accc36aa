// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationReport } from '../../shared/sim';
import { withAutomationScenario } from '../../shared/sim/automation';
import { compareScenarios } from '../../shared/sim/compare';
import { useEditor } from '../store/editorStore';
import { AutomationCandidates } from './AutomationCandidates';
import { createAutomationRuns, type AutomationRuns } from './automationRuns';
import type { WorkerRequest } from './protocol';
import type { SimulationWorkerHandlers } from './simulationWorker';
import { claimsIntakeMap } from './testModels';
import { testRoot } from './testRoot';

const ui = testRoot();

const settings = { cases: 200, seed: 2, replications: 3, scenario: null };

/** The section for the open map, re-rendered as the map changes (Keep as scenario, undo). */
function Section({ report, runs }: { report: SimulationReport; runs: AutomationRuns }) {
  const model = useEditor((s) => s.model)!;
  return <AutomationCandidates report={report} model={model} runs={runs} />;
}

function render(report: SimulationReport) {
  act(() => useEditor.getState().open('p1', claimsIntakeMap()));
  const sent: WorkerRequest[] = [];
  let handlers: SimulationWorkerHandlers | null = null;
  const runs = createAutomationRuns((h) => {
    handlers = h;
    return { post: (m) => sent.push(m as WorkerRequest), terminate: () => undefined };
  });
  act(() => ui.root.render(<Section report={report} runs={runs} />));
  return { sent, answer: (message: unknown) => act(() => handlers!.onMessage(message)) };
}

const button = (name: string) =>
  [...ui.host.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const rowNames = () => [...ui.host.querySelectorAll('.sim-automation-table tbody th')].map((th) => th.textContent);

describe('automation candidates in the report', () => {
  it('ranks the tasks people do, measures a saving in the worker and keeps it as an undoable scenario', () => {
    const report = simulate(claimsIntakeMap(), settings);
    const { sent, answer } = render(report);
    // Register claim takes 9 1/3 min on average and Review claim 8; Request documents has no pool.
    expect(rowNames()).toEqual(['Register claim', 'Review claim']);
    act(() => button('Measure saving of automating Register claim')!.click());
    expect(sent).toHaveLength(1);
    expect(button('Measure saving of automating Register claim')!.disabled).toBe(true);
    expect(ui.host.textContent).toContain("Measured as the scenario Automate 'Register claim': the task takes 1 min");

    // Cancel asks the worker to stop; one that has already finished answers with its figures all the same.
    act(() => button('Cancel')!.click());
    expect(sent[1]).toEqual({ type: 'cancel', runId: sent[0].runId });
    expect(button('Cancel')!.disabled).toBe(true);

    const generated = withAutomationScenario(claimsIntakeMap(), 'register')!;
    const comparison = compareScenarios(generated.model, [generated.scenario.id], settings);
    answer({ type: 'comparison', runId: sent[0].runId, comparison, events: 1, elapsedMs: 1 });
    const figures = ui.host.querySelector('.sim-automation-figures')!;
    const hours = figures.querySelector('.sim-automation-figure')!.textContent;
    // The hours freed as the other differences: signed, with the paired 95% interval and the verdict.
    expect(hours).toMatch(/^People's hours freed per month\+\d[\d.,]* h95%: \+[\d.,]+ h to \+[\d.,]+ h✔ real$/);
    expect(figures.textContent).toContain('Cycle time (mean)');
    expect(figures.textContent).toContain('✔ real');

    act(() => button('Keep as scenario')!.click());
    const kept = useEditor.getState().model!.scenarios.at(-1)!;
    expect(kept).toMatchObject({ name: "Automate 'Register claim'", overrides: generated.scenario.overrides });
    expect(ui.host.textContent).toContain("In the map as the scenario Automate 'Register claim'");
    act(() => useEditor.getState().undo());
    expect(useEditor.getState().model!.scenarios.map((s) => s.name)).toEqual(['Two reviewers']);
    expect(button('Keep as scenario')).toBeDefined();
  });

  it('is left out of a scenario run, and says why a map without people work has no candidates', () => {
    const report = simulate(claimsIntakeMap(), settings);
    render({ ...report, scenario: 'two-reviewers' });
    expect(ui.host.textContent).toBe('');
    const noPools = claimsIntakeMap();
    for (const node of noPools.nodes) if (node.sim) delete node.sim.resource;
    act(() => useEditor.getState().open('p1', noPools));
    act(() => ui.root.render(<AutomationCandidates report={report} model={noPools} />));
    expect(ui.host.textContent).toContain('No task here is done by people');
  });
});
