import type { DataField } from '../model/schema';
import { parseDate, type DateOrder } from './dates';
import { parseNumber, type DecimalSeparator } from './numbers';
import { isBlank, type RawValue } from './table';

/** How a column writes numbers and dates, decided by inference or chosen by the user. */
export interface ColumnFormat {
  decimal: DecimalSeparator;
  dateOrder: DateOrder;
}

export const defaultFormat: ColumnFormat = { decimal: '.', dateOrder: 'dmy' };

const trueWords = new Set(['true', 'yes', 'y', 't', '1', 'ja', 'oui', 'wahr']);
const falseWords = new Set(['false', 'no', 'n', 'f', '0', 'nein', 'non', 'falsch']);

/** true/false for yes/no words (English, German, French; any case) and 1/0; null for anything else. */
export function parseBoolean(text: string): boolean | null {
  const trimmed = text.trim();
  if (trimmed.length > 6) return null; // longer than any yes/no word: spare the lower-casing
  const word = trimmed.toLowerCase();
  if (trueWords.has(word)) return true;
  if (falseWords.has(word)) return false;
  return null;
}

export type ConversionProblem = 'wrong-type' | 'unparseable-date' | 'not-in-enum';

/** A cell as the field's type: the value, or why not (the caller keeps the raw text then). */
export type Conversion = { ok: true; value: unknown } | { ok: false; problem: ConversionProblem; message: string };

const describe = (raw: RawValue) => JSON.stringify(typeof raw === 'string' ? raw.trim() : raw);

function enumProblem(field: DataField, text: string): Conversion {
  const values = field.values ?? [];
  const sameButCase = values.find((value) => value.toLowerCase() === text.toLowerCase());
  const hint = sameButCase ? `; did you mean "${sameButCase}"?` : '';
  return {
    ok: false,
    problem: 'not-in-enum',
    message: `${field.name} is "${text}", not one of ${values.join(', ')}${hint}`,
  };
}

/** Converts one cell to a field's type without guessing: empty is null, anything unconvertible is a problem. */
export function convertCell(raw: RawValue, field: DataField, format: ColumnFormat): Conversion {
  if (isBlank(raw)) return { ok: true, value: null };
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  switch (field.type) {
    case 'number': {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseNumber(text, format.decimal) : null;
      if (value !== null) return { ok: true, value };
      return { ok: false, problem: 'wrong-type', message: `${field.name} is ${describe(raw)}, not a number` };
    }
    case 'boolean': {
      const value = typeof raw === 'boolean' ? raw : parseBoolean(text);
      if (value !== null) return { ok: true, value };
      return {
        ok: false,
        problem: 'wrong-type',
        message: `${field.name} is ${describe(raw)}, not yes/no (true/false)`,
      };
    }
    case 'date': {
      const value = typeof raw === 'string' ? parseDate(text, format.dateOrder) : null;
      if (value !== null) return { ok: true, value };
      const layout = format.dateOrder === 'dmy' ? 'day/month/year' : 'month/day/year';
      return {
        ok: false,
        problem: 'unparseable-date',
        message: `${field.name} is ${describe(raw)}, not a date (ISO 8601 or ${layout})`,
      };
    }
    case 'enum':
      if (!field.values?.length || field.values.includes(text)) return { ok: true, value: text };
      return enumProblem(field, text);
    default:
      return { ok: true, value: typeof raw === 'string' ? raw : text };
  }
}
