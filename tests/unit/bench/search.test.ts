/** The benchmark's call into scripts/bench-search.ts (scripts/bench/search.ts): figures, or why there are none. */
import { describe, expect, it } from 'vitest';
import type { SearchFigures } from '../../../scripts/bench-search.ts';
import { measureSearchOf } from '../../../scripts/bench/search.ts';

const figures = (dist: string): SearchFigures => ({
  firstSearch: { query: dist, results: 3, milliseconds: 10, bytes: 1234, requests: 5, byKind: {} },
  twoTermFacets: { query: 'a b', milliseconds: 56, bytes: 99, requests: 2, byKind: {} },
});

describe('measureSearchOf', () => {
  it('returns what the measurement measured in the dist it is given', async () => {
    expect(await measureSearchOf('/some/dist', async (d) => figures(d))).toEqual({ figures: figures('/some/dist') });
  });

  it('says why when the measurement fails, with the first line of its message', async () => {
    const failing = async (): Promise<SearchFigures> => {
      throw new Error('browserType.launch: no chromium\nstack');
    };
    expect(await measureSearchOf('/d', failing)).toEqual({ skipped: 'browserType.launch: no chromium' });
  });
});
