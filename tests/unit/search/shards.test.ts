import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordCharacters, shardLanguage, shardsOf } from '../../../src/lib/search/shards.ts';

describe('shardsOf', () => {
  it('keeps every item once, in order, in non-empty groups within the budget', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 1, max: 120 }), async (sizes, budget) => {
        const shards = await Array.fromAsync(shardsOf(sizes, (s) => s, budget));
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

  it('gives an oversized item a shard of its own', async () => {
    expect(await Array.fromAsync(shardsOf([3, 40, 3, 3], (s) => s, 10))).toEqual([[3], [40], [3, 3]]);
  });

  it('cuts a stream as it comes, a group handed out before the next items are read', async () => {
    let read = 0;
    async function* stream() {
      for (const s of [4, 4, 4, 4]) {
        read++;
        yield s;
      }
    }
    const groups = shardsOf(stream(), (s) => s, 8);
    expect((await groups.next()).value).toEqual([4, 4]);
    // The third item closed the first group; the fourth is not read yet.
    expect(read).toBe(3);
    expect(await Array.fromAsync(groups)).toEqual([[4, 4]]);
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

describe('shardLanguage', () => {
  it('gives each of 520 shards its own private-use language code (qaa–qtz), and no more', () => {
    const codes = Array.from({ length: 520 }, (_, k) => shardLanguage(k));
    expect(new Set(codes).size).toBe(520);
    for (const code of codes) expect(code).toMatch(/^q[a-t][a-z]$/);
    expect([codes[0], codes[1], codes[26], codes[519]]).toEqual(['qaa', 'qab', 'qba', 'qtz']);
    expect(() => shardLanguage(520)).toThrow(RangeError);
    expect(() => shardLanguage(-1)).toThrow(RangeError);
  });
});
