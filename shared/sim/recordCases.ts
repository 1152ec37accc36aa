import { FlowwrightError } from '../model';
import type { CaseRecord } from '../data';
import type { CaseDataSource, CaseInput, RecordOrder, SkippedRecord } from './types';

const week = 7 * 86400;

/** Records turned into the run's cases: the source the engine reads, how many cases, and the records left out. */
export interface RecordCases {
  source: CaseDataSource;
  cases: number;
  order: Exclude<RecordOrder, 'auto'>;
  skipped: SkippedRecord[];
}

const inputOf = (record: CaseRecord): CaseInput => ({
  record: record.values,
  label: `row ${record.row}`,
  row: record.row,
  key: record.key,
});

/**
 * Replay: each record with an arrival time, earliest first (ties in file order). The timeline keeps the records'
 * gaps and is moved by whole weeks so that the first record falls in the week from the start: weekday and time of
 * day stay as recorded, so calendars see the same pattern (and with startAt in the first record's week, nothing moves).
 */
function replay(records: readonly CaseRecord[], requested: number | undefined, startEpoch: number): RecordCases {
  const timed = records.filter((r) => r.arrival !== null && Number.isFinite(r.arrival));
  const skipped = records
    .filter((r) => r.arrival === null || !Number.isFinite(r.arrival))
    .map((r) => ({
      row: r.row,
      key: r.key,
      message: 'the record has no readable arrival time, so it was not replayed',
    }));
  if (timed.length === 0)
    throw new FlowwrightError('FW_SIM_RECORDS', 'no record has an arrival time, so there is nothing to replay');
  if (requested !== undefined && requested > timed.length)
    throw new FlowwrightError(
      'FW_SIM_RECORDS',
      `replay runs each record once at its own time: ${requested} cases were asked for, but ${timed.length} records have an arrival time`,
    );
  const sorted = timed
    .map((record, i) => ({ record, i }))
    .sort((a, b) => a.record.arrival! - b.record.arrival! || a.i - b.i)
    .map((e) => e.record);
  const first = sorted[0].arrival!;
  const shift = Math.ceil((startEpoch - first) / week) * week - startEpoch;
  const inputs = sorted.map(inputOf);
  return {
    source: { caseAt: (index) => inputs[index], arrivalAt: (index) => sorted[index].arrival! + shift },
    cases: requested ?? sorted.length,
    order: 'replay',
    skipped,
  };
}

/**
 * How records become cases (docs/simulation.md, "Simulating against records"): replay at the records' own times,
 * each record once in file order, or a bootstrap that draws a record with replacement for every case from the
 * replication's data stream (so that the same seed draws the same records).
 */
export function recordCases(
  records: readonly CaseRecord[],
  order: RecordOrder,
  requested: number | undefined,
  startEpoch: number,
): RecordCases {
  if (records.length === 0) throw new FlowwrightError('FW_SIM_RECORDS', 'the data holds no records to make cases from');
  if (order === 'replay' || (order === 'auto' && records.some((r) => r.arrival !== null)))
    return replay(records, requested, startEpoch);
  const cases = requested ?? records.length;
  if (order === 'file' && cases > records.length)
    throw new FlowwrightError(
      'FW_SIM_RECORDS',
      `file order runs each record once: ${cases} cases were asked for, but there are ${records.length} records`,
    );
  if (order === 'bootstrap' || cases > records.length) {
    const n = records.length;
    const source: CaseDataSource = {
      caseAt: (index, uniform) => {
        const record = records[Math.min(n - 1, Math.floor(uniform() * n))];
        return {
          record: record.values,
          label: `case-${index + 1} (row ${record.row})`,
          row: record.row,
          key: record.key,
        };
      },
    };
    return { source, cases, order: 'bootstrap', skipped: [] };
  }
  const inputs = records.map(inputOf);
  return { source: { caseAt: (index) => inputs[index] }, cases, order: 'file', skipped: [] };
}
