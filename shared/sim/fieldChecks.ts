import type { DataField } from '../model';
import { compileExpression, type CompiledExpression, type Variables } from '../expr';
import { isYearFirstDate, parseDate } from '../data/dates';

/** One field a task requires, compiled once: its definition (null when the map does not declare it) and rule. */
export interface FieldCheck {
  name: string;
  field: DataField | null;
  rule: CompiledExpression | null;
}

/** Why a record fails a task's check: the kind, the message of its group, and the message with the value. */
export interface FieldProblem {
  kind: 'missing-field' | 'invalid-field';
  message: string;
  detail: string;
}

/** The checks of a task's requiredFields; a rule that does not parse is left out (checkRunnable refuses the map). */
export function fieldChecks(required: readonly string[] | undefined, fields: readonly DataField[]): FieldCheck[] {
  if (!required?.length) return [];
  const names = fields.map((f) => f.name);
  return required.map((name) => {
    const field = fields.find((f) => f.name === name) ?? null;
    const compiled = field?.validation?.trim() ? compileExpression(field.validation, names) : null;
    return { name, field, rule: compiled?.ok ? compiled.expression : null };
  });
}

/** A value as messages show it: numbers and booleans as they are, text in quotes. */
export function shownValue(value: unknown): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** What the value should have been, when it is not of the field's type (a cell that did not convert keeps its text). */
function typeExpected(field: DataField, value: unknown): string | null {
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'yes/no (true/false)';
    case 'date':
      // Converted dates are ISO text, year first; anything else stayed as read.
      return typeof value === 'string' && isYearFirstDate(value) && parseDate(value, 'dmy') !== null ? null : 'a date';
    case 'enum':
      return !field.values?.length || field.values.includes(String(value)) ? null : `one of ${field.values.join(', ')}`;
    default:
      return null;
  }
}

/** The first thing wrong with one required field of a record: empty, not of its type, or failing its rule. */
export function fieldProblem(check: FieldCheck, record: Variables): FieldProblem | null {
  const { name, field, rule } = check;
  const value = record[name];
  if (isEmpty(value)) return { kind: 'missing-field', message: `${name} is empty`, detail: `${name} is empty` };
  if (field === null) return null;
  const expected = typeExpected(field, value);
  if (expected !== null)
    return {
      kind: 'invalid-field',
      message: `${name} is not ${expected}`,
      detail: `${name} is ${shownValue(value)}, not ${expected}`,
    };
  if (rule !== null && !rule.isTrue(record))
    return {
      kind: 'invalid-field',
      message: `${name} fails ${rule.source}`,
      detail: `${name} = ${shownValue(value)} fails ${rule.source}`,
    };
  return null;
}
