/**
 * The search engine of the search page: `reportSearch(query, filters?)`, pages of results and facet
 * counts, over the Pagefind bundle built by src/integrations/pagefind.ts. No DOM; what it loads
 * (Pagefind's script, the list of shards) is passed in, so tests can run it on a fake Pagefind.
 *
 * Each folded term is one Pagefind query (src/lib/search/text.ts), so Pagefind fetches only the
 * index chunks holding that term's tokens; records found for every term are intersected, those
 * found for an excluded term (`-词`, src/lib/search/query.ts) taken out. A query naming an
 * indicator also gets the records that write it under another name (src/lib/search/synonyms.ts),
 * apart from the exact ones (`synonymPage`). The
 * ranking needs no record's text (title matches and Pagefind's score are queries too), and the
 * result count and facet counts come from Pagefind's responses, so the page loads the fragments
 * (the text, for excerpts) of the results it shows and no others. `reportSearch` asks for all.
 */
import {
  FACETS,
  exactInIndex,
  facetValues,
  fold,
  parseQuery,
  rankMatches,
  scoreQuery,
  synonymOffers,
  termQuery,
  titleQuery,
  toHit,
  withoutFacet,
  type Facet,
  type FacetCount,
  type FilterSelection,
  type MatchRank,
  type SearchHit,
  type SearchIndicator,
  type SynonymOffer,
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
  /** The indicators and their names (content/indicators), for the results under another name. */
  indicators: readonly SearchIndicator[];
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

/** The results writing an indicator the query names under another of its names, and which names. */
export interface SynonymPage extends SearchPage {
  /** The query's terms naming an indicator; none when no term does (and then no results). */
  offers: SynonymOffer[];
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
   * terms and none of its excluded terms, src/lib/search/query.ts, after folding full-width forms,
   * Traditional characters and case), best first, narrowed by `filters`; and how many there are in
   * all. Only the page's texts are loaded.
   */
  searchPage(query: string, filters?: FilterSelection, page?: { offset?: number; limit?: number }): Promise<SearchPage>;
  /**
   * Like `searchPage`, the results that are not among its own but would be if the terms naming an
   * indicator were any of the indicator's other names (人均预期寿命 → 平均期望寿命).
   */
  synonymPage(query: string, filters?: FilterSelection, page?: { offset?: number; limit?: number }): Promise<SynonymPage>;
  /** Every section or page containing the query, best first, narrowed by `filters`. */
  reportSearch(query: string, filters?: FilterSelection): Promise<SearchHit[]>;
  /**
   * For each facet, its values with counts among the results of `query` (as `searchPage` finds
   * them) passing the other facets' choices (choosing a value of a facet replaces that facet's choice).
   */
  facetTallies(query: string, chosen: FilterSelection): Promise<Record<Facet, FacetTally>>;
}

const selectionKey = (s: FilterSelection) => JSON.stringify(FACETS.filter((f) => s[f] !== undefined).map((f) => [f, s[f]]));

