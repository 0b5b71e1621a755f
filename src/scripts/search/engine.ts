/**
 * The search engine of the search page: `reportSearch(query, filters?)`, pages of results and facet
 * counts, over the Pagefind bundle built by src/integrations/pagefind.ts. No DOM; what it loads
 * (Pagefind's script, the list of shards) is passed in, so tests can run it on a fake Pagefind.
 *
 * Each folded term is one Pagefind query (src/lib/search/text.ts), so Pagefind fetches only the
 * index chunks holding that term's tokens; records found for every term are intersected. The
 * ranking needs no record's text (title matches and Pagefind's score are queries too), and the
 * result count and facet counts come from Pagefind's responses, so the page loads the fragments
 * (the text, for excerpts) of the results it shows and no others. `reportSearch` asks for all.
 */
import {
  FACETS,
  facetValues,
  queryTerms,
  rankMatches,
  scoreQuery,
  termQuery,
  titleQuery,
  toHit,
  withoutFacet,
  type Facet,
  type FacetCount,
  type FilterSelection,
  type MatchRank,
  type SearchHit,
} from '../../lib/search/browser.ts';

/** The part of Pagefind's browser API used here (pagefind.js ships without types). */
export interface PagefindFragment {
  raw_url: string;
  meta: { title: string; context: string; text: string };
  filters: Record<string, string[]>;
}
/** Per filter, per value, how many results have it (only filters whose index is loaded). */
export type PagefindCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
  /** In index order (reading order) for exact searches, which score every result 1. */
  results: { id: string; score: number; data(): Promise<PagefindFragment> }[];
  /** Counts among the filtered results. */
  filters: PagefindCounts;
}
export interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  /** Adds the index at a URL; results of all indexes come as one. */
  mergeIndex(url: string): Promise<void>;
  /** A null term searches by the filters alone. */
  search(term: string | null, options?: { filters?: FilterSelection }): Promise<PagefindResponse>;
  /** Loads every filter's index, so later responses count every facet. */
  filters(): Promise<PagefindCounts>;
}

/** What the engine loads, given by the page (src/scripts/search/index.ts) or a test. */
export interface SearchEngineOptions {
  /** The site's base path, ending in `/`; the shards are merged from `${base}pagefind/<shard>`. */
  base: string;
  /** Pagefind's browser API: the first shard's bundle, `${base}pagefind/pagefind.js`. */
  loadPagefind: () => Promise<Pagefind>;
  /** The folders of the other shards, in record order (`${base}pagefind/shards.json`). */
  loadShards: () => Promise<string[]>;
}

/** A record matching the query, ranked, its text not loaded yet. */
interface Match extends MatchRank {
  id: string;
  data(): Promise<PagefindFragment>;
}

/** One page of results and how many there are in all. */
export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/** For one facet: how many results pass the other facets' choices, and its values among them. */
export interface FacetTally {
  total: number;
  values: FacetCount[];
}

/** What the search page and `window.reportSearch` use. */
export interface SearchEngine {
  /**
   * `limit` results from `offset` of the sections or pages containing the query (each of its
   * space-separated terms, after folding full-width forms, Traditional characters and case), best
   * first, narrowed by `filters`; and how many there are in all. Only the page's texts are loaded.
   */
  searchPage(query: string, filters?: FilterSelection, page?: { offset?: number; limit?: number }): Promise<SearchPage>;
  /** Every section or page containing the query, best first, narrowed by `filters`. */
  reportSearch(query: string, filters?: FilterSelection): Promise<SearchHit[]>;
  /**
   * For each facet, its values with counts among the results of the folded `terms` passing the
   * other facets' choices (choosing a value of a facet replaces that facet's choice).
   */
  facetTallies(terms: string[], chosen: FilterSelection): Promise<Record<Facet, FacetTally>>;
}

const selectionKey = (s: FilterSelection) => JSON.stringify(FACETS.filter((f) => s[f] !== undefined).map((f) => [f, s[f]]));

