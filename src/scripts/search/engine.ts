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
 * result count comes from Pagefind's responses, so the page loads the fragments (the text, for
 * excerpts) of the results it shows and no others. `reportSearch` asks for all. Filtering and
 * facet counts use the facet tables each shard ships (src/lib/search/facet-table.ts), loaded once
 * when first needed: every result's values are looked up by its id, with no request per value.
 */
import {
  FACETS,
  FacetTable,
  FacetTables,
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
  type FacetTableFile,
  type FilterSelection,
  type MatchRank,
  type SearchHit,
  type SearchIndicator,
  type SynonymOffer,
} from '../../lib/search/browser.ts';

/** The part of Pagefind's browser API used here (pagefind.js ships without types). */
export interface PagefindFragment {
  raw_url: string;
  /** `filters`: the record's facet values as JSON (src/integrations/search-shard.ts). */
  meta: { title: string; context: string; text: string; filters: string };
}
export interface PagefindResponse {
  /** In index order (reading order) for exact searches, which score every result 1. */
  results: { id: string; score: number; data(): Promise<PagefindFragment> }[];
}
export interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  /** Adds the index at a URL; results of all indexes come as one. */
  mergeIndex(url: string): Promise<void>;
  search(term: string): Promise<PagefindResponse>;
}

/** What the engine loads, given by the page (src/scripts/search/index.ts) or a test. */
export interface SearchEngineOptions {
  /** The site's base path, ending in `/`; the shards are merged from `${base}pagefind/<shard>`. */
  base: string;
  /** Pagefind's browser API: the first shard's bundle, `${base}pagefind/pagefind.js`. */
  loadPagefind: () => Promise<Pagefind>;
  /** The folders of the other shards, in record order (`${base}pagefind/shards.json`). */
  loadShards: () => Promise<string[]>;
  /** A shard's facet table, by its folder (`''` for the first shard, then those of `loadShards`). */
  loadFacetTable: (folder: string) => Promise<FacetTableFile>;
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
  /** The counts `facetTallies` gives, as facet → value → count (for scripts and tests). */
  reportFacets(query: string, chosen?: FilterSelection): Promise<Record<Facet, Record<string, number>>>;
}

const selectionKey = (s: FilterSelection) => JSON.stringify(FACETS.filter((f) => s[f] !== undefined).map((f) => [f, s[f]]));

