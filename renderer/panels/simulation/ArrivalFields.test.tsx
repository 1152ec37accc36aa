// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createStore } from 'zustand';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateModel } from '../../../shared/model';
import { CaseDataProvider, type CaseDataServices } from '../../data/caseDataContext';
import type { CaseDataState } from '../../data/caseDataStore';
import { useEditor } from '../../store/editorStore';
import { reviewMap } from '../../store/testMaps';
import type { DatasetRecord } from '../../workspace/db';
import { ArrivalFields } from './ArrivalFields';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const editor = () => useEditor.getState();

/** The fields on the editor's current map, so that edits and undo show as they would in the app. */
function LiveArrivalFields() {
  const model = useEditor((s) => s.model);
  return model ? <ArrivalFields model={model} /> : null;
}

const modeSelect = () =>
  [...host.querySelectorAll('label')]
    .find((l) => l.textContent === 'Cases arrive')!
    .parentElement!.querySelector('select')!;
const modeLabels = () => [...modeSelect().options].map((o) => o.textContent);

function choose(value: string) {
  act(() => {
    const select = modeSelect();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function render(arrivalColumn: string | undefined) {
  const dataset = { processId: 'p', name: 'claims.csv', mapping: { fields: {}, arrivalColumn } } as DatasetRecord;
  const state = createStore<CaseDataState>(() => ({ processId: 'p', dataset }));
  const services = { store: { state }, platform: {} } as unknown as CaseDataServices;
  act(() =>
    root.render(
      <CaseDataProvider services={services}>
        <LiveArrivalFields />
      </CaseDataProvider>,
    ),
  );
}

beforeEach(() => {
  editor().open('p', reviewMap());
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('arrival fields', () => {
  it('points to the records’ arrival column when the loaded records have one', () => {
    render('submitted');
    expect(host.querySelector('[role="note"]')?.textContent).toContain(
      'The records in claims.csv have arrival times (column submitted)',
    );
  });

  it('says nothing of records without an arrival column, and shows the rate in words', () => {
    render(undefined);
    expect(host.querySelector('[role="note"]')).toBeNull();
    expect(host.textContent).toContain('That is about 1 an hour, 24 a day while arrivals are open.');
  });

  it('sets arrivals at the records’ times as a map setting, with undo', () => {
    render('submitted');
    expect(modeLabels()).toContain('At the records’ arrival times');
    choose('records');
    expect(editor().model!.simulation.arrivals.fromRecords).toEqual({ column: 'submitted' });
    expect(modeSelect().value).toBe('records');
    expect(host.querySelector('[role="note"]')?.textContent).toContain(
      'Each record in claims.csv becomes a case at its own arrival time (column submitted)',
    );
    // The distribution stays, for runs without the records.
    expect(host.textContent).toContain('Time between cases without records');
    act(() => editor().undo());
    expect(editor().model!.simulation.arrivals.fromRecords).toBeUndefined();
    expect(modeSelect().value).toBe('every');
  });

  it('leaves the records’ times for a distribution, keeping the time between cases', () => {
    editor().apply((m) =>
      updateModel(m, {
        simulation: {
          arrivals: { interarrival: { type: 'exponential', mean: 600 }, fromRecords: { column: 'submitted' } },
        },
      }),
    );
    render('submitted');
    expect(modeSelect().value).toBe('records');
    choose('every');
    expect(editor().model!.simulation.arrivals).toEqual({ interarrival: { type: 'exponential', mean: 600 } });
    expect(host.textContent).toContain('That is about 6 an hour, 144 a day while arrivals are open.');
  });

  it('says in words what happens when the map wants the records’ times but none are loaded', () => {
    editor().apply((m) =>
      updateModel(m, { simulation: { arrivals: { ...m.simulation.arrivals, fromRecords: { column: 'submitted' } } } }),
    );
    render(undefined);
    expect(modeSelect().value).toBe('records');
    expect(host.querySelector('[role="note"]')?.textContent).toBe(
      'No records with arrival times are loaded (the map names the column submitted): until they are, and in any ' +
        'run without them, cases arrive by the time between cases below.',
    );
  });

  it('does not offer the records’ times when no arrival column is known', () => {
    render(undefined);
    expect(modeLabels()).not.toContain('At the records’ arrival times');
  });
});
