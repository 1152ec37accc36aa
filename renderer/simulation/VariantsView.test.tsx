// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { activity, handMadeReport } from '../../shared/io/report/testReport';
import { useCaseChoice } from './caseChoice';
import { histogramTarget } from './ReportCharts';
import { claimsIntakeMap } from './testModels';
import { VariantsView } from './VariantsView';
import { testRoot } from './testRoot';

const ui = testRoot();
beforeEach(() => {
  useCaseChoice.getState().pick(null);
});

const model = claimsIntakeMap();
const variants = Array.from({ length: 12 }, (_, i) => ({
  path: i === 0 ? ['register', 'review'] : ['register', 'ask', 'review', `step${i}`],
  count: 40 - i,
  meanCycleTime: 1800 * (i + 1),
}));
const report = handMadeReport({
  cases: { started: 500, completed: 400, inProgress: 100, withExceptions: 0 },
  activities: [activity('register', 0, 0), activity('ask', 0, 0), activity('review', 0, 0)],
  variants,
  otherVariantCases: 20,
  // From a scenario's run: the timeline must re-run that scenario, not the map as drawn.
  scenario: 'One more clerk',
});
const rows = () =>
  [...ui.host.querySelectorAll('tbody tr')].map((r) =>
    [...r.querySelectorAll('.sim-variant-path, td, button')].map((c) => c.textContent).join(' | '),
  );

describe('the variants table', () => {
  it('lists the top 10 paths in activity names with cases, share and mean cycle time, then all of them', () => {
    act(() => ui.root.render(<VariantsView report={report} model={model} />));
    expect(rows()).toHaveLength(10);
    expect(rows()[0]).toBe('1. Register claim → Review claim | Show a case | 40 | 10% | 30 min');
    expect(ui.host.querySelector('.sim-note')?.textContent).toBe(
      'Other paths: 20 cases (5%), rarer than those listed.',
    );
    const more = [...ui.host.querySelectorAll('button')].find((b) => b.textContent === 'Show all 12 paths')!;
    act(() => more.click());
    expect(rows()).toHaveLength(12);
    expect(rows()[11]).toMatch(/^12\. Register claim → Request documents → Review claim → step11/);
  });

  it("asks the case timeline for a case of the row's path", () => {
    act(() => ui.root.render(<VariantsView report={report} model={model} />));
    const second = ui.host.querySelector<HTMLButtonElement>('button[aria-label="Show a case of path 2"]')!;
    act(() => second.click());
    expect(useCaseChoice.getState().target).toEqual({
      kind: 'variant',
      path: ['register', 'ask', 'review', 'step1'],
      scenario: 'One more clerk',
    });
  });

  it('shows nothing when no case completed a path', () => {
    act(() => ui.root.render(<VariantsView report={handMadeReport()} model={model} />));
    expect(ui.host.innerHTML).toBe('');
  });
});

describe('a click on the cycle-time histogram', () => {
  it("asks for a case in the clicked bar's range, and ignores the p50/p90 lines", () => {
    expect(histogramTarget(report, { componentType: 'series', dataIndex: 1 })).toEqual({
      kind: 'cycleTime',
      from: 1800,
      to: 3600,
      scenario: 'One more clerk',
    });
    expect(histogramTarget(report, { componentType: 'markLine', dataIndex: 0 })).toBeNull();
  });
});