/** A search engine over the Pagefind bundle `options` loads; each search runs once per engine. */
export function createSearchEngine({ base, loadPagefind, loadShards, loadFacetTable, indicators }: SearchEngineOptions): SearchEngine {
  let pagefind: Promise<Pagefind> | undefined;
  const memo = new Map<string, Promise<unknown>>();
  const shardFolders = () => once('shards', loadShards);

  /**
   * Pagefind with every shard of the index merged (src/integrations/pagefind.ts), in record order:
   * Pagefind concatenates the shards' results before sorting them by score, so equal scores keep
   * the reading order.
   */
  function engine(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const [engine, shards] = await Promise.all([loadPagefind(), shardFolders()]);
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

  /** Pagefind's response to a query. */
  function pagefindSearch(query: string): Promise<PagefindResponse> {
    return once(`search ${query}`, async () => (await engine()).search(query));
  }

  /** Every shard's facet table, loaded together the first time a search filters or counts. */
  function facetTables(): Promise<FacetTables> {
    return once('facet tables', async () => {
      const folders = ['', ...(await shardFolders())];
      return new FacetTables((await Promise.all(folders.map(loadFacetTable))).map((file) => new FacetTable(file)));
    });
  }

  /** The results having the selected facet values (all of them when none is selected). */
  async function narrowed<T extends { id: string }>(results: T[], filters: FilterSelection): Promise<T[]> {
    if (!FACETS.some((f) => filters[f] !== undefined)) return results;
    const tables = await facetTables();
    return results.filter((r) => tables.passes(r.id, filters));
  }

  /**
   * The records containing a folded term with the selected facet values. Where the index finds a
   * superset (src/lib/search/text.ts `exactInIndex`), each candidate's text decides, and its title
   * whether it has the term there (else `inTitle` is null: the title query says).
   */
  function containing(term: string, filters: FilterSelection): Promise<{ results: PagefindResponse['results']; inTitle: Set<string> | null }> {
    return once(`containing ${term} ${selectionKey(filters)}`, async () => {
      const results = await narrowed((await pagefindSearch(termQuery(term))).results, filters);
      if (exactInIndex(term)) return { results, inTitle: null };
      const fragments = await Promise.all(results.map((r) => r.data()));
      const has = (text: string) => fold(text).includes(term);
      return {
        results: results.filter((_, i) => has(fragments[i].meta.text)),
        inTitle: new Set(results.filter((_, i) => has(fragments[i].meta.title)).map((r) => r.id)),
      };
    });
  }

  /** The records containing any of a term's alternatives, once each, with the selected facet values. */
  async function termFound(variants: string[], filters: FilterSelection): Promise<PagefindResponse['results']> {
    const each = await Promise.all(variants.map((term) => containing(term, filters)));
    const seen = new Set<string>();
    return each.flatMap((e) => e.results).filter((r) => !seen.has(r.id) && seen.add(r.id));
  }

  /** For ranking: a term's (or its alternatives') summed scores, and the records with it in their title. */
  async function termRanks(variants: string[], filters: FilterSelection) {
    const each = await Promise.all(
      variants.map(async (term) => {
        const [found, scored, titled] = await Promise.all([containing(term, filters), pagefindSearch(scoreQuery(term)), pagefindSearch(titleQuery(term))]);
        return { scored: scored.results, inTitle: found.inTitle ?? new Set(titled.results.map((r) => r.id)) };
      }),
    );
    const score = new Map<string, number>();
    for (const { scored } of each) for (const r of scored) score.set(r.id, (score.get(r.id) ?? 0) + r.score);
    return { score, inTitle: new Set(each.flatMap((e) => [...e.inTitle])) };
  }

  /**
   * Every record containing every term (any of its alternatives) and no excluded term, having the
   * selected facet values, in index order: what the results are, before ranking (facet counts need
   * no more, so no score or title query).
   */
  function found(terms: string[][], excluded: string[], filters: FilterSelection): Promise<PagefindResponse['results']> {
    return once(`found ${JSON.stringify([terms, excluded])} ${selectionKey(filters)}`, async () => {
      const [perTerm, without] = await Promise.all([
        Promise.all(terms.map((variants) => termFound(variants, filters))),
        Promise.all(excluded.map((term) => containing(term, {}))),
      ]);
      const out = new Set(without.flatMap((w) => w.results.map((r) => r.id)));
      const fewest = perTerm.reduce((a, b) => (b.length < a.length ? b : a));
      const inAll = perTerm.map((t) => new Set(t.map((r) => r.id)));
      return fewest.filter((r) => !out.has(r.id) && inAll.every((ids) => ids.has(r.id)));
    });
  }

  /** `found`, best first. */
  function matches(terms: string[][], excluded: string[], filters: FilterSelection): Promise<Match[]> {
    return once(`matches ${JSON.stringify([terms, excluded])} ${selectionKey(filters)}`, async () => {
      const [results, ranks] = await Promise.all([found(terms, excluded, filters), Promise.all(terms.map((variants) => termRanks(variants, filters)))]);
      return rankMatches(
        results.map((r) => ({
          id: r.id,
          data: r.data,
          inTitle: ranks.filter((t) => t.inTitle.has(r.id)).length,
          score: ranks.reduce((sum, t) => sum + (t.score.get(r.id) ?? 0), 0),
        })),
      );
    });
  }

  /** The results shown: each match's fragment loaded, its excerpt cut. */
  async function hitsOf(shown: Match[], terms: string[][]): Promise<SearchHit[]> {
    const fragments = await Promise.all(shown.map((m) => m.data()));
    return fragments
      .map((f) =>
        toHit({ url: f.raw_url, title: f.meta.title, context: f.meta.context, text: f.meta.text, filters: JSON.parse(f.meta.filters) as SearchHit['filters'] }, terms),
      )
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
   * Each facet counted over the results passing the other facets' choices, from the facet tables:
   * the results of the query are found once, unfiltered and unranked, and narrowed per facet.
   */
  async function facetTallies(query: string, chosen: FilterSelection): Promise<Record<Facet, FacetTally>> {
    const { terms, excluded } = parseQuery(query);
    const [tables, results] = await Promise.all([facetTables(), terms.length ? found(terms.map((t) => [t]), excluded, {}) : []]);
    return Object.fromEntries(
      FACETS.map((facet) => {
        const others = withoutFacet(chosen, facet);
        const passing = results.filter((m) => tables.passes(m.id, others));
        return [facet, { total: passing.length, values: facetValues(tables.tally(passing.map((m) => m.id), facet)) }];
      }),
    ) as Record<Facet, FacetTally>;
  }

  async function reportFacets(query: string, chosen: FilterSelection = {}): Promise<Record<Facet, Record<string, number>>> {
    const tallies = await facetTallies(query, chosen);
    return Object.fromEntries(FACETS.map((f) => [f, Object.fromEntries(tallies[f].values.map(({ value, count }) => [value, count]))])) as Record<
      Facet,
      Record<string, number>
    >;
  }

  return { searchPage, synonymPage, reportSearch, facetTallies, reportFacets };
}
