import { describe, expect, it } from 'vitest';
import { FlowwrightError } from './errors';
import { applyPatch } from './patch';
import { parsePointer, pointer, pointerParent } from './pointer';
import { processSchema } from './schema';

const refuse = (reason: string): never => {
  throw new FlowwrightError('FW_MODEL_PATCH', reason);
};

describe('JSON pointers', () => {
  it('unescapes ~1 and ~0 in that order (RFC 6901)', () => {
    expect(parsePointer('/a~1b/m~0n/~01')).toEqual(['a/b', 'm~n', '~1']);
    expect(parsePointer(pointer('a/b', '~1'))).toEqual(['a/b', '~1']);
    expect(parsePointer('/')).toEqual(['']);
  });

  it('refuses a ~ not followed by 0 or 1', () => {
    expect(() => parsePointer('/a~2')).toThrow(/must be followed by 0 or 1/);
  });

  it.each(['/__proto__/polluted', '/nodes/0/constructor/prototype/polluted', '/extensions/prototype', '/x/__proto__'])(
    'refuses %s with the code it is given',
    (path) => {
      expect(() => parsePointer(path, 'FW_SIM_BAD_OVERRIDE')).toThrow(
        expect.objectContaining({ code: 'FW_SIM_BAD_OVERRIDE', message: expect.stringMatching(/is not allowed/) }),
      );
    },
  );

  it('refuses the names also when escaped, as they mean the same key', () => {
    expect(() => parsePointer('/~0x/__proto__')).toThrow(/__proto__/);
    expect(() => parsePointer('/a/constructor')).toThrow(/constructor/);
  });

  it('walks own keys only, never inherited ones', () => {
    const document = { a: { b: 1 }, list: [{ c: 2 }] };
    expect(pointerParent(document, ['a', 'b'], refuse)).toBe(document.a);
    expect(pointerParent(document, ['list', '0', 'c'], refuse)).toBe(document.list[0]);
    expect(() => pointerParent(document, ['toString', 'x'], refuse)).toThrow(/no "toString"/);
    expect(() => pointerParent(document, ['hasOwnProperty', 'x'], refuse)).toThrow(/no "hasOwnProperty"/);
    expect(() => pointerParent(document, ['list', '1', 'c'], refuse)).toThrow(/past the end/);
    expect(() => pointerParent(document, ['a', 'b', 'c'], refuse)).toThrow(/not an object/);
  });

  it('leaves Object.prototype alone whatever a patch tries', () => {
    const model = processSchema.parse({
      format: 'flowwright.process',
      schemaVersion: 1,
      id: 'm',
      nodes: [],
      flows: [],
    });
    for (const path of ['/__proto__/polluted', '/extensions/__proto__/polluted', '/constructor/prototype/polluted'])
      expect(() => applyPatch(model, [{ op: 'add', path, value: 'yes' }])).toThrow(
        expect.objectContaining({ code: 'FW_MODEL_PATCH' }),
      );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
