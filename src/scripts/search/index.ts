/**
 * The search page in the browser: `window.reportSearch(query, filters?)` over the Pagefind
 * bundle built by src/integrations/pagefind.ts, and the page that renders from it.
 *
 * Each folded term is one Pagefind query (src/lib/search-text.ts), so Pagefind fetches only the
 * index chunks holding that term's tokens; records found for every term are intersected. The
 * ranking needs no record's text (title matches and Pagefind's score are queries too), and the
 * result count and facet counts come from Pagefind's responses, so the page loads the fragments
 * (the text, for excerpts) of the results it shows and no others. `reportSearch` asks for all.
 */
import {
  facetValues,
  rankMatches,
  toHit,
  withoutFacet,
  type FacetCount,
  type FilterSelection,
  type MatchRank,
  type SearchHit,
} from '../../lib/search/results.ts';
import { FACET_LABELS, FACETS, type Facet } from '../../lib/search/records.ts';
import { queryTerms, scoreQuery, termQuery, titleQuery } from '../../lib/search/text.ts';
import { withBase } from '../../lib/site-config.ts';

/** The part of Pagefind's browser API used here (pagefind.js ships without types). */
interface PagefindFragment {
  raw_url: string;
  meta: { title: string; context: string; text: string };
  filters: Record<string, string[]>;
}
/** Per filter, per value, how many results have it (only filters whose index is loaded). */
type PagefindCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  /** In index order (reading order) for exact searches, which score every result 1. */
  results: { id: string; score: number; data(): Promise<PagefindFragment> }[];
  /** Counts among the filtered results. */
  filters: PagefindCounts;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  /** Adds the index at a URL; results of all indexes come as one. */
  mergeIndex(url: string): Promise<void>;
  /** A null term searches by the filters alone. */
  search(term: string | null, options?: { filters?: FilterSelection }): Promise<PagefindResponse>;
  /** Loads every filter's index, so later responses count every facet. */
  filters(): Promise<PagefindCounts>;
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
interface FacetTally {
  total: number;
  values: FacetCount[];
}

declare global {
  interface Window {
    reportSearch: typeof reportSearch;
  }
}

const base = withBase(import.meta.env.BASE_URL, '');
let pagefind: Promise<Pagefind> | undefined;
const memo = new Map<string, Promise<unknown>>();

/**
 * Pagefind with every shard of the index merged (src/integrations/pagefind.ts), in record order:
 * Pagefind concatenates the shards' results before sorting them by score, so equal scores keep
 * the reading order.
 */
function engine(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const [engine, shards] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
      fetch(`${base}pagefind/shards.json`).then((r) => {
        if (!r.ok) throw new Error(`pagefind/shards.json: HTTP ${r.status}`);
        return r.json() as Promise<string[]>;
      }),
    ]);
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

const selectionKey = (s: FilterSelection) => JSON.stringify(FACETS.filter((f) => s[f] !== undefined).map((f) => [f, s[f]]));

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

/**
 * `limit` results from `offset` of the sections or pages containing the query (each of its
 * space-separated terms, after folding full-width forms, Traditional characters and case), best
 * first, narrowed by `filters`; and how many there are in all. Only the page's texts are loaded.
 */
export async function searchPage(
  query: string,
  filters: FilterSelection = {},
  { offset = 0, limit = Infinity }: { offset?: number; limit?: number } = {},
): Promise<SearchPage> {
  const terms = queryTerms(query);
  if (terms.length === 0) return { total: 0, hits: [] };
  const found = await matches(terms, filters);
  return { total: found.length, hits: await hitsOf(found.slice(offset, offset + limit), terms) };
}

/** Every section or page containing the query, best first, narrowed by `filters`. */
export async function reportSearch(query: string, filters: FilterSelection = {}): Promise<SearchHit[]> {
  return (await searchPage(query, filters)).hits;
}

