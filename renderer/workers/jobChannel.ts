import { FlowwrightError, type ErrorCode } from '../../shared/model';
import type { Parsed } from './workerMessages';

/** What a client needs from a worker; injected so that tests can run the host in the same thread. */
export interface JobWorker<Request> {
  post(message: Request): void;
  terminate(): void;
}
export type StartJobWorker<Request> = (
  onMessage: (data: unknown) => void,
  onFailure: (message: string) => void,
) => JobWorker<Request>;

/** Wraps a started Web Worker (created where Vite can see its module) for a job channel. */
export function jobWorker<Request>(
  worker: Worker,
  onMessage: (data: unknown) => void,
  onFailure: (message: string) => void,
  what: string,
): JobWorker<Request> {
  worker.onmessage = (event) => onMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure(event.message || `the ${what} could not be started`);
  };
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
}

/**
 * Messages back from a worker: each names its job; `progress` ones come before the job's one reply, and a reply of
 * type `error` carries a code and a message.
 */
type JobMessage = { jobId: number; type: string };
type ErrorReply = { code: ErrorCode; message: string };

/**
 * Requests to a worker, one promise per job, answered by the job's reply; its progress messages go to the job's
 * listener. A failed worker (or a message not understood) rejects what is pending, and is started again on the next
 * request. `what` names the worker in errors ("the log worker").
 */
export function createJobChannel<Request extends { jobId: number }, Message extends JobMessage>(
  what: string,
  startWorker: StartJobWorker<Request>,
  parse: (data: unknown) => Parsed<Message>,
) {
  type Progress = Extract<Message, { type: 'progress' }>;
  let worker: JobWorker<Request> | null = null;
  let lastJob = 0;
  const pending = new Map<
    number,
    { resolve(message: Message): void; reject(error: Error): void; onProgress?: (progress: Progress) => void }
  >();

  function rejectAll(message: string): void {
    worker?.terminate();
    worker = null;
    for (const job of pending.values()) job.reject(new FlowwrightError('FW_INTERNAL', message));
    pending.clear();
  }

  function receive(data: unknown): void {
    const parsed = parse(data);
    if (!parsed.ok) return rejectAll(`${what} sent a message that is not understood (${parsed.error})`);
    const message = parsed.value;
    const job = pending.get(message.jobId);
    if (!job) return;
    if (message.type === 'progress') return job.onProgress?.(message as Progress);
    pending.delete(message.jobId);
    if (message.type === 'error') {
      const failure = message as unknown as ErrorReply;
      job.reject(new FlowwrightError(failure.code, failure.message));
    } else job.resolve(message);
  }

  return {
    /** A new job's id. */
    nextJob: (): number => ++lastJob,
    /** Sends a request and resolves with its job's reply (an error reply rejects). */
    send(request: Request, onProgress?: (progress: Progress) => void): Promise<Message> {
      worker ??= startWorker(receive, rejectAll);
      return new Promise((resolve, reject) => {
        pending.set(request.jobId, { resolve, reject, onProgress });
        worker!.post(request);
      });
    },
    /** Posts a message that has no reply of its own (a cancel), to the worker if it runs. */
    post(request: Request): void {
      worker?.post(request);
    },
    /** Stops the worker; what is pending is rejected with `reason`. */
    stop(reason: string): void {
      rejectAll(reason);
    },
  };
}
