// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RawTable } from '../../shared/data';
import { processSchema, type ProcessModel } from '../../shared/model';
import type { RunSettings } from './protocol';
import { RunForm } from './RunForm';
import { rowsWithArrival } from './replayCount';
import { claimsIntakeMap } from './testModels';
import { testRoot } from './testRoot';

const ui = testRoot();

/** The claims map, with arrivals at the records' times when `fromRecords`. */
function map(fromRecords: boolean): ProcessModel {
  const model = claimsIntakeMap();
  const arrivals = { ...model.simulation.arrivals, ...(fromRecords ? { fromRecords: {} } : {}) };
  return processSchema.parse({ ...model, simulation: { ...model.simulation, arrivals } });
}

function render(model: ProcessModel, arrivalColumn: string | undefined, initial: RunSettings | null = null) {
  const onRun = vi.fn();
  act(() =>
    ui.root.render(
      <RunForm
        model={model}
        initial={initial}
        running={false}
        cancelling={false}
        blocked={false}
        scenario={null}
        onScenario={() => undefined}
        dataset={{ name: 'claims.csv', rows: 12, arrivalColumn, timedRecords: () => 9 }}
        onRun={onRun}
        onCancel={() => undefined}
      />,
    ),
  );
  return onRun;
}

const field = (label: string) => {
  const element = [...ui.host.querySelectorAll('label')].find((l) => l.textContent === label);
  return document.getElementById(element!.htmlFor) as HTMLSelectElement;
};
const run = () => act(() => ui.host.querySelector('form')!.requestSubmit());

describe('run form record order', () => {
  it('starts from replay when the map takes arrivals from the records and they have an arrival column', () => {
    const onRun = render(map(true), 'reportedAt');
    expect(field('Case data').value).toBe('records');
    expect(field('Record order').value).toBe('replay');
    // One case per record with an arrival time, as a replay runs each once (the map's 1,000 would be refused).
    expect(field('Cases').value).toBe('9');
    run();
    expect(onRun.mock.calls[0][0]).toMatchObject({ recordOrder: 'replay', cases: 9 });
  });

  it('uses no records by default when the map does not say so, or the records have no arrival column', () => {
    render(map(false), 'reportedAt');
    expect(field('Case data').value).toBe('');
    expect(field('Cases').value).toBe(String(map(false).simulation.cases));
    render(map(true), undefined);
    expect(field('Case data').value).toBe('');
  });

  it('keeps the choice of the last run over the map’s', () => {
    const onRun = render(map(true), 'reportedAt', {
      cases: 10,
      seed: 1,
      replications: 1,
      scenario: null,
      recordOrder: null,
    });
    expect(field('Case data').value).toBe('');
    run();
    expect(onRun.mock.calls[0][0].recordOrder).toBeNull();
  });

  it('lets the run change the order the map suggests', () => {
    const onRun = render(map(true), 'reportedAt');
    act(() => {
      const order = field('Record order');
      order.value = 'file';
      order.dispatchEvent(new Event('change', { bubbles: true }));
    });
    run();
    expect(onRun.mock.calls[0][0].recordOrder).toBe('file');
  });
});

describe('rowsWithArrival', () => {
  it('counts the rows with something in the arrival column', () => {
    const table = {
      columns: ['id', 'received'],
      rows: [{ cells: ['a', '2025-03-03 09:05'] }, { cells: ['b', ''] }, { cells: ['c', 'soon'] }, { cells: ['d'] }],
    } as unknown as RawTable;
    expect(rowsWithArrival(table, 'received')).toBe(2);
    expect(rowsWithArrival(table, undefined)).toBe(0);
    expect(rowsWithArrival(table, 'missing')).toBe(0);
  });
});
