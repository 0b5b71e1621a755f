/**
 * Search on the built site, in headless Chromium with the real Pagefind bundle: every query of a
 * set derived from the corpus finds exactly the records whose text contains it (substring ground
 * truth after folding), results are ranked and excerpted as promised, the page works from the
 * keyboard and the URL, and the first query fetches only the index pieces it needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { exactInIndex, FACETS, fold, parseQuery, termQuery, withoutFacet, type FilterSelection, type SearchHit } from '../../src/lib/search/index.ts';
import { BASE, fileOf } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';
import { corpusQueries, measureQuality, qualityLine, truthFor } from '../helpers/search-queries.ts';
import { startSession, type SiteSession } from '../helpers/site-session.ts';

const dist = inject('distDir');
const SEARCH = `${BASE}search/`;
const records = readRecords(dist);
const queries = corpusQueries(records);
const truth = truthFor(records);

let session: SiteSession;
let page: Page;
/** Every query's hits from `window.reportSearch`, fetched once for the tests below. */
let hits: Map<string, SearchHit[]>;

beforeAll(async () => {
  session = await startSession(dist);
  ({ page } = await session.open(SEARCH));
  const all = await page.evaluate(async (qs) => {
    const out: [string, SearchHit[]][] = [];
    for (const q of qs) out.push([q, await window.reportSearch(q)]);
    return out;
  }, queries.map((q) => q.query));
  hits = new Map(all);
});
afterAll(() => session?.close());

/** The two characters found in the most records of the corpus, and in how many. */
function mostCommonPair(): [string, number] {
  const counts = new Map<string, number>();
  for (const r of records) {
    const text = fold(r.text);
    const pairs = new Set([...text].map((c, i) => text.slice(i, i + 2)).filter((b) => /^[\u4e00-\u9fff]{2}$/.test(b)));
    for (const b of pairs) counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0];
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('window.reportSearch', () => {
  test('finds every record containing the query and nothing else (recall and precision 1.0)', () => {
    const quality = measureQuality(queries, truth, new Map([...hits].map(([q, h]) => [q, h.map((x) => x.url)])));
    const bySource = Object.groupBy(queries, (q) => q.from);
    console.log(qualityLine('bigram index', quality), Object.entries(bySource).map(([k, v]) => `${k} ${v!.length}`).join(', '));
    for (const f of quality.failures.slice(0, 20)) console.log('FAIL', JSON.stringify(f));
    expect(quality.queries).toBeGreaterThan(300);
    // The set must exercise both sides: queries found in many records and queries found nowhere.
    expect(queries.filter((q) => truth(q.query).length > 5).length).toBeGreaterThan(20);
    expect(queries.filter((q) => truth(q.query).length === 0).length).toBeGreaterThan(5);
    expect(quality.failures).toEqual([]);
    expect(quality.recall).toBe(1);
    expect(quality.precision).toBe(1);
  });

  test('Pagefind itself returns exactly the true records, so no fragment is fetched in vain', async () => {
    // The raw index, without the text check src/lib/search/results.ts does on loaded fragments;
    // phrases the index finds a superset for (src/lib/search/text.ts) are checked on the text by design.
    const exact = queries.filter((q) => Object.values(parseQuery(q.query)).flat().every(exactInIndex));
    expect(exact.length).toBeGreaterThan(queries.length - 5);
    const plans = exact.map((q) => {
      const { terms, excluded } = parseQuery(q.query);
      return { terms: terms.map(termQuery), excluded: excluded.map(termQuery) };
    });
    // A page of its own: merging the shards here must not merge them twice into the page above.
    const { page: own } = await session.open(SEARCH);
    // A string, so the test runner leaves its import() alone.
    const raw = (await own.evaluate(`(async (base, plans) => {
      const pf = await import(base + 'pagefind/pagefind.js');
      const shards = await (await fetch(base + 'pagefind/shards.json')).json();
      for (const shard of shards) await pf.mergeIndex(base + 'pagefind/' + shard);
      const out = [];
      for (const plan of plans) {
        const perTerm = await Promise.all(plan.terms.map(async (q) => (await pf.search(q)).results));
        const without = await Promise.all(plan.excluded.map(async (q) => (await pf.search(q)).results));
        const found = perTerm[0].filter((r) => perTerm.every((list) => list.some((x) => x.id === r.id)) && !without.some((list) => list.some((x) => x.id === r.id)));
        out.push(await Promise.all(found.map(async (r) => (await r.data()).raw_url)));
      }
      return out;
    })(${JSON.stringify(BASE)}, ${JSON.stringify(plans)})`)) as string[][];
    await own.close();
    const quality = measureQuality(exact, truth, new Map(exact.map((q, i) => [q.query, raw[i]])));
    console.log(qualityLine('pagefind candidates', quality));
    expect(quality.failures).toEqual([]);
  });

  test('ranks records with the query in their title above those without', () => {
    for (const [query, list] of hits) {
      const { terms } = parseQuery(query);
      const inTitle = list.map((h) => terms.some((t) => fold(h.title).includes(t)));
      expect(inTitle.indexOf(false) === -1 || inTitle.lastIndexOf(true) < inTitle.indexOf(false), query).toBe(true);
    }
  });

  test('shows the matched text highlighted in each excerpt, and marks nothing else', () => {
    for (const [query, list] of hits) {
      const { terms } = parseQuery(query);
      for (const hit of list) {
        const marks = [...hit.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => fold(stripTags(m[1])));
        expect(marks.length, `${query} ${hit.url}`).toBeGreaterThan(0);
        for (const m of marks) expect(terms.some((t) => m.includes(t)), `${query} ${hit.url}: ${m}`).toBe(true);
      }
    }
  });

  test('links every result to an anchor that exists on its page', () => {
    for (const record of records) {
      const [pathname, anchor] = record.url.split('#');
      const file = fileOf(dist, pathname);
      expect(file, record.url).not.toBeNull();
      if (anchor) expect(readFileSync(path.join(dist, file!), 'utf8'), record.url).toContain(`id="${anchor}"`);
    }
  });

  test('finds Simplified text from Traditional and full-width queries', async () => {
    const [simplified, traditional, fullWidth, halfWidth] = await page.evaluate(async () =>
      Promise.all(['医疗卫生', '醫療衛生', '９０．４５％', '90.45%'].map(async (q) => (await window.reportSearch(q)).map((h) => h.url))),
    );
    expect(simplified.length).toBeGreaterThan(0);
    expect(traditional).toEqual(simplified);
    expect(fullWidth).toEqual(halfWidth);
    expect(halfWidth).toEqual(truth('90.45%'));
  });

  test('narrows by combined filters', async () => {
    const query = '医疗卫生';
    const all = hits.get(query) ?? (await page.evaluate((q) => window.reportSearch(q), query));
    const city = all[0].filters.city![0];
    const kind = all[0].filters.kind![0];
    const narrowed = await page.evaluate(([q, c, k]) => window.reportSearch(q, { city: c, kind: k }), [query, city, kind]);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.map((h) => h.url)).toEqual(
      all.filter((h) => h.filters.city?.includes(city) && h.filters.kind?.includes(kind)).map((h) => h.url),
    );
  });
});

