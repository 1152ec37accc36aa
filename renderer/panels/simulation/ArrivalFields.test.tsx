// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createStore } from 'zustand';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

function render(arrivalColumn: string | undefined) {
  const dataset = { processId: 'p', name: 'claims.csv', mapping: { fields: {}, arrivalColumn } } as DatasetRecord;
  const state = createStore<CaseDataState>(() => ({ processId: 'p', dataset }));
  const services = { store: { state }, platform: {} } as unknown as CaseDataServices;
  act(() =>
    root.render(
      <CaseDataProvider services={services}>
        <ArrivalFields model={editor().model!} />
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
});
