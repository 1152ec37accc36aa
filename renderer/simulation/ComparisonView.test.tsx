// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { ProcessModel } from '../../shared/model';
import { compareScenarios } from '../../shared/sim/compare';
import { ComparisonView } from './ComparisonView';
import { claimsIntakeMap } from './testModels';
import { testRoot } from './testRoot';

const ui = testRoot();

const model: ProcessModel = {
  ...claimsIntakeMap(),
  scenarios: [...claimsIntakeMap().scenarios, { id: 'same', name: 'Nothing changed', overrides: [] }],
};

function show(replications: number) {
  const { runs, kpis } = compareScenarios(model, ['two-reviewers', 'same'], { cases: 300, seed: 5, replications });
  act(() => ui.root.render(<ComparisonView comparison={{ runs, kpis }} model={model} />));
}

const table = (title: string) => {
  const heading = [...ui.host.querySelectorAll('h3')].find((h) => h.textContent === title);
  expect(heading, title).toBeDefined();
  return ui.host.querySelector<HTMLTableElement>(`table[aria-labelledby="${heading!.id}"]`)!;
};
const cells = (tr: Element) => [...tr.children].map((c) => c.textContent);
const rowOf = (t: HTMLTableElement, kpi: string) =>
  [...t.querySelectorAll('tbody tr')].find((r) => r.firstElementChild!.textContent === kpi)!;

describe('comparison view', () => {
  it('lists every KPI for the map as drawn and each scenario side by side', () => {
    show(3);
    const sideBySide = table('Side by side');
    expect(cells(sideBySide.querySelector('thead tr')!)).toEqual([
      'KPI',
      'Map as drawn',
      'Two reviewers',
      'Nothing changed',
    ]);
    const names = [...sideBySide.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(names).toContain('Waiting time (mean)');
    expect(names).toContain('Cost per case (mean)');
    expect(names.filter((n) => n?.startsWith('Utilisation of '))).toHaveLength(model.simulation.resources.length);
    const waiting = cells(rowOf(sideBySide, 'Waiting time (mean)'));
    expect(waiting[3]).toBe(waiting[1]);
    expect(waiting[2]).not.toBe(waiting[1]);
  });

  it('marks a real difference with a tick and bold words, and an unchanged scenario as no difference on every KPI', () => {
    show(3);
    const twoReviewers = table('Two reviewers against the map as drawn');
    const waiting = rowOf(twoReviewers, 'Waiting time (mean)');
    expect(waiting.className).toBe('sim-compare-real');
    expect(waiting.querySelector('.sim-verdict')!.textContent).toBe('✔ real');
    expect(waiting.querySelector('strong')!.textContent).toBe('real');
    expect(waiting.querySelector('.sim-compare-interval')!.textContent).toMatch(/^95%: -.+ to -.+$/);
    const unchanged = table('Nothing changed against the map as drawn');
    const verdicts = [...unchanged.querySelectorAll('.sim-verdict')].map((v) => v.textContent);
    expect(verdicts.length).toBeGreaterThan(6);
    expect(new Set(verdicts)).toEqual(new Set(['= no difference']));
    expect(unchanged.querySelectorAll('.sim-compare-real')).toHaveLength(0);
  });

  it('says that one replication cannot tell real differences from noise', () => {
    show(1);
    expect(ui.host.textContent).toContain('With one replication there is no interval');
    const waiting = rowOf(table('Two reviewers against the map as drawn'), 'Waiting time (mean)');
    expect(waiting.querySelector('.sim-verdict')!.textContent).toBe('? cannot tell with one replication');
  });
});
