// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { compareMaps } from '../../shared/sim/compare';
import { mapRevision } from '../simulation/mapRevision';
import { isMapComparisonStale, type StoredMapComparison } from '../simulation/resultsStore';
import type { SimulationService } from '../simulation/simulationService';
import { claimsIntakeMap } from '../simulation/testModels';
import { testRoot } from '../simulation/testRoot';
import type { WorkspaceRepository } from '../workspace/repository';
import { CompareMapsStatus } from './CompareMapsStatus';
import { startPickedComparison } from './pickedComparison';
import { claimsToBe } from './testMaps';

const ui = testRoot();

const settings = { cases: 200, seed: 3, replications: 3, scenario: null, recordOrder: null };
/** The workspace holds p2, the claims map as last saved; p1 is open with the map to be. */
const workspace = {
  stored: {
    loadProcess: async (id: string) =>
      id === 'p2' ? { ok: true as const, id, model: claimsIntakeMap(), fixes: [], revision: 4 } : null,
    listRevisions: async () => [],
    loadRevisionModel: async () => null,
  } as unknown as WorkspaceRepository,
};
const open = { processId: 'p1', model: claimsToBe() };
const asked = {
  current: { processId: 'p2', revisionId: null },
  future: { processId: 'p1', revisionId: null },
  settings,
  records: true,
};

/** Starts the comparison as the dialog does, and keeps it as the results store would once done. */
async function comparedKept(request = asked): Promise<StoredMapComparison> {
  const compare = vi.fn<SimulationService['compareMaps']>();
  await startPickedComparison({ compareMaps: compare }, workspace, open, request, undefined);
  const [current, future, sent, , kept] = compare.mock.calls[0];
  const comparison = compareMaps(current, future, {
    cases: sent.cases,
    seed: sent.seed,
    replications: sent.replications,
  });
  const report = comparison.runs[0].report;
  const state = { status: 'done' as const, runId: 1, settings: sent, report, comparison, events: 1, elapsedMs: 1 };
  return { current, future, state, request: kept };
}

describe('a comparison of two maps made with the open map as it is now', () => {
  it('keeps the open map’s revision, and is out of date once that map changes, current again after an undo', async () => {
    const kept = await comparedKept();
    expect(kept.future.model).toBe(open.model);
    expect(kept.current.label).toBe('Claims intake, as last saved');
    expect(kept.request).toMatchObject({ ...asked, records: false });
    expect(kept.request!.open).toEqual({ processId: 'p1', revision: mapRevision(open.model) });
    expect(isMapComparisonStale(kept, open)).toBe(false);
    const edited = {
      ...open.model,
      nodes: open.model.nodes.map((n) => (n.id === 'review' ? { ...n, name: 'Check' } : n)),
    };
    expect(isMapComparisonStale(kept, { processId: 'p1', model: edited })).toBe(true);
    // Undone: another object with the same content.
    expect(isMapComparisonStale(kept, { processId: 'p1', model: claimsToBe() })).toBe(false);
    // With another process open, whether p1 changed is not known here: nothing is said.
    expect(isMapComparisonStale(kept, { processId: 'p2', model: edited })).toBe(false);
  });

  it('of two stored maps never goes out of date with edits of the open map', async () => {
    const kept = await comparedKept({ ...asked, future: { processId: 'p2', revisionId: null } });
    expect(kept.request!.open).toBeNull();
    expect(isMapComparisonStale(kept, { processId: 'p2', model: claimsToBe() })).toBe(false);
  });

  it('says it is out of date above the comparison and offers to compare again', async () => {
    const kept = await comparedKept();
    const again = vi.fn();
    act(() => ui.root.render(<CompareMapsStatus kept={kept} stale={false} onCompareAgain={again} />));
    expect(ui.host.querySelector('[role="note"]')).toBeNull();
    expect(ui.host.querySelector('.cmp-result')).not.toBeNull();
    act(() => ui.root.render(<CompareMapsStatus kept={kept} stale onCompareAgain={again} />));
    const note = ui.host.querySelector('[role="note"]')!;
    expect(note.textContent).toContain('Out of date: the open map has changed since this comparison.');
    // The comparison as it was stays below the note until it is run again.
    expect(ui.host.querySelector('.cmp-result')).not.toBeNull();
    act(() => note.querySelector('button')!.click());
    expect(again).toHaveBeenCalledTimes(1);
  });
});
