import type { CsvLogMapping } from '../../shared/io/eventLog';
import { FlowwrightError } from '../../shared/model';
import { createJobChannel, jobWorker, type JobWorker, type StartJobWorker } from '../workers/jobChannel';
import type { LogRecord } from '../workspace/db';
import { parseLogMessage, type LogMessage, type LogRequest } from './logProtocol';

export type LogWorker = JobWorker<LogRequest>;
export type StartLogWorker = StartJobWorker<LogRequest>;

export type ImportProgress = Omit<Extract<LogMessage, { type: 'progress' }>, 'type' | 'jobId'>;

/** Starts the bundled worker that Vite builds from log.worker.ts. */
export const startLogWorker: StartLogWorker = (onMessage, onFailure) =>
  jobWorker(
    new Worker(new URL('./log.worker.ts', import.meta.url), { type: 'module', name: 'logs' }),
    onMessage,
    onFailure,
    'log worker',
  );

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
  const channel = createJobChannel('the log worker', startWorker, parseLogMessage);
  const send = (request: LogRequest, onProgress?: (progress: ImportProgress) => void) =>
    channel.send(request, onProgress && (({ type: _type, jobId: _jobId, ...progress }) => onProgress(progress)));

  return {
    /** The columns and first rows of a CSV file, with a guessed mapping. */
    async preview(file: Blob): Promise<LogPreview> {
      const reply = await send({ type: 'preview', jobId: channel.nextJob(), file });
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
      const jobId = channel.nextJob();
      const reply = send({ type: 'import', jobId, file, name, mapping: options.mapping }, options.onProgress);
      options.started?.(() => channel.post({ type: 'cancel', jobId }));
      const message = await reply;
      if (message.type === 'cancelled') return null;
      if (message.type !== 'imported') throw new FlowwrightError('FW_INTERNAL', `unexpected reply ${message.type}`);
      return message.log;
    },
    dispose(): void {
      channel.stop('the log worker was stopped');
    },
  };
}

export type LogClient = ReturnType<typeof createLogClient>;
