/**
 * Search index shards. Pagefind holds every word of an index in memory until it writes the
 * index, and writing costs about half a kilobyte per word (each character of a record's text is
 * one word, text.ts): one index of 5,000 reports would need some 18 GB. The records are therefore
 * indexed as consecutive shards of a bounded number of characters, each written and released
 * before the next; the browser merges them (src/scripts/search/engine.ts). Build time only.
 */

/**
 * Characters of record text per shard by default, ~200 reports of the benchmark's corpus. Smaller
 * shards build faster and leaner, but every shard adds its own index chunk (~18 KB) to each term a
 * reader searches: at 1,000 reports, 750k-character shards (10) cost a first search 0.9–2.3 MB,
 * 1.5M (5) 0.68–1.3 MB, one index 0.56–0.69 MB; Pagefind needed 1.1, 2.1 and 4.4 GB to write them
 * (two shards at a time).
 */
export const SHARD_CHARACTERS = 1_500_000;

/** What a record costs in a shard: the characters Pagefind receives as words (title and text). */
export function recordCharacters(record: { title: string; text: string }): number {
  return record.title.length + record.text.length;
}

/**
 * Cuts `items` into consecutive groups of at most `budget` (by `size`), in order; an item larger
 * than the budget is a group of its own. Every item is in exactly one group; no group is empty.
 */
export function shardsOf<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  if (!(budget > 0)) throw new RangeError(`shard budget must be positive, got ${budget}`);
  const shards: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const cost = size(item);
    if (current.length > 0 && used + cost > budget) {
      shards.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += cost;
  }
  if (current.length > 0) shards.push(current);
  return shards;
}
