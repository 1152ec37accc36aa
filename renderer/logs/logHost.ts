import { parseCsv } from '../../shared/data';
import { guessCsvLogMapping, importCsvLogStream, importXesStream, type CsvLogMapping } from '../../shared/io/eventLog';
import type { EventLog } from '../../shared/log';
import { FlowwrightError } from '../../shared/model';
import type { WorkspaceDb } from '../workspace/db';
import { logFormatOfFile } from './logFormat';
import { saveLog } from './logRepository';
import { parseLogRequest, type LogMessage } from './logProtocol';
import { errorReply } from '../workers/workerMessages';

/** The bytes the mapping step reads for its preview: enough for the header and a few hundred rows. */
const previewBytes = 256 * 1024;
const previewRows = 8;
/** Progress is posted at most this often (ms), and once at the end. */
export const progressInterval = 100;

class Cancelled extends Error {}

export interface LogHostOptions {
  db: WorkspaceDb;
  newId?: () => string;
  now?: () => number;
  /** A clock for spacing progress messages (ms); performance.now by default. */
  clock?: () => number;
}

/**
 * The worker side of the Logs panel: previews a CSV for its mapping step, reads a whole XES or CSV log as a stream
 * with spaced progress, and stores it in the workspace, so that a million events never cross to the window.
 */
export function createLogHost(post: (message: LogMessage) => void, options: LogHostOptions) {
  const { db, newId = () => crypto.randomUUID(), now = () => Date.now(), clock = () => performance.now() } = options;
  const cancelled = new Set<number>();

  const fail = (jobId: number, error: unknown): void => post(errorReply(jobId, error));

  async function preview(jobId: number, file: Blob): Promise<void> {
    const head = new Uint8Array(await file.slice(0, previewBytes).arrayBuffer());
    // a cut record at the end of the sample would read as a short row: keep whole lines only
    const lastBreak = head.lastIndexOf(10);
    const bytes = file.size > previewBytes && lastBreak > 0 ? head.subarray(0, lastBreak + 1) : head;
    const table = parseCsv(bytes);
    const rows = table.rows.slice(0, previewRows).map((row) => row.cells.map((cell) => String(cell ?? '')));
    post({ type: 'preview', jobId, columns: table.columns, rows, mapping: guessCsvLogMapping(table) });
  }

  /** The file's bytes, stopped when the job is cancelled. */
  function watched(jobId: number, file: Blob): ReadableStream<Uint8Array> {
    return (file.stream() as ReadableStream<Uint8Array>).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          if (cancelled.has(jobId)) throw new Cancelled();
          controller.enqueue(chunk);
        },
      }),
    );
  }

  async function importLog(jobId: number, file: Blob, name: string, mapping?: CsvLogMapping): Promise<void> {
    const format = logFormatOfFile(name);
    if (!format)
      throw new FlowwrightError(
        'FW_LOG_UNREADABLE',
        `"${name}" is not an event log: import XES (.xes, .xes.gz) or CSV (.csv) files`,
      );
    if (format === 'csv' && !mapping)
      throw new FlowwrightError('FW_LOG_MAPPING', 'a CSV event log needs its columns mapped before the import');
    const total = file.size;
    let last = -Infinity;
    let events = 0;
    const report = (bytes: number, force = false) => {
      const at = clock();
      if (!force && at - last < progressInterval) return;
      last = at;
      post({ type: 'progress', jobId, step: 'reading', bytes, total, events });
    };
    const onProgress = (progress: { bytes: number; events: number }) => {
      events = progress.events;
      report(progress.bytes, progress.bytes === total);
    };
    const input = watched(jobId, file);
    let log: EventLog;
    try {
      log =
        format === 'xes'
          ? await importXesStream(input, { total, onProgress })
          : await importCsvLogStream(input, mapping!, { total, onProgress });
    } catch (error) {
      if (cancelled.has(jobId)) throw new Cancelled();
      throw error;
    }
    if (cancelled.has(jobId)) throw new Cancelled();
    if (log.cases.every((entry) => entry.events.length === 0))
      throw new FlowwrightError('FW_LOG_EMPTY', `"${name}" holds no events`);
    let eventTotal = 0;
    for (const entry of log.cases) eventTotal += entry.events.length;
    post({ type: 'progress', jobId, step: 'saving', bytes: total, total, events: eventTotal });
    const record = await saveLog(db, { id: newId(), name, createdAt: now(), log: { ...log, name } });
    post({ type: 'imported', jobId, log: record });
  }

  return {
    receive(data: unknown): Promise<void> {
      const parsed = parseLogRequest(data);
      if (!parsed.ok) {
        const jobId = (data as { jobId?: unknown } | null)?.jobId;
        post({
          type: 'error',
          jobId: Number.isInteger(jobId) ? (jobId as number) : -1,
          code: 'FW_INTERNAL',
          message: `the log worker received a message it does not understand (${parsed.error})`,
        });
        return Promise.resolve();
      }
      const request = parsed.value;
      if (request.type === 'cancel') {
        cancelled.add(request.jobId);
        return Promise.resolve();
      }
      const run =
        request.type === 'preview'
          ? preview(request.jobId, request.file)
          : importLog(request.jobId, request.file, request.name, request.mapping);
      return run
        .catch((error: unknown) =>
          error instanceof Cancelled ? post({ type: 'cancelled', jobId: request.jobId }) : fail(request.jobId, error),
        )
        .finally(() => cancelled.delete(request.jobId));
    },
  };
}
