import { useEffect, useState } from 'react';
import { maxDataFileBytes } from '../../shared/ipc/openLimits';
import type { ColumnMapping, ColumnProfile, QualityReport, RawTable } from '../../shared/data';
import type { DataField } from '../../shared/model';
import { useCaseData, useCaseDataServices } from './caseDataContext';
import { createDataClient, type DataClient, type DataStep } from './dataClient';
import { datasetCsv, exportName } from './exportDataset';
import { addFields } from './fieldCommands';
import { fieldForColumn, forFields, startingMapping } from './mappingState';
import { MappingStep } from './MappingStep';
import { QualityView, SavedQualityReport } from './QualityView';
import { useWorkspace } from '../workspace/workspaceHooks';

export const dataFileAccept = ['.csv', '.tsv', '.txt', '.json', '.xlsx'];

type Loading =
  | { step: 'idle' }
  | { step: 'reading'; name: string; phase: DataStep; fraction: number }
  | { step: 'failed'; message: string }
  | {
      step: 'mapping';
      name: string;
      /** Kept so that another sheet of a workbook is read without picking the file again. */
      bytes: Uint8Array;
      table: RawTable;
      profiles: ColumnProfile[];
      mapping: ColumnMapping;
      check: { report: QualityReport; records: number } | null;
      /** Why the sheet chosen last could not be read (the sheet before it stays). */
      sheetError?: string;
    };

const phaseText: Record<DataStep, string> = { reading: 'Reading', inferring: 'Suggesting types', checking: 'Checking' };

function SavedDataset({ fields, onLoad }: { fields: readonly DataField[]; onLoad(): void }) {
  const { store } = useCaseDataServices();
  const workspace = useWorkspace();
  const dataset = useCaseData((s) => s.dataset);
  if (!dataset)
    return (
      <>
        <p className="data-note">No sample records yet. Load a CSV, JSON or Excel file to simulate with real cases.</p>
        <div className="data-actions">
          <button type="button" className="primary" onClick={onLoad}>
            Load sample records…
          </button>
        </div>
      </>
    );
  const exportCsv = () =>
    void workspace.exportFile({
      name: exportName(dataset),
      bytes: new TextEncoder().encode(datasetCsv(dataset, fields)),
      type: 'text/csv',
    });
  return (
    <>
      <p className="data-note" role="status">
        <strong>{dataset.name}</strong>
        {dataset.table.source.sheet !== undefined && `, sheet ${dataset.table.source.sheet}`}:{' '}
        {dataset.table.rows.length.toLocaleString('en')} rows, {dataset.table.columns.length} columns, saved{' '}
        {new Date(dataset.createdAt).toLocaleString('en')}.
      </p>
      <div className="data-actions">
        <button type="button" onClick={onLoad}>
          Load sample records…
        </button>
        <button type="button" onClick={exportCsv}>
          Export CSV
        </button>
        <button type="button" onClick={() => void store.remove(dataset.processId)}>
          Remove records
        </button>
      </div>
      <SavedQualityReport table={dataset.table} mapping={dataset.mapping} fields={fields} />
    </>
  );
}

