import type { ColumnMapping, ColumnProfile, QualityReport, RawTable } from '../../shared/data';
import { FlowwrightError, type DataField } from '../../shared/model';
import { parseDataMessage, type DataMessage, type DataRequest } from './dataProtocol';

/** What the client needs from a worker; injected so that tests can run the host in the same thread. */
export interface DataWorker {
  post(message: DataRequest): void;
  terminate(): void;
}
export type StartDataWorker = (onMessage: (data: unknown) => void, onFailure: (message: string) => void) => DataWorker;

export type DataStep = Extract<DataMessage, { type: 'progress' }>['step'];
export type ProgressListener = (step: DataStep, fraction: number) => void;

/** Starts the bundled worker that Vite builds from data.worker.ts. */
export const startDataWorker: StartDataWorker = (onMessage, onFailure) => {
  const worker = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'data' });
  worker.onmessage = (event) => onMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure(event.message || 'the data worker could not be started');
  };
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
};

interface Pending {
  resolve(message: DataMessage): void;
  reject(error: Error): void;
  onProgress?: ProgressListener;
}

/**
 * Reads and checks sample records in a worker, one promise per request. A failed worker rejects what is pending and
 * is started again on the next request.
 */
export function createDataClient(startWorker: StartDataWorker = startDataWorker) {
  let worker: DataWorker | null = null;
  let lastJob = 0;
  const pending = new Map<number, Pending>();

  function rejectAll(message: string): void {
    worker?.terminate();
    worker = null;
    for (const job of pending.values()) job.reject(new FlowwrightError('FW_INTERNAL', message));
    pending.clear();
  }

  function receive(data: unknown): void {
    const parsed = parseDataMessage(data);
    if (!parsed.ok) return rejectAll(`the data worker sent a message that is not understood (${parsed.error})`);
    const message = parsed.value;
    const job = pending.get(message.jobId);
    if (!job) return;
    if (message.type === 'progress') return job.onProgress?.(message.step, message.fraction);
    pending.delete(message.jobId);
    if (message.type === 'error') job.reject(new FlowwrightError(message.code, message.message));
    else job.resolve(message);
  }

  function send(request: DataRequest, onProgress?: ProgressListener): Promise<DataMessage> {
    worker ??= startWorker(receive, rejectAll);
    return new Promise((resolve, reject) => {
      pending.set(request.jobId, { resolve, reject, onProgress });
      worker!.post(request);
    });
  }

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
      const reply = await send({ type: 'parse', jobId: ++lastJob, name, bytes, sheet }, onProgress);
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
      const reply = await send({ type: 'check', jobId: ++lastJob, fields, mapping, ...(table ? { table } : {}) });
      if (reply.type !== 'checked') throw new FlowwrightError('FW_INTERNAL', `unexpected reply ${reply.type}`);
      return { report: reply.report, records: reply.records };
    },
    dispose(): void {
      rejectAll('the data worker was stopped');
    },
  };
}

export type DataClient = ReturnType<typeof createDataClient>;
