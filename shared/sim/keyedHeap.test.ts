import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { KeyedHeap } from './keyedHeap';

describe('KeyedHeap', () => {
  it.each([false, true])(
    'pops by key1, then key2, then insertion order (newest first when lastFirst = %s), across pushes and pops',
    (lastFirst) => {
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 })), fc.constant(null)),
            { maxLength: 300 },
          ),
          (ops) => {
            const heap = new KeyedHeap(lastFirst);
            const model: Array<[number, number, number]> = [];
            let order = 0;
            for (const op of ops) {
              if (op === null) {
                model.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (lastFirst ? b[2] - a[2] : a[2] - b[2]));
                const expected = model.shift();
                expect(heap.pop()).toBe(expected !== undefined);
                if (expected) expect([heap.topKey1, heap.topA]).toEqual([expected[0], expected[2]]);
              } else {
                heap.push(op[0], op[1], order, 0, 0, 0);
                model.push([op[0], op[1], order++]);
              }
              expect(heap.size).toBe(model.length);
            }
          },
        ),
        { numRuns: 300, seed: 7 },
      );
    },
  );
});
