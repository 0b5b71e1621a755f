import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordCharacters, shardsOf } from '../../../src/lib/search/shards.ts';

describe('shardsOf', () => {
  it('keeps every item once, in order, in non-empty groups within the budget', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 1, max: 120 }), (sizes, budget) => {
        const shards = shardsOf(sizes, (s) => s, budget);
        expect(shards.flat()).toEqual(sizes);
        for (const shard of shards) {
          expect(shard.length).toBeGreaterThan(0);
          // Only a lone item may exceed the budget.
          if (shard.length > 1) expect(shard.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
        }
        // Greedy: no shard could have taken the next shard's first item.
        for (let k = 0; k + 1 < shards.length; k++) {
          expect(shards[k].reduce((a, b) => a + b, 0) + shards[k + 1][0]).toBeGreaterThan(budget);
        }
      }),
    );
  });

  it('gives an oversized item a shard of its own', () => {
    expect(shardsOf([3, 40, 3, 3], (s) => s, 10)).toEqual([[3], [40], [3, 3]]);
  });

  it('refuses a budget that is not positive', () => {
    expect(() => shardsOf([1], (s) => s, 0)).toThrow(RangeError);
  });
});

describe('recordCharacters', () => {
  it('counts the title and the text, the characters Pagefind receives as words', () => {
    expect(recordCharacters({ title: '一、总结', text: '医共体建设。' })).toBe(10);
  });
});
