// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mapColumns } from '../../shared/data';
import { simulate } from '../../shared/sim';
import { messyPurchaseTable, purchaseRequestsMap } from '../data/testData';
import { ExceptionsView } from './ExceptionsView';
import { pickCase, useCaseChoice } from './caseChoice';
import { testRoot } from './testRoot';

const model = { ...purchaseRequestsMap(), name: 'Purchase approval' };
const { records } = mapColumns(messyPurchaseTable(), model.data.fields, {
  fields: { requestId: 'Request ID', costCenter: 'Cost Center', amount: 'Amount', tier: 'Tier' },
  keyColumn: 'Request ID',
});
const label = (id: string) => ({ name: id === 'check' ? 'Check request' : id, onMap: false });

const ui = testRoot();

function show(replications: number, onSaveCsv = vi.fn()) {
  const report = simulate(model, { records, recordOrder: 'file', exceptionRecords: true, seed: 1, replications });
  act(() => ui.root.render(<ExceptionsView report={report} model={model} label={label} onSaveCsv={onSaveCsv} />));
  const heads = [...ui.host.querySelectorAll<HTMLButtonElement>('.sim-exc-head')];
  act(() => heads[0].click());
  return { heads, onSaveCsv };
}

describe('the Exceptions view', () => {
  it('counts records once over 4 runs, lists each with its runs and names the work list after the process', () => {
    const { heads, onSaveCsv } = show(4);
    expect(heads.map((h) => h.textContent)).toEqual([
      'Check request · Invalid field2 records8 times in 4 runs',
      'Check request · Missing field1 record4 times in 4 runs',
    ]);
    const rows = [...ui.host.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['5', 'PR-004', 'every run'],
      ['6', 'PR-005', 'every run'],
    ]);
    const exportButton = [...ui.host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Export work list (CSV)',
    )!;
    act(() => exportButton.click());
    const [name, csv] = onSaveCsv.mock.calls[0] as [string, string];
    expect(name).toBe('Purchase approval - exceptions.csv');
    expect(csv.trim().split('\r\n')).toHaveLength(4); // the header and 3 records, not 12 lines
  });

  it("opens a row's case, of the first run it happened in, in the case timeline", () => {
    show(4);
    const first = [...ui.host.querySelectorAll('tbody tr')][0];
    act(() => first.querySelector<HTMLButtonElement>('.sim-show-case')!.click());
    expect(useCaseChoice.getState().target).toEqual({
      kind: 'case',
      replication: 1,
      caseId: 'r1:row 5',
      scenario: null,
    });
    act(() => pickCase(null));
  });

  it('offers the example cases of a run that kept no records', () => {
    const report = simulate(model, { records, recordOrder: 'file', seed: 1, replications: 2 });
    act(() => ui.root.render(<ExceptionsView report={report} model={model} label={label} />));
    act(() => ui.host.querySelector<HTMLButtonElement>('.sim-exc-head')!.click());
    const examples = [...ui.host.querySelectorAll<HTMLButtonElement>('.sim-exc-examples button')];
    // The report's examples, message by message (each message of the group keeps its own).
    expect(examples.map((b) => b.textContent)).toEqual([
      'case row 6 (run 1)',
      'case row 6 (run 2)',
      'case row 5 (run 1)',
      'case row 5 (run 2)',
    ]);
    act(() => examples[1].click());
    expect(useCaseChoice.getState().target).toEqual({
      kind: 'case',
      replication: 2,
      caseId: 'r2:row 6',
      scenario: null,
    });
    act(() => pickCase(null));
  });

  it('leaves out the runs with a single replication', () => {
    const { heads } = show(1);
    expect(heads[0].textContent).toBe('Check request · Invalid field2 records');
    expect([...ui.host.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Row', 'Key', 'Message', 'Case']);
  });
});
