/**
 * The search page in the browser: `window.reportSearch(query, filters?)` over the Pagefind
 * bundle built by src/integrations/pagefind.ts, and the page that renders from it.
 *
 * Each folded term is one Pagefind query (src/lib/search-text.ts), so Pagefind fetches only the
 * index chunks holding that term's tokens; records found for every term are intersected and
 * their fragments loaded for the excerpt. Ranking, excerpts, filters and counts come from
 * src/lib/search-results.ts.
 */
import {
  applyFilters,
  facetCounts,
  rankHits,
  toHit,
  type FilterSelection,
  type SearchHit,
} from '../lib/search-results.ts';
import { FACET_LABELS, FACETS, type Facet } from '../lib/search-sections.ts';
import { queryTerms, termQuery } from '../lib/search-text.ts';
import { withBase } from '../lib/site-config.ts';

/** The part of Pagefind's browser API used here (pagefind.js ships without types). */
interface PagefindFragment {
  raw_url: string;
  meta: { title: string; context: string; text: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindFragment> }[] }>;
}

declare global {
  interface Window {
    reportSearch: typeof reportSearch;
  }
}

const base = withBase(import.meta.env.BASE_URL, '');
let pagefind: Promise<Pagefind> | undefined;
const searches = new Map<string, Promise<SearchHit[]>>();

async function findHits(terms: string[]): Promise<SearchHit[]> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (engine) => {
    await engine.options({ noWorker: true });
    return engine;
  });
  const engine = await pagefind;
  const perTerm = await Promise.all(terms.map((term) => engine.search(termQuery(term))));
  const [fewest, ...others] = perTerm.map((r) => r.results).sort((a, b) => a.length - b.length);
  const inOthers = others.map((results) => new Set(results.map((r) => r.id)));
  const found = fewest.filter((r) => inOthers.every((ids) => ids.has(r.id)));
  const fragments = await Promise.all(found.map((r) => r.data()));
  const hits = fragments.map((f) =>
    toHit({ url: f.raw_url, title: f.meta.title, context: f.meta.context, text: f.meta.text, filters: f.filters }, terms),
  );
  return rankHits(hits.filter((hit): hit is SearchHit => hit !== null));
}

/**
 * Every section or page containing the query (each of its space-separated terms, after folding
 * full-width forms, Traditional characters and case), best first, narrowed by `filters`.
 */
export async function reportSearch(query: string, filters: FilterSelection = {}): Promise<SearchHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const key = terms.join(' ');
  if (!searches.has(key)) {
    const search = findHits(terms);
    search.catch(() => searches.delete(key));
    searches.set(key, search);
  }
  return applyFilters(await searches.get(key)!, filters);
}

window.reportSearch = reportSearch;

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

function renderFacets(fieldset: HTMLFieldSetElement, all: SearchHit[], chosen: FilterSelection): void {
  const counts = facetCounts(all, chosen);
  for (const facet of FACETS) {
    const select = fieldset.querySelector<HTMLSelectElement>(`select[name="${facet}"]`)!;
    const values = counts[facet];
    const current = chosen[facet];
    if (current !== undefined && !values.some((v) => v.value === current)) values.push({ value: current, count: 0 });
    const total = all.filter((hit) => applyFilters([hit], { ...chosen, [facet]: undefined }).length).length;
    select.replaceChildren(
      new Option(`全部${FACET_LABELS[facet]}（${total}）`, ''),
      ...values.map((v) => new Option(`${v.value}（${v.count}）`, v.value, false, v.value === current)),
    );
    select.value = current ?? '';
    select.closest('label')!.hidden = values.length === 0;
  }
  fieldset.hidden = all.length === 0;
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
  let shown: SearchHit[] = [];
  let latest = 0;

  const showMore = () => {
    list.append(...shown.slice(list.children.length, list.children.length + PAGE_SIZE).map(resultItem));
    more.hidden = list.children.length >= shown.length;
  };

  const run = async () => {
    const query = input.value;
    const chosen = selection(form);
    const run = ++latest;
    keepInUrl(query, chosen);
    if (queryTerms(query).length === 0) {
      status.textContent = '输入词语开始搜索，例如：托育、医共体、家庭医生签约。';
      list.replaceChildren();
      facets.hidden = true;
      more.hidden = true;
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const [all, filtered] = await Promise.all([reportSearch(query), reportSearch(query, chosen)]);
      if (run !== latest) return;
      renderFacets(facets, all, chosen);
      shown = filtered;
      list.replaceChildren();
      showMore();
      status.textContent = filtered.length
        ? `找到 ${filtered.length} 条结果${filtered.length < all.length ? `（共 ${all.length} 条，已筛选）` : ''}`
        : all.length
          ? `无结果：筛选条件下没有包含“${query.trim()}”的段落（不筛选时有 ${all.length} 条）。`
          : `无结果：没有段落包含“${query.trim()}”。多个词请用空格分开，结果须包含每个词。`;
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
  more.addEventListener('click', showMore);

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
