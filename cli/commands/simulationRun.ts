import { startSimulation, type SimulationOptions, type SimulationReport } from '../../shared/sim';
import { CsvEventLog, XesEventLog, type EventLogWriter } from '../../shared/io/eventLog';
import { usageError } from '../io';
import type { OutputFile } from '../outputFile';

/** Events the engine runs between two looks at the log file's backlog and the progress bar. */
const sliceEvents = 16_384;

/** The log writer a file name asks for (.csv or .xes), writing into `sink`. */
export function eventLogFor(path: string, logName: string, sink: (text: string) => void): EventLogWriter {
  if (/\.csv$/i.test(path)) return new CsvEventLog(sink);
  if (/\.xes$/i.test(path)) return new XesEventLog(logName, sink);
  throw usageError(`--log must name a .csv or .xes file, got ${path}`);
}

/** Refuses a --log name that is neither .csv nor .xes, before any work is done. */
export function checkLogName(path: string): void {
  eventLogFor(path, '', () => undefined);
}

/** Where a run's event log goes: the format named by `path`, streamed into `output`. */
export interface LogTarget {
  path: string;
  logName: string;
  output: OutputFile;
}

/**
 * Runs a simulation to its end, streaming the event log into its output as the engine goes: the engine pauses
 * whenever the disk falls behind, so memory stays flat however many cases run. The caller, who opened the output,
 * commits it after success or aborts it after a failure.
 */
export async function runSimulation(
  model: Parameters<typeof startSimulation>[0],
  options: Omit<SimulationOptions, 'eventLog' | 'onCaseEnd' | 'onProgress' | 'shouldCancel'>,
  log?: LogTarget,
  onProgress?: (fraction: number) => void,
): Promise<SimulationReport> {
  const writer = log && eventLogFor(log.path, log.logName, (text) => void log.output.write(text));
  const run = startSimulation(model, {
    ...options,
    eventLog: writer && ((row) => writer.add(row)),
    onCaseEnd: writer && ((caseId) => writer.caseEnded(caseId)),
  });
  while (!run.advance(sliceEvents)) {
    onProgress?.(run.progress);
    if (log) await log.output.drain();
  }
  onProgress?.(1);
  writer?.end();
  return run.report();
}