describe('window.reportFacets', () => {
  const byUrl = new Map(records.map((r) => [r.url, r]));
  /** Facet → value → count as the page shows them: each facet over the results passing the other choices. */
  function expectedFacets(query: string, chosen: FilterSelection) {
    return Object.fromEntries(
      FACETS.map((facet) => {
        const others = Object.entries(withoutFacet(chosen, facet));
        const counts: Record<string, number> = {};
        for (const url of truth(query)) {
          const { filters } = byUrl.get(url)!;
          if (!others.every(([f, v]) => filters[f as keyof typeof filters]?.includes(v as string))) continue;
          for (const value of filters[facet] ?? []) counts[value] = (counts[value] ?? 0) + 1;
        }
        return [facet, counts];
      }),
    );
  }

  test('counts every facet of one-term, two-term and excluded-term queries, with and without filters, as the records say', async () => {
    const [common] = mostCommonPair();
    const queries = [common, '医疗 卫生', '托育', `${common} -医疗`, '医共体托育乐清'];
    // Filters taken from the records found: a city, a year with a kind, a topic.
    const first = byUrl.get(truth('医疗 卫生')[0])!.filters;
    const topic = records.find((r) => truth(common).includes(r.url) && r.filters.topic?.length)!.filters.topic![0];
    const selections: FilterSelection[] = [{}, { city: first.city![0] }, { year: first.year![0], kind: first.kind![0] }, { topic }];
    const cases = queries.flatMap((query) => selections.map((chosen) => ({ query, chosen })));
    const got = await page.evaluate((cs) => Promise.all(cs.map(({ query, chosen }) => window.reportFacets(query, chosen))), cases);
    let counted = 0;
    cases.forEach(({ query, chosen }, i) => {
      const want = expectedFacets(query, chosen);
      expect(got[i], `${query} ${JSON.stringify(chosen)}`).toEqual(want);
      counted += Object.values(want.city).reduce((a, b) => a + b, 0);
    });
    // The cases are not empty ones.
    expect(counted).toBeGreaterThan(50);
  });
});

