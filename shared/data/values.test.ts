import { describe, expect, it } from 'vitest';
import type { DataField } from '../model/schema';
import { convertCell, parseBoolean } from './convert';
import { dateOrderEvidence, isoToEpochSeconds, parseDate } from './dates';
import { decimalEvidence, hasLeadingZero, parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['42', '.', 42],
    ['-3.5', '.', -3.5],
    ['+7', '.', 7],
    ['.5', '.', 0.5],
    ['1e3', '.', 1000],
    ['2.5E-2', '.', 0.025],
    ['1,234.56', '.', 1234.56],
    ['1,234,567', '.', 1234567],
    ["1'234.50", '.', 1234.5],
    ['1 234.5', '.', 1234.5],
    ['1.234,56', ',', 1234.56],
    ['3,5', ',', 3.5],
    ['-17,25', ',', -17.25],
    ['1 234 567,8', ',', 1234567.8],
    ['1\u00a0234,5', ',', 1234.5],
    ['  12  ', '.', 12],
  ] as const)('%j with decimal %j is %d', (text, decimal, expected) => {
    expect(parseNumber(text, decimal)).toBe(expected);
  });

  it.each([
    ['abc', '.'],
    ['', '.'],
    ['-', '.'],
    ['1,23.4', '.'],
    ['12,34', '.'],
    ['1.234.5', '.'],
    ['1,234 567', '.'],
    ['3.5', ','],
    ['1.2.3', ','],
    ['€12', '.'],
    ['12%', '.'],
  ] as const)('%j with decimal %j is not a number', (text, decimal) => {
    expect(parseNumber(text, decimal)).toBeNull();
  });

  it('tells which decimal mark a text proves', () => {
    expect(decimalEvidence('1.234,56')).toBe(',');
    expect(decimalEvidence('1,234.56')).toBe('.');
    expect(decimalEvidence('12,5')).toBe(',');
    expect(decimalEvidence('3.14159')).toBe('.');
    expect(decimalEvidence('1.234.567')).toBe(',');
    expect(decimalEvidence('1,234')).toBeNull();
    expect(decimalEvidence('42')).toBeNull();
  });

  it('spots leading zeros of codes', () => {
    expect(hasLeadingZero('0042')).toBe(true);
    expect(hasLeadingZero('0.5')).toBe(false);
    expect(hasLeadingZero('0')).toBe(false);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-03-04', 'dmy', '2025-03-04'],
    ['2025-3-4', 'mdy', '2025-03-04'],
    ['2019/11/03 01:11:19.000', 'dmy', '2019-11-03T01:11:19.000'],
    ['2010-12-30 14:32:00+01:00', 'dmy', '2010-12-30T14:32:00+01:00'],
    ['2025-03-04T14:30Z', 'dmy', '2025-03-04T14:30:00Z'],
    ['2025-03-04T14:30:00+0530', 'dmy', '2025-03-04T14:30:00+05:30'],
    ['04/03/2025', 'dmy', '2025-03-04'],
    ['04/03/2025', 'mdy', '2025-04-03'],
    ['4.3.2025', 'dmy', '2025-03-04'],
    ['04-03-2025 9:05', 'dmy', '2025-03-04T09:05:00'],
    ['3/4/2025 2:30 PM', 'mdy', '2025-03-04T14:30:00'],
    ['3/4/2025 12:10 am', 'mdy', '2025-03-04T00:10:00'],
    ['29.02.2024', 'dmy', '2024-02-29'],
  ] as const)('%j read as %s is %s', (text, order, expected) => {
    expect(parseDate(text, order)).toBe(expected);
  });

  it.each([
    '2025-02-30',
    '31.04.2025',
    '29.02.2025',
    '13/13/2025',
    '2025-03-04 24:00',
    '3/4/2025 13:00 PM',
    '04/03/25',
    'soon',
    '45720',
    '2025-03',
  ])('%j is not a date', (text) => {
    expect(parseDate(text, 'dmy')).toBeNull();
  });

  it('tells what a date says about the day/month order', () => {
    expect(dateOrderEvidence('13/04/2025')).toBe('dmy');
    expect(dateOrderEvidence('04/13/2025')).toBe('mdy');
    expect(dateOrderEvidence('04/03/2025')).toBe('either');
    expect(dateOrderEvidence('2025-03-04')).toBeNull();
  });

  it('turns ISO dates into seconds since 1970, reading no zone as UTC', () => {
    expect(isoToEpochSeconds('1970-01-02')).toBe(86400);
    expect(isoToEpochSeconds('2025-03-04T14:30:00Z')).toBe(Date.UTC(2025, 2, 4, 14, 30) / 1000);
    expect(isoToEpochSeconds('2025-03-04T14:30:00+01:00')).toBe(Date.UTC(2025, 2, 4, 13, 30) / 1000);
    expect(isoToEpochSeconds('2025-03-04T14:30:00-02:30')).toBe(Date.UTC(2025, 2, 4, 17, 0) / 1000);
    expect(isoToEpochSeconds('2025-03-04T14:30:00.250')).toBe(Date.UTC(2025, 2, 4, 14, 30) / 1000 + 0.25);
  });
});

