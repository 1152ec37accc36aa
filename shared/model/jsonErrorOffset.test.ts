import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from './jsonErrorOffset';

describe('jsonErrorOffset', () => {
  it('returns -1 for valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\"y"]} ', '"s"', '0'])
      expect(jsonErrorOffset(text), text).toBe(-1);
  });

  it('points at the first wrong character', () => {
    expect(jsonErrorOffset('{"a": [,]}')).toBe(7);
    expect(jsonErrorOffset('{"a": 1 "b": 2}')).toBe(8);
    expect(jsonErrorOffset("{'a': 1}")).toBe(1);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": 1}}')).toBe(8);
    expect(jsonErrorOffset('{"a": "open')).toBe(11);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{"a":1,}', '[1 2]', '{"a"}', '01', '{"a":"\n"}']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(jsonErrorOffset(text), text).toBeGreaterThanOrEqual(0);
    }
  });

  it('turns an offset into line and column', () => {
    expect(lineAndColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
  });
});