/** A search engine over the Pagefind bundle `options` loads; each search runs once per engine. */
export function createSearchEngine({ base, loadPagefind, loadShards, indicators }: SearchEngineOptions): SearchEngine {
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

  /**
   * The records containing a folded term with the selected facet values. Where the index finds a
   * superset (src/lib/search/text.ts `exactInIndex`), each candidate's text decides, and its title
   * whether it has the term there (else `inTitle` is null: the title query says).
   */
  function containing(term: string, filters: FilterSelection): Promise<{ results: PagefindResponse['results']; inTitle: Set<string> | null }> {
    return once(`containing ${term} ${selectionKey(filters)}`, async () => {
      const { results } = await pagefindSearch(termQuery(term), filters);
      if (exactInIndex(term)) return { results, inTitle: null };
      const fragments = await Promise.all(results.map((r) => r.data()));
      const has = (text: string) => fold(text).includes(term);
      return {
        results: results.filter((_, i) => has(fragments[i].meta.text)),
        inTitle: new Set(results.filter((_, i) => has(fragments[i].meta.title)).map((r) => r.id)),
      };
    });
  }

  /** A term's (or any of its alternatives') records, their summed scores and whether their title has it. */
  async function termMatches(variants: string[], filters: FilterSelection) {
    const each = await Promise.all(
      variants.map(async (term) => {
        const [found, scored, titled] = await Promise.all([
          containing(term, filters),
          pagefindSearch(scoreQuery(term), {}),
          pagefindSearch(titleQuery(term), {}),
        ]);
        return { found: found.results, scored: scored.results, inTitle: found.inTitle ?? new Set(titled.results.map((r) => r.id)) };
      }),
    );
    const seen = new Set<string>();
    const score = new Map<string, number>();
    for (const { scored } of each) for (const r of scored) score.set(r.id, (score.get(r.id) ?? 0) + r.score);
    return {
      found: each.flatMap((e) => e.found).filter((r) => !seen.has(r.id) && seen.add(r.id)),
      score,
      inTitle: new Set(each.flatMap((e) => [...e.inTitle])),
    };
  }

  /**
   * Every record containing every term (any of its alternatives) and no excluded term, having the
   * selected facet values, best first.
   */
  function matches(terms: string[][], excluded: string[], filters: FilterSelection): Promise<Match[]> {
    return once(`matches ${JSON.stringify([terms, excluded])} ${selectionKey(filters)}`, async () => {
      const [perTerm, without] = await Promise.all([
        Promise.all(terms.map((variants) => termMatches(variants, filters))),
        Promise.all(excluded.map((term) => containing(term, {}))),
      ]);
      const out = new Set(without.flatMap((w) => w.results.map((r) => r.id)));
      const fewest = perTerm.reduce((a, b) => (b.found.length < a.found.length ? b : a));
      const inAll = perTerm.map((t) => new Set(t.found.map((r) => r.id)));
      const found = fewest.found.filter((r) => !out.has(r.id) && inAll.every((ids) => ids.has(r.id)));
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
  async function hitsOf(shown: Match[], terms: string[][]): Promise<SearchHit[]> {
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
    const { terms, excluded } = parseQuery(query);
    if (terms.length === 0) return { total: 0, hits: [] };
    const exact = terms.map((t) => [t]);
    const found = await matches(exact, excluded, filters);
    return { total: found.length, hits: await hitsOf(found.slice(offset, offset + limit), exact) };
  }

  async function synonymPage(
    query: string,
    filters: FilterSelection = {},
    { offset = 0, limit = Infinity }: { offset?: number; limit?: number } = {},
  ): Promise<SynonymPage> {
    const { terms, excluded } = parseQuery(query);
    const offers = synonymOffers(terms, indicators);
    if (offers.length === 0) return { offers, total: 0, hits: [] };
    const widened = terms.map((t) => [t, ...(offers.find((o) => o.term === t)?.alternatives ?? [])]);
    const exactTerms = terms.map((t) => [t]);
    const [exact, all] = await Promise.all([matches(exactTerms, excluded, filters), matches(widened, excluded, filters)]);
    const isExact = new Set(exact.map((m) => m.id));
    const found = all.filter((m) => !isExact.has(m.id));
    return { offers, total: found.length, hits: await hitsOf(found.slice(offset, offset + limit), widened) };
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

  /**
   * For one term the index finds exactly, these are Pagefind's own counts; otherwise (several terms,
   * excluded terms) the results' values are tallied.
   */
  async function facetTallies(query: string, chosen: FilterSelection): Promise<Record<Facet, FacetTally>> {
    const { terms, excluded } = parseQuery(query);
    const ownCounts = terms.length === 1 && excluded.length === 0 && exactInIndex(terms[0]);
    const membership = ownCounts ? null : await facetMembership();
    const tallies = await Promise.all(
      FACETS.map(async (facet): Promise<FacetTally> => {
        const others = withoutFacet(chosen, facet);
        if (!membership) {
          const response = await pagefindSearch(termQuery(terms[0]), others, true);
          return { total: response.results.length, values: facetValues(response.filters[facet]) };
        }
        const found = terms.length ? await matches(terms.map((t) => [t]), excluded, others) : [];
        const counts: Record<string, number> = {};
        for (const { id } of found) for (const value of membership.get(id)?.[facet] ?? []) counts[value] = (counts[value] ?? 0) + 1;
        return { total: found.length, values: facetValues(counts) };
      }),
    );
    return Object.fromEntries(FACETS.map((f, i) => [f, tallies[i]])) as Record<Facet, FacetTally>;
  }

  return { searchPage, synonymPage, reportSearch, facetTallies };
}