describe('convertCell', () => {
  const field = (type: DataField['type'], extra: Partial<DataField> = {}): DataField => ({ name: 'f', type, ...extra });
  const format = { decimal: ',' as const, dateOrder: 'mdy' as const };

  it('reads yes/no words in any case', () => {
    expect(['Yes', 'TRUE', 'y', '1', 'ja', 'oui'].map(parseBoolean)).toEqual([true, true, true, true, true, true]);
    expect(['no', 'False', 'N', '0', 'nein', 'non'].map(parseBoolean)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(parseBoolean('maybe')).toBeNull();
  });

  it('converts by the column format and keeps typed values', () => {
    expect(convertCell('1.234,5', field('number'), format)).toEqual({ ok: true, value: 1234.5 });
    expect(convertCell(12, field('number'), format)).toEqual({ ok: true, value: 12 });
    expect(convertCell('04/13/2025', field('date'), format)).toEqual({ ok: true, value: '2025-04-13' });
    expect(convertCell(true, field('boolean'), format)).toEqual({ ok: true, value: true });
    expect(convertCell(' gold ', field('enum', { values: ['gold'] }), format)).toEqual({ ok: true, value: 'gold' });
    expect(convertCell('  as is ', field('text'), format)).toEqual({ ok: true, value: '  as is ' });
    expect(convertCell(7, field('text'), format)).toEqual({ ok: true, value: '7' });
  });

  it('reads empty as null', () => {
    for (const type of ['text', 'number', 'boolean', 'date', 'enum'] as const) {
      expect(convertCell('  ', field(type), format)).toEqual({ ok: true, value: null });
      expect(convertCell(null, field(type), format)).toEqual({ ok: true, value: null });
    }
  });

  it('says why a value does not convert', () => {
    expect(convertCell('abc', field('number'), format)).toMatchObject({
      ok: false,
      problem: 'wrong-type',
      message: 'f is "abc", not a number',
    });
    expect(convertCell(true, field('number'), format)).toMatchObject({ ok: false, problem: 'wrong-type' });
    expect(convertCell('maybe', field('boolean'), format)).toMatchObject({ ok: false, problem: 'wrong-type' });
    expect(convertCell('13/13/2025', field('date'), format)).toMatchObject({
      ok: false,
      problem: 'unparseable-date',
      message: 'f is "13/13/2025", not a date (ISO 8601 or month/day/year)',
    });
    expect(convertCell(45720, field('date'), format)).toMatchObject({ ok: false, problem: 'unparseable-date' });
    expect(convertCell('Gold', field('enum', { values: ['gold', 'silver'] }), format)).toEqual({
      ok: false,
      problem: 'not-in-enum',
      message: 'f is "Gold", not one of gold, silver; did you mean "gold"?',
    });
  });

  it('accepts any value for an enum that lists none', () => {
    expect(convertCell('x', field('enum'), format)).toEqual({ ok: true, value: 'x' });
  });
});