window.reportSearch = reportSearch;

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
 * For each facet, its values with counts among the results passing the other facets' choices
 * (choosing a value of a facet replaces that facet's choice). For one term these are Pagefind's
 * own counts; for several, the intersected results' values are tallied.
 */
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

const PAGE_SIZE = 50;

/** The page's elements, absent when the script runs elsewhere. */
function elements() {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  if (!form) return null;
  return {
    form,
    input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
    facets: form.querySelector<HTMLFieldSetElement>('#search-facets')!,
    status: document.querySelector<HTMLElement>('#search-status')!,
    list: document.querySelector<HTMLOListElement>('#search-results')!,
    more: document.querySelector<HTMLButtonElement>('#search-more')!,
  };
}

function selection(form: HTMLFormElement): FilterSelection {
  const chosen: FilterSelection = {};
  for (const facet of FACETS) {
    const value = form.querySelector<HTMLSelectElement>(`select[name="${facet}"]`)?.value;
    if (value) chosen[facet] = value;
  }
  return chosen;
}

function renderFacets(fieldset: HTMLFieldSetElement, tallies: Record<Facet, FacetTally>, chosen: FilterSelection, all: number): void {
  for (const facet of FACETS) {
    const select = fieldset.querySelector<HTMLSelectElement>(`select[name="${facet}"]`)!;
    const { total, values } = tallies[facet];
    const current = chosen[facet];
    if (current !== undefined && !values.some((v) => v.value === current)) values.push({ value: current, count: 0 });
    select.replaceChildren(
      new Option(`全部${FACET_LABELS[facet]}（${total}）`, ''),
      ...values.map((v) => new Option(`${v.value}（${v.count}）`, v.value, false, v.value === current)),
    );
    select.value = current ?? '';
    select.closest('label')!.hidden = values.length === 0;
  }
  fieldset.hidden = all === 0;
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('a');
  title.href = hit.url;
  title.className = 'search-result__title';
  title.textContent = hit.title;
  const context = document.createElement('p');
  context.className = 'search-result__context';
  context.textContent = [hit.context, ...(['city', 'year', 'kind'] as Facet[]).flatMap((f) => hit.filters[f] ?? [])].join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  // Built from escaped text and <mark> only (search-results.ts).
  excerpt.innerHTML = hit.excerpt;
  item.append(title, context, excerpt);
  return item;
}

function keepInUrl(query: string, chosen: FilterSelection): void {
  const url = new URL(location.href);
  url.search = '';
  if (query.trim()) url.searchParams.set('q', query.trim());
  for (const [facet, value] of Object.entries(chosen)) url.searchParams.set(facet, value);
  history.replaceState(null, '', url);
}

function start(): void {
  const page = elements();
  if (!page) return;
  const { form, input, facets, status, list, more } = page;
  let latest = 0;
  /** What the list shows: the query and filters, how many results, how many were asked for so far. */
  let shown = { query: '', chosen: {} as FilterSelection, total: 0, asked: 0 };

  const showMore = async () => {
    const run = latest;
    more.disabled = true;
    const { query, chosen, asked } = shown;
    try {
      const { hits } = await searchPage(query, chosen, { offset: asked, limit: PAGE_SIZE });
      if (run !== latest) return;
      shown.asked += PAGE_SIZE;
      list.append(...hits.map(resultItem));
      more.hidden = shown.asked >= shown.total;
    } catch (error) {
      console.error('搜索结果加载失败', error);
    } finally {
      more.disabled = false;
    }
  };

  const run = async () => {
    const query = input.value;
    const chosen = selection(form);
    const run = ++latest;
    keepInUrl(query, chosen);
    const terms = queryTerms(query);
    if (terms.length === 0) {
      status.textContent = '输入词语开始搜索，例如：托育、医共体、家庭医生签约。';
      list.replaceChildren();
      facets.hidden = true;
      more.hidden = true;
      return;
    }
    status.textContent = '正在搜索…';
    try {
      // Counts first (no text needed), then the first page's texts; facets fill in when counted.
      const [all, first] = await Promise.all([searchPage(query, {}, { limit: 0 }), searchPage(query, chosen, { limit: PAGE_SIZE })]);
      if (run !== latest) return;
      shown = { query, chosen, total: first.total, asked: PAGE_SIZE };
      list.replaceChildren(...first.hits.map(resultItem));
      more.hidden = first.total <= PAGE_SIZE;
      status.textContent = first.total
        ? `找到 ${first.total} 条结果${first.total < all.total ? `（共 ${all.total} 条，已筛选）` : ''}`
        : all.total
          ? `无结果：筛选条件下没有包含“${query.trim()}”的段落（不筛选时有 ${all.total} 条）。`
          : `无结果：没有段落包含“${query.trim()}”。多个词请用空格分开，结果须包含每个词。`;
      const tallies = await facetTallies(terms, chosen);
      if (run === latest) renderFacets(facets, tallies, chosen, all.total);
    } catch (error) {
      if (run !== latest) return;
      // The index is written by `astro build` (src/integrations/pagefind.ts); `astro dev` has none.
      console.error('搜索索引加载失败', error);
      status.textContent = '搜索暂时不可用：索引加载失败，请刷新页面重试。';
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  input.addEventListener('compositionend', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void showMore());

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const facet of FACETS) {
    const value = params.get(facet);
    const select = form.querySelector<HTMLSelectElement>(`select[name="${facet}"]`)!;
    if (value) select.replaceChildren(new Option(value, value, true, true));
  }
  form.classList.add('is-live');
  void run();
  if (!input.value) input.focus();
}

start();