/** A search engine over the Pagefind bundle `options` loads; each search runs once per engine. */
export function createSearchEngine({ base, loadPagefind, loadShards }: SearchEngineOptions): SearchEngine {
  let pagefind: Promise<Pagefind> | undefined;
  const memo = new Map<string, Promise<unknown>>();

  /**
   * Pagefind with every shard of the index merged (src/integrations/pagefind.ts), in record order:
   * Pagefind concatenates the shards' results before sorting them by score, so equal scores keep
   * the reading order.
   */
  function engine(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const [engine, shards] = await Promise.all([loadPagefind(), loadShards()]);
      await engine.options({ noWorker: true });
      // Started together, each registered in call order before its first fetch.
      await Promise.all(shards.map((shard) => engine.mergeIndex(`${base}pagefind/${shard}`)));
      return engine;
    })();
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  }

  /** Each search once per page load (a failed one is tried again next time). */
  function once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!memo.has(key)) {
      const made = make();
      made.catch(() => memo.delete(key));
      memo.set(key, made);
    }
    return memo.get(key) as Promise<T>;
  }

  /**
   * Pagefind's response to a query. `counted` loads every filter's index first, so the response
   * counts every facet; otherwise only the selected facets' indexes are fetched.
   */
  function pagefindSearch(query: string, filters: FilterSelection, counted = false): Promise<PagefindResponse> {
    return once(`${counted ? 'counted' : 'search'} ${query} ${selectionKey(filters)}`, async () => {
      const pf = await engine();
      if (counted) await once('filters', () => pf.filters());
      return pf.search(query, { filters });
    });
  }

  /** Every record containing every term and having the selected facet values, best first. */
  function matches(terms: string[], filters: FilterSelection): Promise<Match[]> {
    return once(`matches ${terms.join(' ')} ${selectionKey(filters)}`, async () => {
      const perTerm = await Promise.all(
        terms.map(async (term) => {
          const [found, scored, titled] = await Promise.all([
            pagefindSearch(termQuery(term), filters),
            pagefindSearch(scoreQuery(term), {}),
            pagefindSearch(titleQuery(term), {}),
          ]);
          return {
            found: found.results,
            score: new Map(scored.results.map((r) => [r.id, r.score])),
            inTitle: new Set(titled.results.map((r) => r.id)),
          };
        }),
      );
      const fewest = perTerm.reduce((a, b) => (b.found.length < a.found.length ? b : a));
      const inAll = perTerm.map((t) => new Set(t.found.map((r) => r.id)));
      const found = fewest.found.filter((r) => inAll.every((ids) => ids.has(r.id)));
      return rankMatches(
        found.map((r) => ({
          id: r.id,
          data: r.data,
          inTitle: perTerm.filter((t) => t.inTitle.has(r.id)).length,
          score: perTerm.reduce((sum, t) => sum + (t.score.get(r.id) ?? 0), 0),
        })),
      );
    });
  }

  /** The results shown: each match's fragment loaded, its excerpt cut. */
  async function hitsOf(shown: Match[], terms: string[]): Promise<SearchHit[]> {
    const fragments = await Promise.all(shown.map((m) => m.data()));
    return fragments
      .map((f) => toHit({ url: f.raw_url, title: f.meta.title, context: f.meta.context, text: f.meta.text, filters: f.filters }, terms))
      .filter((hit): hit is SearchHit => hit !== null);
  }

  async function searchPage(
    query: string,
    filters: FilterSelection = {},
    { offset = 0, limit = Infinity }: { offset?: number; limit?: number } = {},
  ): Promise<SearchPage> {
    const terms = queryTerms(query);
    if (terms.length === 0) return { total: 0, hits: [] };
    const found = await matches(terms, filters);
    return { total: found.length, hits: await hitsOf(found.slice(offset, offset + limit), terms) };
  }

  async function reportSearch(query: string, filters: FilterSelection = {}): Promise<SearchHit[]> {
    return (await searchPage(query, filters)).hits;
  }

  /**
   * Each record's facet values, read from Pagefind's filter indexes (one filter-only search per
   * value), once per page load: for counting the results of a query of several terms, which
   * Pagefind cannot count itself. Yields between searches so the page stays responsive.
   */
  function facetMembership(): Promise<Map<string, Partial<Record<Facet, string[]>>>> {
    return once('membership', async () => {
      const pf = await engine();
      const all = await once('filters', () => pf.filters());
      const membership = new Map<string, Partial<Record<Facet, string[]>>>();
      for (const facet of FACETS) {
        for (const value of Object.keys(all[facet] ?? {})) {
          await new Promise((resolve) => setTimeout(resolve));
          for (const { id } of (await pf.search(null, { filters: { [facet]: value } })).results) {
            const values = membership.get(id) ?? {};
            (values[facet] ??= []).push(value);
            membership.set(id, values);
          }
        }
      }
      return membership;
    });
  }

  /** For one term these are Pagefind's own counts; for several, the intersected results' values are tallied. */
  async function facetTallies(terms: string[], chosen: FilterSelection): Promise<Record<Facet, FacetTally>> {
    const membership = terms.length > 1 ? await facetMembership() : null;
    const tallies = await Promise.all(
      FACETS.map(async (facet): Promise<FacetTally> => {
        const others = withoutFacet(chosen, facet);
        if (!membership) {
          const response = await pagefindSearch(termQuery(terms[0]), others, true);
          return { total: response.results.length, values: facetValues(response.filters[facet]) };
        }
        const found = await matches(terms, others);
        const counts: Record<string, number> = {};
        for (const { id } of found) for (const value of membership.get(id)?.[facet] ?? []) counts[value] = (counts[value] ?? 0) + 1;
        return { total: found.length, values: facetValues(counts) };
      }),
    );
    return Object.fromEntries(FACETS.map((f, i) => [f, tallies[i]])) as Record<Facet, FacetTally>;
  }

  return { searchPage, reportSearch, facetTallies };
}
