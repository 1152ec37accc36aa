import type { CsvLogMapping } from '../../shared/io/eventLog';
import { FlowwrightError } from '../../shared/model';
import type { LogRecord } from '../workspace/db';
import { parseLogMessage, type LogMessage, type LogRequest } from './logProtocol';

/** What the client needs from a worker; injected so that tests can run the host in the same thread. */
export interface LogWorker {
  post(message: LogRequest): void;
  terminate(): void;
}
export type StartLogWorker = (onMessage: (data: unknown) => void, onFailure: (message: string) => void) => LogWorker;

export type ImportProgress = Omit<Extract<LogMessage, { type: 'progress' }>, 'type' | 'jobId'>;

/** Starts the bundled worker that Vite builds from log.worker.ts. */
export const startLogWorker: StartLogWorker = (onMessage, onFailure) => {
  const worker = new Worker(new URL('./log.worker.ts', import.meta.url), { type: 'module', name: 'logs' });
  worker.onmessage = (event) => onMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure(event.message || 'the log worker could not be started');
  };
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
};

interface Pending {
  resolve(message: LogMessage): void;
  reject(error: Error): void;
  onProgress?: (progress: ImportProgress) => void;
}

/** The first rows of a CSV log and a guess of how its columns map, for the mapping step. */
export interface LogPreview {
  columns: string[];
  rows: string[][];
  mapping: Partial<CsvLogMapping>;
}

/** The outcome of an import: the stored log, or null when it was cancelled. */
export type ImportOutcome = LogRecord | null;

/**
 * Reads and stores event logs in a worker, one promise per request. A failed worker rejects what is pending and is
 * started again on the next request.
 */
export function createLogClient(startWorker: StartLogWorker = startLogWorker) {
  let worker: LogWorker | null = null;
  let lastJob = 0;
  const pending = new Map<number, Pending>();

  function rejectAll(message: string): void {
    worker?.terminate();
    worker = null;
    for (const job of pending.values()) job.reject(new FlowwrightError('FW_INTERNAL', message));
    pending.clear();
  }

  function receive(data: unknown): void {
    const parsed = parseLogMessage(data);
    if (!parsed.ok) return rejectAll(`the log worker sent a message that is not understood (${parsed.error})`);
    const message = parsed.value;
    const job = pending.get(message.jobId);
    if (!job) return;
    if (message.type === 'progress') {
      const { type: _type, jobId: _jobId, ...progress } = message;
      return job.onProgress?.(progress);
    }
    pending.delete(message.jobId);
    if (message.type === 'error') job.reject(new FlowwrightError(message.code, message.message));
    else job.resolve(message);
  }

  function send(request: LogRequest, onProgress?: Pending['onProgress']): Promise<LogMessage> {
    worker ??= startWorker(receive, rejectAll);
    return new Promise((resolve, reject) => {
      pending.set(request.jobId, { resolve, reject, onProgress });
      worker!.post(request);
    });
  }

  return {
    /** The columns and first rows of a CSV file, with a guessed mapping. */
    async preview(file: Blob): Promise<LogPreview> {
      const reply = await send({ type: 'preview', jobId: ++lastJob, file });
      if (reply.type !== 'preview') throw new FlowwrightError('FW_INTERNAL', `unexpected reply ${reply.type}`);
      return { columns: reply.columns, rows: reply.rows, mapping: reply.mapping };
    },
    /**
     * Reads a log file and stores it in the workspace. `started` receives the job's cancel function at once, so that
     * a Cancel button can stop it; a cancelled import resolves to null.
     */
    async importLog(
      file: Blob,
      name: string,
      options: {
        mapping?: CsvLogMapping;
        onProgress?: (progress: ImportProgress) => void;
        started?: (cancel: () => void) => void;
      } = {},
    ): Promise<ImportOutcome> {
      const jobId = ++lastJob;
      const reply = send({ type: 'import', jobId, file, name, mapping: options.mapping }, options.onProgress);
      options.started?.(() => worker?.post({ type: 'cancel', jobId }));
      const message = await reply;
      if (message.type === 'cancelled') return null;
      if (message.type !== 'imported') throw new FlowwrightError('FW_INTERNAL', `unexpected reply ${message.type}`);
      return message.log;
    },
    dispose(): void {
      rejectAll('the log worker was stopped');
    },
  };
}

export type LogClient = ReturnType<typeof createLogClient>;
