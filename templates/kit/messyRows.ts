import type { FindingKind } from '../../shared/data/quality';
import type { RecordRandom } from './recordRandom';

/** One record as written to the CSV file, by column. */
export type CsvRow = Record<string, string | number | boolean>;

type CellDefectKind = 'missing-required' | 'wrong-type' | 'not-in-enum' | 'rule-failed' | 'unparseable-date';

/** A kind of mistake planted on purpose in `count` records, the kind the data-quality report must find. */
export type DefectPlan =
  | {
      kind: CellDefectKind;
      field: string;
      count: number;
      value: (row: CsvRow, random: RecordRandom) => string | number;
    }
  | { kind: 'duplicate-key' | 'empty-row'; count: number };

/** Where a planted mistake ended up: its CSV row number (the header is row 1) and the finding it should cause. */
export interface PlantedDefect {
  row: number;
  kind: FindingKind;
  field: string | null;
}

export const missingValue = (field: string, count: number): DefectPlan => ({
  kind: 'missing-required',
  field,
  count,
  value: () => '',
});

export const wrongType = (field: string, count: number, values: readonly string[]): DefectPlan => ({
  kind: 'wrong-type',
  field,
  count,
  value: (_row, random) => random.pick(values),
});

export const unknownValue = (field: string, count: number, values: readonly string[]): DefectPlan => ({
  kind: 'not-in-enum',
  field,
  count,
  value: (_row, random) => random.pick(values),
});

/** A value that breaks the field's validation rule, e.g. a negative amount. */
export const breaksRule = (field: string, count: number, value: (row: CsvRow) => string | number): DefectPlan => ({
  kind: 'rule-failed',
  field,
  count,
  value,
});

/** The record's own number with a minus sign, which breaks a rule such as `amount > 0`. */
export const negative = (field: string, count: number): DefectPlan =>
  breaksRule(field, count, (row) => `-${row[field]}`);

/** An ISO timestamp moved to a day that does not exist (30 February, 31 April, ...), time and offset kept. */
export const impossibleDate = (field: string, count: number): DefectPlan => ({
  kind: 'unparseable-date',
  field,
  count,
  value: (row, random) =>
    String(row[field]).replace(/-\d\d-\d\d/, random.pick(['-02-30', '-02-31', '-04-31', '-06-31'])),
});

/** Records exported twice: an exact copy a few rows after the first. */
export const duplicates = (count: number): DefectPlan => ({ kind: 'duplicate-key', count });

/** A row with every cell empty, as spreadsheets leave them. */
export const emptyRows = (count: number): DefectPlan => ({ kind: 'empty-row', count });

interface Placed {
  row: CsvRow;
  defect: { kind: FindingKind; field: string | null } | null;
}

/**
 * Plants the planned mistakes in distinct records chosen at random (never the first, so that a preview starts
 * clean) and says where each one is. A record gets at most one mistake, so each causes exactly one finding.
 */
export function plantDefects(
  clean: readonly CsvRow[],
  plans: readonly DefectPlan[],
  columns: readonly string[],
  random: RecordRandom,
): { rows: CsvRow[]; planted: PlantedDefect[] } {
  const placed: Placed[] = clean.map((row) => ({ row: { ...row }, defect: null }));
  const untouched = random.shuffled(placed.slice(1));
  const inserted = new Map<Placed, Placed[]>();
  const insertAfter = (anchor: Placed, extra: Placed) => inserted.set(anchor, [...(inserted.get(anchor) ?? []), extra]);
  for (const plan of plans)
    for (let i = 0; i < plan.count; i++) {
      const target = untouched.pop();
      if (!target) throw new Error(`too few records for the planned mistakes (${plan.kind})`);
      if (!('field' in plan)) {
        // The target stays clean: it is the first of a pair, or just marks where the empty row goes.
        const copy: Placed =
          plan.kind === 'duplicate-key'
            ? { row: { ...target.row }, defect: { kind: 'duplicate-key', field: null } }
            : { row: Object.fromEntries(columns.map((c) => [c, ''])), defect: { kind: 'empty-row', field: null } };
        const index = placed.indexOf(target);
        insertAfter(placed[Math.min(placed.length - 1, index + random.int(0, 12))], copy);
      } else {
        target.row[plan.field] = plan.value(target.row, random);
        target.defect = { kind: plan.kind, field: plan.field };
      }
    }
  const ordered = placed.flatMap((entry) => [entry, ...(inserted.get(entry) ?? [])]);
  const planted = ordered.flatMap(({ defect }, i) => (defect ? [{ row: i + 2, ...defect }] : []));
  return { rows: ordered.map((entry) => entry.row), planted };
}
