/**
 * The reader's side of search in each built site, measured by scripts/bench-search.ts
 * (`measureSearch`): what a first one-term search downloads, and how long a two-term query's facet
 * counts take. A failure (no Chromium, a page without results) leaves the figures out, with why.
 */
import { measureSearch, type SearchFigures } from '../bench-search.ts';

export type SearchOutcome = { figures: SearchFigures } | { skipped: string };

export async function measureSearchOf(dist: string, measure: (dist: string) => Promise<SearchFigures> = measureSearch): Promise<SearchOutcome> {
  try {
    return { figures: await measure(dist) };
  } catch (error) {
    return { skipped: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}
