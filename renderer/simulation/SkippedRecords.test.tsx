// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../shared/sim';
import { useEditor } from '../store/editorStore';
import { SimulatePanel } from './SimulatePanel';
import { claimsIntakeMap, sessionShowing } from './testModels';
import { testRoot } from './testRoot';

const ui = testRoot();

describe('skipped records', () => {
  it('says which rows a run skipped and why', () => {
    const settings = { cases: 20, seed: 1, replications: 1, scenario: null };
    const noTime = 'the record has no readable arrival time, so it was not replayed';
    const skipped = [
      { row: 4, key: 'PR-003', message: noTime },
      { row: 9, key: null, message: noTime },
    ];
    const report = {
      ...simulate(claimsIntakeMap(), settings),
      caseData: { order: 'replay' as const, records: 22, skipped },
    };
    useEditor.getState().open('p1', claimsIntakeMap());
    const session = sessionShowing({ status: 'done', runId: 1, settings, report, events: 1, elapsedMs: 10 });
    act(() => ui.root.render(<SimulatePanel session={session} model={claimsIntakeMap()} onClose={() => undefined} />));
    const list = ui.host.querySelector('[aria-label="Skipped records"]')!;
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `2 records skipped, rows 4 (PR-003), 9: ${noTime}.`,
    ]);
  });
});
