import type { EventLog } from '../../../shared/log';
import type { ProcessModel } from '../../../shared/model';
import { simulate } from '../../../shared/sim';
import { CsvEventLog, importCsvLog } from '../../../shared/io/eventLog';

/** A map simulated into a CSV event log and read back as an import would: the calibration tests' known truth. */
export function simulatedLog(model: ProcessModel, cases: number, seed = 7): EventLog {
  const writer = new CsvEventLog();
  simulate(model, { cases, replications: 1, seed, eventLog: (row) => writer.add(row) });
  return importCsvLog(writer.text(), {
    caseId: 'case_id',
    activity: 'activity',
    start: 'start',
    timestamp: 'end',
    resource: 'resource',
  });
}
