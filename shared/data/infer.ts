import type { DataField } from '../model/schema';
import { defaultFormat, parseBoolean, type ColumnFormat } from './convert';
import { dateOrderEvidence, isYearFirstDate, parseDate, type DateOrder } from './dates';
import { decimalEvidence, hasLeadingZero, parseNumber, type DecimalSeparator } from './numbers';
import { cellAt, isBlank, type RawTable, type RawValue } from './table';

export type FieldType = DataField['type'];

/** What inference found in one column: the suggested type, how its values are written, and any doubt. */
export interface ColumnProfile {
  column: string;
  type: FieldType;
  /** The distinct values, sorted, when the type is enum. */
  values?: string[];
  format: ColumnFormat;
  /** Non-empty values, distinct non-empty values, and non-empty values that do not fit the type. */
  filled: number;
  distinct: number;
  mismatches: number;
  /** True when every date reads both as day/month and as month/day: the order shown is a default. */
  ambiguousDateOrder: boolean;
  /** Doubts and decisions in words, for the mapping screen. */
  notes: string[];
}

export interface InferOptions {
  /** The decimal mark when values do not show it; default ',' for semicolon-separated files, else '.'. */
  decimal?: DecimalSeparator;
}

/** Share of non-empty values a type must fit; the rest are reported as wrong by the quality report. */
const fitShare = 0.8;
/** Enum when at most this many distinct values, each seen twice on average. */
const maxEnumValues = 12;
const typeNames: Record<FieldType, string> = {
  text: 'text',
  number: 'numbers',
  boolean: 'yes/no values',
  date: 'dates',
  enum: 'listed values',
};

function chooseDecimal(texts: readonly string[], fallback: DecimalSeparator): DecimalSeparator {
  let point = 0;
  let comma = 0;
  for (const text of texts) {
    const evidence = decimalEvidence(text);
    if (evidence === '.') point++;
    else if (evidence === ',') comma++;
  }
  return point === comma ? fallback : point > comma ? '.' : ',';
}

function chooseDateOrder(texts: readonly string[]): { order: DateOrder; ambiguous: boolean; dmy: number; mdy: number } {
  let dmy = 0;
  let mdy = 0;
  let either = 0;
  for (const text of texts) {
    const evidence = dateOrderEvidence(text);
    if (evidence === 'dmy') dmy++;
    else if (evidence === 'mdy') mdy++;
    else if (evidence === 'either') either++;
  }
  return { order: mdy > dmy ? 'mdy' : 'dmy', ambiguous: dmy === 0 && mdy === 0 && either > 0, dmy, mdy };
}

/** How many values fit, counted until the misses make the share out of reach (then the count is below `needed`). */
function countFits(values: readonly RawValue[], needed: number, fits: (value: RawValue) => boolean): number {
  const allowedMisses = values.length - needed;
  let count = 0;
  let misses = 0;
  for (const value of values) {
    if (fits(value)) count++;
    else if (++misses > allowedMisses) break;
  }
  return count;
}

const isZeroOne = (value: RawValue) => typeof value !== 'boolean' && /^[01]$/.test(String(value).trim());

function profileColumn(column: string, values: readonly RawValue[], fallbackDecimal: DecimalSeparator): ColumnProfile {
  const texts: string[] = [];
  for (const value of values) if (typeof value === 'string') texts.push(value.trim());
  const distinctValues = new Set<string>(texts);
  for (const value of values) if (typeof value !== 'string') distinctValues.add(String(value));
  const dates = chooseDateOrder(texts);
  const format: ColumnFormat = { decimal: chooseDecimal(texts, fallbackDecimal), dateOrder: dates.order };
  const profile = (type: FieldType, fit: number, notes: string[] = []): ColumnProfile => {
    const mismatches = values.length - fit;
    if (mismatches > 0) notes.push(`${mismatches} of ${values.length} values are not ${typeNames[type]}`);
    return {
      column,
      type,
      format,
      filled: values.length,
      distinct: distinctValues.size,
      mismatches,
      ambiguousDateOrder: type === 'date' && dates.ambiguous,
      notes,
    };
  };
  if (values.length === 0) return profile('text', 0, ['the column is empty']);
  const needed = Math.ceil(fitShare * values.length);

  const booleanFit = countFits(
    values,
    needed,
    (v) => typeof v === 'boolean' || (typeof v === 'string' && parseBoolean(v) !== null),
  );
  if (booleanFit >= needed && !values.every(isZeroOne)) return profile('boolean', booleanFit);

  const numberFit = countFits(
    values,
    needed,
    (v) => typeof v === 'number' || (typeof v === 'string' && parseNumber(v, format.decimal) !== null),
  );
  const leadingZeros = numberFit >= needed && texts.some(hasLeadingZero);
  if (numberFit >= needed && !leadingZeros) {
    const notes = texts.some((text) => /[.,]/.test(text)) ? [`decimal mark "${format.decimal}"`] : [];
    return profile('number', numberFit, notes);
  }

  const dateFit = countFits(values, needed, (v) => typeof v === 'string' && parseDate(v, dates.order) !== null);
  if (dateFit >= needed) {
    const notes: string[] = [];
    const layout = dates.order === 'dmy' ? 'day/month/year' : 'month/day/year';
    if (dates.ambiguous)
      notes.push(
        `every date reads as day/month and as month/day: read as ${layout}; choose the order if that is wrong`,
      );
    else if (dates.dmy > 0 && dates.mdy > 0)
      notes.push(`dates are mixed: ${dates.dmy} can only be day/month, ${dates.mdy} only month/day; read as ${layout}`);
    else if (dates.dmy + dates.mdy > 0) notes.push(`read as ${layout}`);
    else if (!texts.every(isYearFirstDate)) notes.push('some dates are not ISO 8601');
    return profile('date', dateFit, notes);
  }

  if (distinctValues.size <= maxEnumValues && distinctValues.size * 2 <= values.length)
    return { ...profile('enum', values.length), values: [...distinctValues].sort() };
  return profile(
    'text',
    values.length,
    leadingZeros ? ['values have leading zeros (codes, not numbers): kept as text'] : [],
  );
}

/** Suggests a type and format for every column from all of its values. */
export function inferColumns(table: RawTable, options: InferOptions = {}): ColumnProfile[] {
  const fallbackDecimal = options.decimal ?? (table.source.delimiter === ';' ? ',' : defaultFormat.decimal);
  return table.columns.map((column, index) => {
    const values: RawValue[] = [];
    for (const row of table.rows) {
      const value = cellAt(row, index);
      if (!isBlank(value)) values.push(value);
    }
    return profileColumn(column, values, fallbackDecimal);
  });
}