describe('the search page', () => {
  test('searches the query in the URL and shows count, highlighted excerpts and section links', async () => {
    const query = '家庭医生签约';
    const { page: p, trouble } = await session.open(`${SEARCH}?q=${encodeURIComponent(query)}`);
    try {
      await p.locator('#search-status', { hasText: '条结果' }).waitFor();
      const expected = truth(query);
      expect(await p.locator('#search-status').innerText()).toContain(`找到 ${expected.length} 条结果`);
      expect(await p.locator('#search-q').inputValue()).toBe(query);
      const links = await p.locator('#search-results .search-result__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(links)).toEqual(new Set(expected));
      // Report hits land on their section; city and topic pages are whole pages.
      for (const l of links) expect(l).toMatch(new RegExp(`^${BASE}(reports/[^/]+/#[hts]-|cities/[^/#]+/$|topics/[^/#]+/$)`));
      expect(links.some((l) => l!.includes('/reports/'))).toBe(true);
      expect(await p.locator('#search-results mark').first().innerText()).toBe(query);
      expect(await trouble()).toEqual({ errors: [], requests: [], csp: [] });
      // With results and filters shown, axe finds nothing to fix (any impact).
      const { violations } = await new AxeBuilder({ page: p }).analyze();
      expect(violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test('is used from the keyboard: type, Enter, pick a filter; the URL keeps query and filter', async () => {
    const { page: p } = await session.open(SEARCH);
    try {
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-q');
      expect(await p.locator('#search-facets').isVisible()).toBe(false);
      await p.keyboard.type('托育');
      await p.keyboard.press('Enter');
      await p.locator('#search-status', { hasText: '条结果' }).waitFor();
      const all = truth('托育');
      expect(await p.locator('#search-results > li').count()).toBe(Math.min(all.length, 50));
      const option = await p.locator('select[name="city"] option').nth(1).innerText();
      const [city, count] = /^(.*)（(\d+)）$/.exec(option)!.slice(1);
      await p.locator('select[name="city"]').focus();
      await p.keyboard.press('ArrowDown');
      await p.locator('#search-status', { hasText: `找到 ${count} 条结果` }).waitFor();
      const url = new URL(p.url());
      expect(url.searchParams.get('q')).toBe('托育');
      expect(url.searchParams.get('city')).toBe(city);
      expect(await p.locator('#search-results > li').count()).toBe(Number(count));
    } finally {
      await p.close();
    }
  });

  test('shows 50 results at a time, the rest behind 显示更多结果', async () => {
    const [query, total] = mostCommonPair();
    expect(truth(query)).toHaveLength(total);
    const { page: p } = await session.open(`${SEARCH}?q=${encodeURIComponent(query)}`);
    try {
      await p.locator('#search-status', { hasText: `找到 ${total} 条结果` }).waitFor();
      expect(await p.locator('#search-results > li').count()).toBe(Math.min(total, 50));
      expect(await p.locator('#search-more').isVisible()).toBe(total > 50);
      if (total > 50) {
        await p.locator('#search-more').click();
        await p.locator('#search-results > li').nth(Math.min(total, 100) - 1).waitFor();
        expect(await p.locator('#search-results > li').count()).toBe(Math.min(total, 100));
      }
    } finally {
      await p.close();
    }
  });

  test('says 无结果 when nothing contains the query', async () => {
    const { page: p } = await session.open(`${SEARCH}?q=${encodeURIComponent('医共体托育乐清')}`);
    try {
      expect(truth('医共体托育乐清')).toEqual([]);
      await p.locator('#search-status', { hasText: '无结果' }).waitFor();
      expect(await p.locator('#search-results > li').count()).toBe(0);
    } finally {
      await p.close();
    }
  });

  test('the header search box leads to the search page with the query', async () => {
    // The home page has its own search box instead of the header's; any other page has the header's.
    const { page: p } = await session.open(`${BASE}reports/`);
    try {
      await p.locator('header input[name="q"]').fill('医共体');
      await p.locator('header input[name="q"]').press('Enter');
      await p.waitForURL((u) => u.pathname === SEARCH && u.searchParams.get('q') === '医共体');
      await p.locator('#search-status', { hasText: `找到 ${truth('医共体').length} 条结果` }).waitFor();
    } finally {
      await p.close();
    }
  });

  test('without JavaScript says so and links to pages to browse', async () => {
    const { page: p } = await session.open(SEARCH, { javaScriptEnabled: false });
    try {
      const text = await p.locator('main').innerText();
      expect(text).toContain('需要浏览器运行 JavaScript');
      const hrefs = await p.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of [BASE, `${BASE}compare/`, `${BASE}topics/`]) expect(hrefs).toContain(href);
      // Filters need the script: without it they are not shown at all.
      expect(await p.locator('#search-facets').isVisible()).toBe(false);
    } finally {
      await p.close();
    }
  });

  test('the first query fetches only the index chunks and fragments it needs', async () => {
    const { page: p } = await session.open(SEARCH);
    const fetched: string[] = [];
    p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    try {
      const found = await p.evaluate(() => window.reportSearch('医共体'));
      // Files of every shard: pagefind/<dir>/… and pagefind/shard-<k>/<dir>/….
      const of = (dir: string) => fetched.filter((f) => new RegExp(`^${BASE}pagefind/(shard-\\d+/)?${dir}/`).test(f));
      const bundle = path.join(dist, 'pagefind');
      const shards = ['', ...(JSON.parse(readFileSync(path.join(bundle, 'shards.json'), 'utf8')) as string[])];
      const indexFiles = shards.reduce((n, shard) => n + readdirSync(path.join(bundle, shard, 'index')).length, 0);
      expect(of('fragment')).toHaveLength(found.length);
      expect(of('index').length).toBeGreaterThan(0);
      expect(of('index').length).toBeLessThan(indexFiles);
      // Without filters, no facet table: they are loaded when a search filters or counts.
      expect(fetched.filter((f) => f.endsWith('/facets.json.gz'))).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test('loads the texts of the results it shows and no others; counts are those of reportSearch', async () => {
    const [query, total] = mostCommonPair();
    expect(total).toBeGreaterThan(50);
    const { page: p } = await session.open(SEARCH);
    const fragments: string[] = [];
    p.on('request', (r) => {
      if (new RegExp(`^${BASE}pagefind/(shard-\\d+/)?fragment/`).test(new URL(r.url()).pathname)) fragments.push(r.url());
    });
    try {
      await p.goto(`${p.url()}?q=${encodeURIComponent(query)}`);
      await p.locator('#search-status', { hasText: `找到 ${total} 条结果` }).waitFor();
      // The facets are counted without any text: wait for them, then count what was loaded.
      await p.locator('select[name="city"] option').nth(1).waitFor({ state: 'attached' });
      const shown = await p.locator('#search-results > li').count();
      expect(shown).toBe(50);
      expect(new Set(fragments).size).toBe(shown);
      await p.locator('#search-more').click();
      await p.locator('#search-results > li').nth(Math.min(total, 100) - 1).waitFor();
      expect(new Set(fragments).size).toBe(Math.min(total, 100));

      // Every count shown is the number of results reportSearch gives for that choice.
      const options = await p.locator('select[name="city"] option').allInnerTexts();
      const [, all] = /（(\d+)）$/.exec(options[0])!;
      const perCity = options.slice(1).map((o) => /^(.*)（(\d+)）$/.exec(o)!.slice(1));
      const found = await p.evaluate(
        async ([q, cities]) => ({
          all: (await window.reportSearch(q)).length,
          perCity: await Promise.all(cities.map(async (city) => (await window.reportSearch(q, { city })).length)),
        }),
        [query, perCity.map(([city]) => city)] as const,
      );
      expect(found.all).toBe(total);
      expect(Number(all)).toBe(total);
      expect(perCity.map(([, n]) => Number(n))).toEqual(found.perCity);
    } finally {
      await p.close();
    }
  });

  test('counts each facet under the other facets\' choices, for a query of two terms too', async () => {
    const query = '医疗 卫生';
    const found = await page.evaluate((q) => window.reportSearch(q), query);
    const city = found[0].filters.city![0];
    const { page: p } = await session.open(`${SEARCH}?q=${encodeURIComponent(query)}&city=${encodeURIComponent(city)}`);
    try {
      const inCity = found.filter((h) => h.filters.city?.includes(city));
      await p.locator('#search-status', { hasText: `找到 ${inCity.length} 条结果（共 ${found.length} 条，已筛选）` }).waitFor();
      await p.locator('select[name="kind"] option').nth(1).waitFor({ state: 'attached' });
      // Kinds are counted among this city's results; cities among all results.
      const kinds = new Map<string, number>();
      for (const h of inCity) for (const k of h.filters.kind ?? []) kinds.set(k, (kinds.get(k) ?? 0) + 1);
      const shownKinds = (await p.locator('select[name="kind"] option').allInnerTexts()).slice(1);
      expect(new Map(shownKinds.map((o) => /^(.*)（(\d+)）$/.exec(o)!.slice(1)).map(([k, n]) => [k, Number(n)]))).toEqual(kinds);
      const cities = new Map<string, number>();
      for (const h of found) for (const c of h.filters.city ?? []) cities.set(c, (cities.get(c) ?? 0) + 1);
      const shownCities = (await p.locator('select[name="city"] option').allInnerTexts()).slice(1);
      expect(new Map(shownCities.map((o) => /^(.*)（(\d+)）$/.exec(o)!.slice(1)).map(([c, n]) => [c, Number(n)]))).toEqual(cities);
    } finally {
      await p.close();
    }
  });
});
