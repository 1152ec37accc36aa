import { describe, expect, it } from 'vitest';
import { parseJsonRecords } from './json';
import { codeOf } from './testSupport';

describe('parseJsonRecords', () => {
  it('reads an array of objects, columns in order of first appearance, values typed', () => {
    const table = parseJsonRecords(
      '[{"id":"a","amount":12.5},{"amount":3,"urgent":true,"id":"b"},{"id":"c","note":null}]',
    );
    expect(table.columns).toEqual(['id', 'amount', 'urgent', 'note']);
    expect(table.rows).toEqual([
      { row: 1, cells: ['a', 12.5] },
      { row: 2, cells: ['b', 3, true] },
      { row: 3, cells: ['c', null, null, null] },
    ]);
    expect(table.source).toEqual({ format: 'json' });
  });

  it('reads { "records": [...] } and bytes with a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"records":[{"x":1}]}');
    expect(parseJsonRecords(bytes).rows).toEqual([{ row: 1, cells: [1] }]);
  });

  it('keeps nested values as JSON text and reports them', () => {
    const table = parseJsonRecords('[{"id":1,"tags":["a","b"],"owner":{"name":"x"}}]');
    expect(table.rows[0].cells).toEqual([1, '["a","b"]', '{"name":"x"}']);
    expect(table.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ['nested-value', 1, 'tags'],
      ['nested-value', 1, 'owner'],
    ]);
  });

  it('reports items that are not objects, keeping the others with their positions', () => {
    const table = parseJsonRecords('[{"id":1}, 42, null, ["x"], {"id":5}]');
    expect(table.rows.map((row) => row.row)).toEqual([1, 5]);
    expect(table.issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['not-a-record', 2],
      ['not-a-record', 3],
      ['not-a-record', 4],
    ]);
    expect(table.issues[0].message).toBe('item 2 is the number 42, not an object; it is not a record');
  });

  it('refuses what is not records, with codes', () => {
    expect(codeOf(() => parseJsonRecords('{"id": 1,'))).toBe('FW_DATA_UNREADABLE');
    expect(codeOf(() => parseJsonRecords('{"id": 1}'))).toBe('FW_DATA_NOT_RECORDS');
    expect(codeOf(() => parseJsonRecords('"text"'))).toBe('FW_DATA_NOT_RECORDS');
    expect(codeOf(() => parseJsonRecords('[]'))).toBe('FW_DATA_EMPTY');
  });

  it('refuses 100,000-deep JSON with where it gets too deep, and keeps shallower nesting as text', () => {
    const deep = (depth: number) => `[{"id":1,"note":${'['.repeat(depth)}${']'.repeat(depth)}}]`;
    expect(() => parseJsonRecords(deep(100_000))).toThrow(
      expect.objectContaining({ code: 'FW_DATA_UNREADABLE', message: expect.stringMatching(/at line 1, column \d+/) }),
    );
    expect(parseJsonRecords(deep(900)).rows[0].cells[1]).toBe('['.repeat(900) + ']'.repeat(900));
  });
});