/** Sample records: load a file (read in a worker), map its columns, see the quality report, then save or discard. */
export function RecordsSection({ processId, fields }: { processId: string; fields: readonly DataField[] }) {
  const { store, platform } = useCaseDataServices();
  const saved = useCaseData((s) => s.dataset);
  const [client] = useState<DataClient>(() => createDataClient());
  const [loading, setLoading] = useState<Loading>({ step: 'idle' });
  useEffect(() => () => client.dispose(), [client]);

  const mapping = loading.step === 'mapping' ? forFields(loading.mapping, fields) : null;
  const checkedTable = loading.step === 'mapping' ? loading.table : null;
  // The report follows the table (another sheet), the mapping and the fields (a rule or a required flag changed).
  useEffect(() => {
    if (!mapping) return;
    let current = true;
    client.check([...fields], mapping).then(
      (check) => current && setLoading((l) => (l.step === 'mapping' ? { ...l, check } : l)),
      (error: Error) => current && setLoading({ step: 'failed', message: error.message }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the mapping object is rebuilt on every render
  }, [client, checkedTable, fields, JSON.stringify(mapping)]);

  async function load() {
    let file;
    try {
      file = await platform.openFile({ accept: dataFileAccept, maxBytes: maxDataFileBytes });
    } catch (error) {
      return setLoading({ step: 'failed', message: (error as Error).message });
    }
    if (!file) return;
    const bytes = file.bytes ?? new TextEncoder().encode(file.text);
    const failure = await read(file.name, bytes, undefined, saved?.mapping);
    if (failure !== undefined) setLoading({ step: 'failed', message: failure });
  }

  /** Reads the file (a sheet of it), starting from `previous` when its columns are all there; a failure's message. */
  async function read(
    name: string,
    bytes: Uint8Array,
    sheet: string | undefined,
    previous: ColumnMapping | undefined,
  ): Promise<string | undefined> {
    const shown = sheet === undefined ? name : `${name} (sheet ${sheet})`;
    setLoading({ step: 'reading', name: shown, phase: 'reading', fraction: 0 });
    try {
      const { table, profiles } = await client.parse(name, bytes, {
        sheet,
        onProgress: (phase, fraction) => setLoading({ step: 'reading', name: shown, phase, fraction }),
      });
      const start = startingMapping(table, fields, profiles, previous);
      setLoading({ step: 'mapping', name, bytes, table, profiles, mapping: start, check: null });
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  async function chooseSheet(from: Extract<Loading, { step: 'mapping' }>, sheet: string) {
    const failure = await read(from.name, from.bytes, sheet, from.mapping);
    // The worker keeps the sheet it read before, so the step goes back to it.
    if (failure !== undefined) setLoading({ ...from, check: null, sheetError: failure });
  }

  if (loading.step === 'reading') {
    const value = Math.round(loading.fraction * 100);
    return (
      <div className="data-progress">
        <div
          className="sim-progress-bar"
          role="progressbar"
          aria-label="Reading the records"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={value}
        >
          <span style={{ width: `${value}%` }} />
        </div>
        <p className="data-note">
          {phaseText[loading.phase]} {loading.name}… {value}%
        </p>
      </div>
    );
  }
  if (loading.step === 'mapping' && mapping) {
    const { table, profiles, check, name, sheetError } = loading;
    const addColumn = (column: string) => {
      const profile = profiles.find((p) => p.column === column);
      if (!profile) return;
      const next = fieldForColumn(profile, fields, mapping);
      if (addFields([next.field])) setLoading({ ...loading, mapping: next.mapping });
    };
    const save = async () => {
      await store.save({ processId, name, table, mapping, createdAt: Date.now() });
      setLoading({ step: 'idle' });
    };
    return (
      <>
        <MappingStep
          table={table}
          profiles={profiles}
          fields={fields}
          mapping={mapping}
          // The check re-runs when the mapping changes; choosing the column already chosen keeps the report.
          onMapping={(next) =>
            JSON.stringify(next) !== JSON.stringify(mapping) && setLoading({ ...loading, mapping: next, check: null })
          }
          onAddField={addColumn}
          onSheet={(sheet) => void chooseSheet(loading, sheet)}
        />
        {sheetError !== undefined && (
          <p className="data-error" role="alert">
            The sheet could not be read: {sheetError}
          </p>
        )}
        {check ? <QualityView report={check.report} records={check.records} /> : <p className="data-note">Checking…</p>}
        <div className="data-actions data-sticky">
          <button type="button" className="primary" disabled={!check} onClick={() => void save()}>
            Save records with the map
          </button>
          <button type="button" onClick={() => setLoading({ step: 'idle' })}>
            Discard
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      {loading.step === 'failed' && (
        <p className="data-error" role="alert">
          The records could not be read: {loading.message}
        </p>
      )}
      <SavedDataset fields={fields} onLoad={() => void load()} />
    </>
  );
}
