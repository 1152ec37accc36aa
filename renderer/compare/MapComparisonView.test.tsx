// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../shared/sim/compare';
import { claimsIntakeMap } from '../simulation/testModels';
import type { WorkspaceRepository } from '../workspace/repository';
import { loadPick } from './mapPick';
import { MapComparisonView } from './MapComparisonView';
import { claimsToBe } from './testMaps';
import { testRoot } from '../simulation/testRoot';

const ui = testRoot();

describe('the comparison of two maps', () => {
  const current = { model: claimsIntakeMap(), label: 'Claims, as last saved' };
  const future = { model: claimsToBe(), label: 'Claims, as it is now' };
  const comparison = compareMaps(current, future, { cases: 200, seed: 3, replications: 3 });

  it('titles both maps, says what each mark means in words and lists the changes by name', () => {
    act(() => ui.root.render(<MapComparisonView current={current} future={future} comparison={comparison} />));
    const titles = [...ui.host.querySelectorAll('figcaption')].map((f) => f.textContent);
    expect(titles).toEqual(['Current: Claims, as last saved', 'Future: Claims, as it is now']);
    expect([...ui.host.querySelectorAll('.cmp-legend li')].map((li) => li.textContent)).toEqual([
      'Added only in the future map',
      'Removed only in the current map',
      'Changed on both maps, with different settings',
    ]);
    expect([...ui.host.querySelectorAll('.cmp-change-text')].map((li) => li.textContent)).toEqual([
      "Changed 'Register claim': pool",
      "Changed 'Review claim': duration",
      "Removed pool 'Clerks'",
    ]);
    expect(ui.host.querySelector('h3')?.textContent).toBe('3 changes from current to future');
  });

  it('labels the KPI columns Current and Future, and names a pool only the current map has', () => {
    act(() => ui.root.render(<MapComparisonView current={current} future={future} comparison={comparison} />));
    const heads = [...ui.host.querySelectorAll('thead')][0].textContent;
    expect(heads).toBe('KPICurrentFuture');
    const headings = [...ui.host.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toContain('Future against current');
    const names = [...ui.host.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(names).toContain('Utilisation of Clerks');
  });
});

describe('a picked map', () => {
  const stored = claimsIntakeMap();
  const saved = { ...claimsIntakeMap(), name: 'Claims at noon' };
  const repository = {
    loadProcess: async (id: string) =>
      id === 'p2' ? { ok: true as const, id, model: stored, fixes: [], revision: 4 } : null,
    listRevisions: async () => [],
    loadRevisionModel: async (id: number) => (id === 7 ? { ok: true as const, model: saved, fixes: [] } : null),
  } as unknown as WorkspaceRepository;
  const workspace = { stored: repository };
  const open = { processId: 'p1', model: { ...claimsIntakeMap(), name: 'Claims draft' } };
  const revisions = [{ id: 7, at: Date.UTC(2026, 0, 5, 12, 0, 0), description: 'Add task' }];

  it('is the editor’s map for the open process as it is now, else the stored map or save point', async () => {
    const now = await loadPick(workspace, { processId: 'p1', revisionId: null }, open, []);
    expect(now.model).toBe(open.model);
    expect(now.label).toBe('Claims draft, as it is now');
    const other = await loadPick(workspace, { processId: 'p2', revisionId: null }, open, []);
    expect(other.model).toBe(stored);
    expect(other.label).toBe('Claims intake, as last saved');
    const point = await loadPick(workspace, { processId: 'p1', revisionId: 7 }, open, revisions);
    expect(point.model).toBe(saved);
    expect(point.label).toMatch(/^Claims at noon, save point of /);
    await expect(loadPick(workspace, { processId: 'gone', revisionId: null }, open, [])).rejects.toThrow(
      'That process no longer exists.',
    );
  });
});
