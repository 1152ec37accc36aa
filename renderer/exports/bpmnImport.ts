import { releaseProxy, wrap } from 'comlink';
import { errorCatalogue } from '../../shared/model/errors';
import type { ProcessModel } from '../../shared/model/schema';
import type { OpenedFile } from '../platform/platform';
import type { BpmnImportReply } from './bpmnImportJob';
import type { BpmnImportWorkerApi } from './bpmnImport.worker';

/** File endings read as BPMN 2.0 XML rather than as `.flow.json`. */
export const bpmnFileAccept = ['.bpmn', '.bpmn2', '.xml'];

/** Whether a picked or dropped file is to be read as BPMN 2.0, by its name. */
export function isBpmnFileName(name: string): boolean {
  return /\.(bpmn2?|xml)$/i.test(name);
}

export type BpmnFileImport =
  | { ok: true; model: ProcessModel; warnings: string[] }
  | { ok: false; title: string; problems: string[]; cancelled?: true };

/** What an importer answers: the worker's reply, or that the import was cancelled. */
export type ImporterReply = BpmnImportReply | { ok: false; cancelled: true };

/** Runs one import: in a worker in the app, in the calling thread where there are no workers (unit tests). */
export type BpmnImporter = (
  input: string | Uint8Array,
  name: string | undefined,
  signal?: AbortSignal,
) => Promise<ImporterReply>;

const cancelled = { ok: false, cancelled: true } as const;

/**
 * Imports in the calling thread; bpmn-moddle is large and most sessions never import BPMN, so it loads on first use.
 * A cancel cannot stop the work here, only discard its result.
 */
export const importInThread: BpmnImporter = async (input, name, signal) => {
  const reply = await (await import('./bpmnImportJob')).runBpmnImport(input, name);
  return signal?.aborted ? cancelled : reply;
};

/**
 * Imports in a worker of its own, so that a large or hostile file never freezes the window; the worker ends with
 * the import, taking the parsed document's memory with it; a cancel ends it at once. A worker that fails to start or
 * dies answers FW_INTERNAL.
 */
export const importInWorker: BpmnImporter = async (input, name, signal) => {
  if (signal?.aborted) return cancelled;
  const worker = new Worker(new URL('./bpmnImport.worker.ts', import.meta.url), {
    type: 'module',
    name: 'bpmn-import',
  });
  const remote = wrap<BpmnImportWorkerApi>(worker);
  try {
    return await new Promise<ImporterReply>((resolve) => {
      const failed = (message: string): void => resolve({ ok: false, code: 'FW_INTERNAL', message });
      signal?.addEventListener('abort', () => resolve(cancelled), { once: true });
      worker.onerror = (event) => {
        event.preventDefault();
        failed(event.message || 'the BPMN import worker could not be started');
      };
      remote
        .runBpmnImport(input, name)
        .then(resolve, (error: unknown) => failed(error instanceof Error ? error.message : String(error)));
    });
  } finally {
    remote[releaseProxy]();
    worker.terminate();
  }
};

const defaultImporter: BpmnImporter = (input, name, signal) =>
  (typeof Worker === 'function' ? importInWorker : importInThread)(input, name, signal);

/**
 * Reads a BPMN file as a map, from its bytes where the platform has them (so that its declared encoding is
 * honoured), off the main thread in the app. A file that cannot be imported gives the catalogue's reason and the
 * importer's message, which names the line and column of broken XML; nothing of it is kept, nor of a cancelled one.
 */
export async function readBpmnFile(
  file: OpenedFile,
  { importer = defaultImporter, signal }: { importer?: BpmnImporter; signal?: AbortSignal } = {},
): Promise<BpmnFileImport> {
  const stem = file.name.replace(/\.[^.]+$/, '').trim();
  const reply = await importer(file.bytes ?? file.text, stem || undefined, signal);
  if (reply.ok) return { ok: true, model: reply.model, warnings: reply.warnings.map((w) => w.message) };
  if ('cancelled' in reply)
    return { ok: false, cancelled: true, title: `The import of "${file.name}" was cancelled.`, problems: [] };
  return {
    ok: false,
    title: `"${file.name}" was not imported. ${errorCatalogue[reply.code]}`,
    problems: [`${reply.code}: ${reply.message}`],
  };
}
