import type { LogValue } from '../../log/eventLog';
import type { LogWarnings } from '../../log/logWarnings';
import { readIsoTime } from '../../log/timestamps';

/** The typed attribute elements of XES (IEEE 1849-2016 §6.2 and the 2.0 container). */
export const xesValueTypes = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);

/** Keys of the standard extensions and the type each must have, by prefix (IEEE 1849-2016 §7). */
export const standardExtensionKeys: Record<string, { name: string; keys: Record<string, string> }> = {
  concept: { name: 'Concept', keys: { name: 'string', instance: 'string' } },
  lifecycle: { name: 'Lifecycle', keys: { model: 'string', transition: 'string', state: 'string' } },
  org: { name: 'Organizational', keys: { resource: 'string', role: 'string', group: 'string' } },
  time: { name: 'Time', keys: { timestamp: 'date' } },
  semantic: { name: 'Semantic', keys: { modelReference: 'string' } },
  identity: { name: 'Identity', keys: { id: 'id' } },
  cost: {
    name: 'Cost',
    keys: { total: 'float', currency: 'string', amount: 'float', driver: 'string', type: 'string', drivers: 'list' },
  },
  micro: { name: 'Micro', keys: { level: 'int', parentId: 'id', length: 'int' } },
};

const intPattern = /^[+-]?\d+$/;
const floatPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^[+-]?INF$|^NaN$/;
const uuidPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function floatValue(text: string): number {
  const trimmed = text.trim();
  if (/INF$/.test(trimmed)) return trimmed.startsWith('-') ? -Infinity : Infinity;
  return Number(trimmed);
}

function badValue(type: string, key: string, text: string, line: number, warnings: LogWarnings, expected: string) {
  const message = `"${key}" values are not ${expected} (first "${text}"): they were kept as text`;
  warnings.add('FW_LOG_BAD_VALUE', message, line, { group: `${key}\u0000${type}` });
  return text;
}

/**
 * The value of a typed XES attribute: numbers for int and float, epoch milliseconds for dates, true/false for
 * booleans. A value that does not parse as its type is kept as its text and reported at its line.
 */
export function xesValue(type: string, key: string, text: string, line: number, warnings: LogWarnings): LogValue {
  const bad = (expected: string) => badValue(type, key, text, line, warnings, expected);
  if (type === 'string') return text;
  switch (type) {
    case 'int':
      return intPattern.test(text.trim()) ? Number(text) : bad('a whole number (int)');
    case 'float':
      return floatPattern.test(text.trim()) ? floatValue(text) : bad('a number (float)');
    case 'boolean': {
      const value = text.trim();
      if (value === 'true' || value === '1') return true;
      if (value === 'false' || value === '0') return false;
      return bad('true or false (boolean)');
    }
    case 'id':
      return uuidPattern.test(text.trim()) ? text.trim() : bad('an identifier (a UUID)');
    case 'date': {
      const read = readIsoTime(text);
      if (!read || text.includes('/')) return bad('a date and time (such as 2010-12-30T14:32:00+01:00)');
      if (!read.zoned)
        warnings.add('FW_LOG_NO_TIMEZONE', `dates of "${key}" have no time-zone offset: they were read as UTC`, line);
      return read.ms;
    }
    default:
      return text;
  }
}

/**
 * A time:timestamp written as a string (as logs converted from CSV often are): read as a date when it looks like
 * one, and reported either way.
 */
export function timestampFromText(text: string, line: number, warnings: LogWarnings): number | null {
  const read = readIsoTime(text);
  if (!read) {
    const message = `"time:timestamp" values are no date (first "${text}"): those events have no time`;
    warnings.add('FW_LOG_BAD_TIMESTAMP', message, line, { group: 'time:timestamp' });
    return null;
  }
  warnings.add(
    'FW_LOG_BAD_VALUE',
    'time:timestamp is stored as text (a string attribute), not as a date: it was read as a date' +
      (read.zoned ? '' : ' in UTC, as it names no time zone'),
    line,
  );
  return read.ms;
}
