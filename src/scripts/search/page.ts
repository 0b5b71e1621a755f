/**
 * The search page in the browser: its form, the results list and facet choices rendered from the
 * search engine (engine.ts), below them the results writing an indicator the query names under
 * another name, the query and filters kept in the URL (`?q=…&city=…`).
 */
import { FACETS, FACET_LABELS, parseQuery, type Facet, type FilterSelection, type SearchHit, type SynonymOffer } from '../../lib/search/browser.ts';
import type { FacetTally, SearchEngine } from './engine.ts';

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
    synonyms: document.querySelector<HTMLElement>('#search-synonyms')!,
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
  // Built from escaped text and <mark> only (src/lib/search/results.ts).
  excerpt.innerHTML = hit.excerpt;
  item.append(title, context, excerpt);
  return item;
}

/** Loads the results from an offset on: a page of them. */
type PageLoader = (offset: number) => Promise<SearchHit[]>;

/** A results list shown a page at a time, its more button loading the next page; returns how to show a new first page. */
function pagedList(list: HTMLOListElement, more: HTMLButtonElement): (hits: SearchHit[], total: number, load: PageLoader) => void {
  let current = { total: 0, asked: 0, load: (async () => []) as PageLoader };
  more.addEventListener('click', async () => {
    const shown = current;
    more.disabled = true;
    try {
      const hits = await shown.load(shown.asked);
      if (shown !== current) return;
      shown.asked += PAGE_SIZE;
      list.append(...hits.map(resultItem));
      more.hidden = shown.asked >= shown.total;
    } catch (error) {
      console.error('搜索结果加载失败', error);
    } finally {
      more.disabled = false;
    }
  });
  return (hits, total, load) => {
    current = { total, asked: PAGE_SIZE, load };
    list.replaceChildren(...hits.map(resultItem));
    more.hidden = total <= PAGE_SIZE;
  };
}

/** The group's heading and what it holds: for each term naming an indicator, the names its results write instead. */
function renderOffers(section: HTMLElement, offers: SynonymOffer[], total: number): void {
  section.querySelector('h2')!.textContent = `用同一指标的其他说法写到的结果（${total} 条）`;
  section.querySelector('.search-synonyms__note')!.replaceChildren(
    ...offers.flatMap(({ term, indicator, names }) => {
      const link = document.createElement('a');
      link.href = indicator.url;
      link.textContent = indicator.name;
      return [`以下结果没有“${term}”字样，但写到了指标“`, link, `”的其他说法：${names.join('、')}。`];
    }),
  );
}

function keepInUrl(query: string, chosen: FilterSelection): void {
  const url = new URL(location.href);
  url.search = '';
  if (query.trim()) url.searchParams.set('q', query.trim());
  for (const [facet, value] of Object.entries(chosen)) url.searchParams.set(facet, value);
  history.replaceState(null, '', url);
}

/** Run the search page on `engine`, if this is the search page (its form is there). */
export function start(engine: Pick<SearchEngine, 'searchPage' | 'synonymPage' | 'facetTallies'>): void {
  const { searchPage, synonymPage, facetTallies } = engine;
  const page = elements();
  if (!page) return;
  const { form, input, facets, status, list, more, synonyms } = page;
  const showResults = pagedList(list, more);
  const showRelated = pagedList(synonyms.querySelector('.search-synonyms__list')!, synonyms.querySelector('.search-synonyms__more')!);
  let latest = 0;

  const run = async () => {
    const query = input.value;
    const chosen = selection(form);
    const run = ++latest;
    keepInUrl(query, chosen);
    const { terms, excluded } = parseQuery(query);
    if (terms.length === 0) {
      status.textContent = excluded.length
        ? '请输入要查找的词：减号开头的词只用来排除结果。'
        : '输入词语开始搜索，例如：托育、医共体、家庭医生签约。';
      list.replaceChildren();
      facets.hidden = true;
      more.hidden = true;
      synonyms.hidden = true;
      return;
    }
    status.textContent = '正在搜索…';
    try {
      // Counts first (no text needed), then the first page's texts; facets fill in when counted.
      const [all, first, related] = await Promise.all([
        searchPage(query, {}, { limit: 0 }),
        searchPage(query, chosen, { limit: PAGE_SIZE }),
        synonymPage(query, chosen, { limit: PAGE_SIZE }),
      ]);
      if (run !== latest) return;
      showResults(first.hits, first.total, async (offset) => (await searchPage(query, chosen, { offset, limit: PAGE_SIZE })).hits);
      showRelated(related.hits, related.total, async (offset) => (await synonymPage(query, chosen, { offset, limit: PAGE_SIZE })).hits);
      renderOffers(synonyms, related.offers, related.total);
      synonyms.hidden = related.total === 0;
      const shown = query.trim();
      const found = first.total
        ? `找到 ${first.total} 条结果${first.total < all.total ? `（共 ${all.total} 条，已筛选）` : ''}`
        : all.total
          ? `无结果：筛选条件下没有符合“${shown}”的段落（不筛选时有 ${all.total} 条）。`
          : `无结果：没有段落符合“${shown}”。多个词请用空格分开，结果须包含每个词。`;
      status.textContent = related.total ? `${found.replace(/。?$/, '。')}另有 ${related.total} 条用同一指标的其他说法写到，列在后面。` : found;
      const tallies = await facetTallies(query, chosen);
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
