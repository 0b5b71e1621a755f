/**
 * Search index shards. Pagefind holds every word of an index in memory until it writes the
 * index, and writing costs about half a kilobyte per word (each character of a record's text is
 * one word, text.ts): one index of 5,000 reports would need some 18 GB. The records are therefore
 * indexed as consecutive shards of a bounded number of characters, each written and released
 * before the next; the browser merges them (src/scripts/search/engine.ts). Build time only.
 */

/**
 * Characters of record text per shard by default, ~200 reports of the benchmark's corpus. Smaller
 * shards build faster and leaner, but every shard adds its own index chunks (~15 KB each, two per
 * term) to each term a reader searches, besides its metadata (~30 KB) and facet table (~27 KB) on
 * the first search: at 1,000 reports, 750k-character shards (10) cost a first search 0.9–2.3 MB,
 * 1.5M (5) 0.68–1.3 MB, one index 0.56–0.69 MB before the facet tables; Pagefind needed 1.1, 2.1
 * and 4.4 GB to write them (two shards at a time).
 */
export const SHARD_CHARACTERS = 1_500_000;

/**
 * The language code a shard is indexed under: Pagefind names a record's result `<language>_<hash>`
 * and keeps the hash unique only within one index, so each shard gets a language of its own, from
 * the range ISO 639 reserves for private use (qaa–qtz, 520 shards), and results of different shards
 * never share an id. Pagefind neither stems nor segments a language it does not know.
 */
export function shardLanguage(k: number): string {
  if (!(Number.isInteger(k) && k >= 0 && k < 520)) throw new RangeError(`shard ${k}: only 520 shards have a language code`);
  return `q${String.fromCharCode(97 + Math.floor(k / 26))}${String.fromCharCode(97 + (k % 26))}`;
}

/** What a record costs in a shard: the characters Pagefind receives as words (title and text). */
export function recordCharacters(record: { title: string; text: string }): number {
  return record.title.length + record.text.length;
}

/**
 * Cuts `items` into consecutive groups of at most `budget` (by `size`), in order, as they come (the
 * build reads the records as a stream and indexes each group before the next is read); an item
 * larger than the budget is a group of its own. Every item is in exactly one group; no group is empty.
 */
export function shardsOf<T>(items: AsyncIterable<T> | Iterable<T>, size: (item: T) => number, budget: number): AsyncGenerator<T[]> {
  if (!(budget > 0)) throw new RangeError(`shard budget must be positive, got ${budget}`);
  return (async function* () {
    let current: T[] = [];
    let used = 0;
    for await (const item of items) {
      const cost = size(item);
      if (current.length > 0 && used + cost > budget) {
        yield current;
        current = [];
        used = 0;
      }
      current.push(item);
      used += cost;
    }
    if (current.length > 0) yield current;
  })();
}
