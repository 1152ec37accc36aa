// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { importCsvLog, type CsvLogMapping } from '../../shared/io/eventLog';
import { testRoot } from '../simulation/testRoot';
import { createWorkspaceDb, type WorkspaceDb } from '../workspace/db';
import { ImportStatus } from './ImportStatus';
import type { ImportProgress, LogClient } from './logClient';
import { LogDetails } from './LogDetails';
import { LogList } from './LogList';
import { saveLog } from './logRepository';
import { LogsProvider } from './logsContext';
import { createLogsSession } from './logsSession';

const ui = testRoot();
const csv = 'case,activity,time\n1,Receive,2024-01-01T10:00:00Z\n1,Check,not a time\n2,Receive,2024-01-02T10:00:00Z\n';
const guessed: CsvLogMapping = { caseId: 'case', activity: 'activity', timestamp: 'time' };

/**
 * A stand-in for the worker (tested on its own in logHost.test.ts): it previews and reads the CSV above and stores
 * it, but reports progress and finishes only when the test says so.
 */
function fakeClient(db: WorkspaceDb) {
  let report: (progress: ImportProgress) => void = () => undefined;
  let finish: () => void = () => undefined;
  const cancel = vi.fn();
  const client: LogClient = {
    preview: async () => ({
      columns: ['case', 'activity', 'time'],
      rows: [['1', 'Receive', '2024-01-01T10:00:00Z']],
      mapping: guessed,
    }),
    importLog: async (_file, name, options = {}) => {
      options.started?.(cancel);
      report = (progress) => options.onProgress?.(progress);
      await new Promise<void>((resolve) => (finish = resolve));
      const log = importCsvLog(csv, options.mapping!);
      return saveLog(db, { id: `id-${name}`, name, createdAt: 1, log });
    },
    dispose: () => undefined,
  };
  return { client, cancel, progress: (p: ImportProgress) => report(p), finish: () => finish() };
}

const text = () => ui.host.textContent ?? '';
const button = (name: string) =>
  [...ui.host.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
/** Lets the database and React catch up until the text shows (IndexedDB answers on later tasks). */
async function until(wanted: string): Promise<void> {
  for (let tries = 0; tries < 500 && !text().includes(wanted); tries++) await settle();
  expect(text()).toContain(wanted);
}

function render() {
  const db = createWorkspaceDb(`logs-panel-${crypto.randomUUID()}`);
  const fake = fakeClient(db);
  const session = createLogsSession({ db, client: fake.client });
  act(() =>
    ui.root.render(
      <LogsProvider session={session}>
        <ImportStatus />
        <LogList />
        <LogDetails />
      </LogsProvider>,
    ),
  );
  return { session, ...fake };
}

describe('Logs panel', () => {
  it('maps the columns of a CSV, shows the progress, then the warnings with their lines, the list and the summary', async () => {
    const { session, progress, finish } = render();
    expect(text()).toContain('No event logs yet');
    await act(() => session.importFile(new File([csv], 'orders.csv')));
    const form = ui.host.querySelector('form')!;
    expect(form.getAttribute('aria-label')).toBe('Columns of orders.csv');
    expect(ui.host.querySelector<HTMLSelectElement>('select')!.value).toBe('case');
    act(() => form.requestSubmit());
    await settle();
    act(() => progress({ step: 'reading', bytes: 5_000_000, total: 20_000_000, events: 120_000 }));
    expect(text()).toContain('Reading orders.csv: 5.0 MB of 20 MB, 120,000 events');
    expect(ui.host.querySelector('progress')!.value).toBe(5_000_000);
    act(() => finish());
    await until('Imported orders.csv: 3 events in 2 cases, with one warning');
    expect(ui.host.querySelector('[aria-label="Import warnings"]')!.textContent).toContain('(line 3)');
    expect(ui.host.querySelector('.side-item-meta')!.textContent).toBe('3 events, 2 cases');
    const figures = [...ui.host.querySelectorAll('.logs-figure')].map((f) => f.textContent);
    expect(figures).toContain('Cases2');
    expect(figures).toContain('Activities2');
    expect(figures).toContain('Variants2');
  });

  it('cancels an import under way, and tells a file that is no log', async () => {
    const { session, cancel } = render();
    await act(() => session.importFile(new File([csv], 'orders.csv')));
    act(() => void session.importMapped(guessed));
    await settle();
    act(() => button('Cancel').click());
    expect(cancel).toHaveBeenCalledOnce();
    await act(() => session.importFile(new File(['x'], 'notes.pdf')));
    expect(ui.host.querySelector('[role="alert"]')!.textContent).toContain('notes.pdf was not imported');
  });

  it('asks for an open map on the Conformance tab, and deletes a log after asking', async () => {
    const { session, finish } = render();
    await act(() => session.importFile(new File([csv], 'orders.csv')));
    const done = session.importMapped(guessed);
    await settle();
    act(() => finish());
    await act(() => done);
    act(() => button('Conformance').click());
    expect(text()).toContain('Open a process map to compare the log with it.');
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    act(() => button('Delete orders.csv').click());
    await until('No event logs yet');
  });
});
