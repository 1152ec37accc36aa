import type { ColumnMapping, ColumnProfile, QualityReport, RawTable } from '../../shared/data';
import { FlowwrightError, type DataField } from '../../shared/model';
import { createJobChannel, jobWorker, type JobWorker, type StartJobWorker } from '../workers/jobChannel';
import { parseDataMessage, type DataMessage, type DataRequest } from './dataProtocol';

export type DataWorker = JobWorker<DataRequest>;
export type StartDataWorker = StartJobWorker<DataRequest>;

export type DataStep = Extract<DataMessage, { type: 'progress' }>['step'];
export type ProgressListener = (step: DataStep, fraction: number) => void;

/** Starts the bundled worker that Vite builds from data.worker.ts. */
export const startDataWorker: StartDataWorker = (onMessage, onFailure) =>
  jobWorker(
    new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'data' }),
    onMessage,
    onFailure,
    'data worker',
  );

/**
 * Reads and checks sample records in a worker, one promise per request. A failed worker rejects what is pending and
 * is started again on the next request.
 */
export function createDataClient(startWorker: StartDataWorker = startDataWorker) {
  const channel = createJobChannel('the data worker', startWorker, parseDataMessage);
  const send = (request: DataRequest, onProgress?: ProgressListener) =>
    channel.send(request, onProgress && ((progress) => onProgress(progress.step, progress.fraction)));

  return {
    /**
     * Reads a CSV, JSON or XLSX file (by its name) into a table, with suggested column types; `sheet` names the
     * workbook sheet to read (the first when absent).
     */
    async parse(
      name: string,
      bytes: Uint8Array,
      options: { sheet?: string; onProgress?: ProgressListener } = {},
    ): Promise<{ table: RawTable; profiles: ColumnProfile[] }> {
      const { sheet, onProgress } = options;
      const reply = await send({ type: 'parse', jobId: channel.nextJob(), name, bytes, sheet }, onProgress);
      if (reply.type !== 'parsed') throw new FlowwrightError('FW_INTERNAL', `unexpected reply ${reply.type}`);
      return { table: reply.table, profiles: reply.profiles };
    },
    /**
     * The quality report of the last table read (or of `table`, which the worker then keeps), and how many records
     * it gives, for these fields and mapping.
     */
    async check(
      fields: DataField[],
      mapping: ColumnMapping,
      table?: RawTable,
    ): Promise<{ report: QualityReport; records: number }> {
      const reply = await send({
        type: 'check',
        jobId: channel.nextJob(),
        fields,
        mapping,
        ...(table ? { table } : {}),
      });
      if (reply.type !== 'checked') throw new FlowwrightError('FW_INTERNAL', `unexpected reply ${reply.type}`);
      return { report: reply.report, records: reply.records };
    },
    dispose(): void {
      channel.stop('the data worker was stopped');
    },
  };
}

export type DataClient = ReturnType<typeof createDataClient>;
