/**
 * The search engine without a browser: run on a fake Pagefind that indexes the same tokens the build
 * gives the real one (src/integrations/search-shard.ts) and answers phrase and prefix searches the
 * way Pagefind does, with each shard's facet table as the build writes it (src/lib/search/facet-table.ts),
 * so results, filters, ranking and facet counts can be checked
 * against the records themselves (a result is a record whose folded text contains every term and no
 * excluded one; a result under another name contains one of an indicator's other names instead).
 */
import { describe, expect, it } from 'vitest';
import { encodeFacetTable } from '../../../../src/lib/search/facet-table.ts';
import { FACETS, withoutFacet, type Facet, type FilterSelection } from '../../../../src/lib/search/facets.ts';
import type { SearchRecord } from '../../../../src/lib/search/records.ts';
import { parseQuery } from '../../../../src/lib/search/query.ts';
import type { SearchIndicator } from '../../../../src/lib/search/synonyms.ts';
import { exactInIndex, fold, indexTokens, scoreQuery, termQuery, titleTokens } from '../../../../src/lib/search/text.ts';
import { createSearchEngine, type Pagefind, type PagefindResponse } from '../../../../src/scripts/search/engine.ts';

const BASE = '/sub/';

// ---------------------------------------------------------------------------------------------
// Records: varied texts (Traditional and full-width forms, spaces), facets, some without a topic.

const PHRASES = [
  '推进医共体建设',
  '家庭医生签约服务覆盖率达到９０．４５％',
  '完善托育服务体系',
  '提升醫療衛生服務能力',
  '基层医疗卫生机构标准化建设',
  '中医药传承创新发展',
  '托育机构新增托位',
  '医共体牵头医院',
  '慢性病 管理',
];
const PLACES = [
  ['乐清市', '浙江'],
  ['义乌市', '浙江'],
  ['天门市', '湖北'],
];

function makeRecord(i: number): SearchRecord {
  const [city, province] = PLACES[i % PLACES.length];
  const title = `${i}.${PHRASES[(i * 2) % PHRASES.length]}`;
  const lines = [title, `${PHRASES[(i * 5 + 1) % PHRASES.length]}，${PHRASES[(i * 7 + 3) % PHRASES.length]}`];
  if (i % 4 === 0) lines.push(PHRASES[i % PHRASES.length]);
  const topic = i % 5 === 0 ? ['医改', '托育'] : i % 5 === 2 ? ['医改'] : [];
  return {
    url: `${BASE}reports/r${i}/#h-1`,
    title,
    context: `报告 ${i}`,
    text: lines.join('\n'),
    filters: {
      city: [city],
      province: [province],
      year: [`${2021 + (Math.floor(i / 4) % 3)}年`],
      kind: [i % 2 ? '工作计划' : '工作总结'],
      ...(topic.length ? { topic } : {}),
    },
  };
}

const RECORDS = Array.from({ length: 24 }, (_, i) => makeRecord(i));

/** Indicators over the phrases above: 托育服务 is also written 托育机构 or 托位 (one record has both). */
const INDICATORS: SearchIndicator[] = [
  { name: '托育服务', names: ['托育服务', '托育机构', '托位', '托育服务体系'], url: `${BASE}compare/childcare/` },
  { name: '医疗卫生服务', names: ['医疗卫生服务', '醫療衛生服務能力', '卫生服务'], url: `${BASE}compare/health/` },
];
/** The index's shards: the first is the bundle pagefind.js belongs to, the others are merged. */
const SHARDS = [RECORDS.slice(0, 9), RECORDS.slice(9, 17), RECORDS.slice(17)];
const SHARD_FOLDERS = SHARDS.slice(1).map((_, k) => `shard-${k + 1}/`);

// ---------------------------------------------------------------------------------------------
// A fake Pagefind over the records' index words.

interface Indexed {
  id: string;
  record: SearchRecord;
  words: string[];
}

const indexWords = (r: SearchRecord) => `${titleTokens(r.title)} ${indexTokens(r.text)}`.split(' ').filter(Boolean);

/** Unquoted search: how many of a record's words start with one of the query's words (0: no match unless each is there). */
function unquotedScore(words: string[], query: string[]): number {
  if (!query.every((q) => words.some((w) => w.startsWith(q)))) return 0;
  return words.filter((w) => query.some((q) => w.startsWith(q))).length;
}

/** A record's score in the fake for one Pagefind query (an exact phrase scores 1). */
function fakeScore(words: string[], query: string): number {
  if (query.startsWith('"')) {
    const phrase = query.slice(1, -1).split(' ');
    for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((p, k) => words[i + k] === p)) return 1;
    return 0;
  }
  return unquotedScore(words, query.split(' '));
}

const passes = (r: SearchRecord, filters: FilterSelection) =>
  Object.entries(filters).every(([f, v]) => r.filters[f as Facet]?.includes(v as string) ?? false);

function fakePagefind(shards: SearchRecord[][]) {
  const seen = {
    options: [] as { noWorker?: boolean }[],
    merged: [] as string[],
    searches: 0,
    /** Every Pagefind query, in order. */
    queries: [] as string[],
    /** Ids whose fragment was loaded. */
    fragments: [] as string[],
  };
  let index: Indexed[] = [];
  // Ids like Pagefind's: unique within the whole index, unrelated to the order.
  const idOf = (shard: number, i: number) => `und_${(shard * 7919 + i * 104729).toString(16)}`;
  const add = (records: SearchRecord[], shard: number) => {
    index = index.concat(records.map((record, i) => ({ id: idOf(shard, i), record, words: indexWords(record) })));
  };
  add(shards[0], 0);
  /** Each shard's facet table, as the build writes it. */
  const tables = shards.map((records, k) => encodeFacetTable(records.map((r, i) => ({ id: idOf(k, i), filters: r.filters }))));
  const pagefind: Pagefind = {
    async options(options) {
      seen.options.push(options);
    },
    async mergeIndex(url) {
      seen.merged.push(url);
      const k = SHARD_FOLDERS.findIndex((folder) => url === `${BASE}pagefind/${folder}`);
      if (k < 0) throw new Error(`no shard at ${url}`);
      add(shards[k + 1], k + 1);
    },
    async search(term): Promise<PagefindResponse> {
      seen.searches++;
      seen.queries.push(term);
      const found = index
        .map((r) => ({ r, score: fakeScore(r.words, term) }))
        .filter(({ score }) => score > 0)
        // Stable: equal scores keep the index's order.
        .sort((a, b) => b.score - a.score);
      return {
        results: found.map(({ r, score }) => ({
          id: r.id,
          score,
          data: async () => {
            seen.fragments.push(r.id);
            const { url, title, context, text, filters } = r.record;
            return { raw_url: url, meta: { title, context, text, filters: JSON.stringify(filters) } };
          },
        })),
      };
    },
  };
  return { pagefind, tables, seen, idOf: (url: string) => index.find((r) => r.record.url === url)?.id };
}

function setUp({ failFirstLoad = false } = {}) {
  const fake = fakePagefind(SHARDS);
  const loads = { pagefind: 0, shards: 0, tables: [] as string[] };
  const engine = createSearchEngine({
    base: BASE,
    indicators: INDICATORS,
    loadPagefind: async () => {
      loads.pagefind++;
      return fake.pagefind;
    },
    loadShards: async () => {
      loads.shards++;
      if (failFirstLoad && loads.shards === 1) throw new Error('pagefind/shards.json: HTTP 503');
      return SHARD_FOLDERS;
    },
    loadFacetTable: async (folder) => {
      loads.tables.push(folder);
      return fake.tables[['', ...SHARD_FOLDERS].indexOf(folder)];
    },
  });
  return { engine, loads, ...fake };
}

// ---------------------------------------------------------------------------------------------
// What the results should be, from the records alone.

/**
 * The records a query with filters finds: every folded term in the folded text (or, with `widen`,
 * one of the other names of the indicator the term names, as the records write them), no excluded
 * term, every filter's value among the record's.
 */
function expected(query: string, filters: FilterSelection = {}, widen = false): SearchRecord[] {
  const { terms, excluded } = parseQuery(query);
  const names = (t: string) => [t, ...(widen ? (INDICATORS.find((i) => i.names.some((n) => fold(n) === t))?.names.map(fold) ?? []) : [])];
  return RECORDS.filter((r) => {
    const text = fold(r.text);
    return terms.length > 0 && terms.every((t) => names(t).some((n) => text.includes(n))) && !excluded.some((t) => text.includes(t)) && passes(r, filters);
  });
}

/** The records found only under another name of an indicator the query names. */
function expectedRelated(query: string, filters: FilterSelection = {}): SearchRecord[] {
  const exact = expected(query, filters);
  return expected(query, filters, true).filter((r) => !exact.includes(r));
}

/**
 * The hits are the expected records, best first: more terms in the title, then the higher summed
 * score. Equal ones keep the index's order: the reading order when every term is searched as an
 * exact phrase (Pagefind scores every result of one alike), its own score's otherwise.
 */
function expectRanked(urls: string[], query: string, filters: FilterSelection = {}): void {
  expect([...urls].sort()).toEqual(expected(query, filters).map((r) => r.url).sort());
  const { terms } = parseQuery(query);
  const keys = urls.map((url) => {
    const r = RECORDS.find((r) => r.url === url)!;
    return {
      inTitle: terms.filter((t) => fold(r.title).includes(t)).length,
      score: terms.reduce((sum, t) => sum + fakeScore(indexWords(r), scoreQuery(t)), 0),
      at: RECORDS.indexOf(r),
    };
  });
  for (let i = 1; i < keys.length; i++) {
    const [a, b] = [keys[i - 1], keys[i]];
    expect(a.inTitle).toBeGreaterThanOrEqual(b.inTitle);
    if (a.inTitle === b.inTitle) expect(a.score).toBeGreaterThanOrEqual(b.score);
    if (a.inTitle === b.inTitle && a.score === b.score && terms.every((t) => t.length > 1)) expect(a.at).toBeLessThan(b.at);
  }
}

const QUERIES = [
  '医疗',
  '醫療　服務',
  '医共体',
  '托育 服务',
  '90.45%',
  '医 生',
  '慢性病 管理',
  '病管',
  '不存在的词',
  'ABC',
  // Phrases (one the index finds a superset for, checked on the text), exclusions.
  '"慢性病 管理"',
  '“病 管理”',
  '"慢性病 管"',
  '医疗 -托育',
  '托育 -"托育服务" -托位',
  '-医疗',
];
const SELECTIONS: FilterSelection[] = [{}, { city: '乐清市' }, { kind: '工作计划', year: '2022年' }, { topic: '托育' }, { province: '浙江', topic: '医改' }];

describe('createSearchEngine', () => {
  it('the test data exercises it: queries with many results, one term and several, and none', () => {
    const sizes = QUERIES.map((q) => expected(q).length);
    expect(Math.max(...sizes)).toBeGreaterThan(5);
    expect(sizes).toContain(0);
    expect(QUERIES.some((q) => parseQuery(q).terms.length > 1 && expected(q).length > 1)).toBe(true);
    expect(QUERIES.some((q) => parseQuery(q).terms.some((t) => t.length === 1) && expected(q).length > 1)).toBe(true);
    // Phrases with spaces that some records have and others have only apart; exclusions that take records out.
    for (const q of ['"慢性病 管理"', '"慢性病 管"']) expect(expected(q).length).toBeGreaterThan(0);
    expect(expected('"医 生"')).toEqual([]);
    expect(parseQuery('"慢性病 管"').terms.some((t) => !exactInIndex(t))).toBe(true);
    expect(expected('医疗 -托育').length).toBeLessThan(expected('医疗').length);
    expect(expected('医疗 -托育').length).toBeGreaterThan(0);
    // Results come from every shard.
    for (const shard of SHARDS) expect(shard.some((r) => expected('医疗').includes(r))).toBe(true);
  });

  it.each(QUERIES)('finds exactly the records whose folded text contains every term of %j, best first', async (query) => {
    const { engine } = setUp();
    const hits = await engine.reportSearch(query);
    expectRanked(hits.map((h) => h.url), query);
    for (const hit of hits) {
      const record = RECORDS.find((r) => r.url === hit.url)!;
      expect(hit).toMatchObject({ title: record.title, context: record.context, filters: record.filters });
      expect(hit.excerpt).toContain('<mark>');
    }
  });

  it.each(SELECTIONS.slice(1))('restricts results to the records having the chosen facet values %j', async (filters) => {
    const { engine } = setUp();
    for (const query of QUERIES) {
      const hits = await engine.reportSearch(query, filters);
      expectRanked(hits.map((h) => h.url), query, filters);
    }
  });

  it('gives a page of results and how many there are, loading only the texts shown', async () => {
    const { engine, seen, idOf } = setUp();
    const all = (await setUp().engine.reportSearch('医疗')).map((h) => h.url);
    expect(all.length).toBe(expected('医疗').length);
    const page = await engine.searchPage('医疗', {}, { offset: 2, limit: 3 });
    expect(page.total).toBe(all.length);
    expect(page.hits.map((h) => h.url)).toEqual(all.slice(2, 5));
    expect(seen.fragments.sort()).toEqual(all.slice(2, 5).map(idOf).sort());
    const counted = await engine.searchPage('医疗', { city: '天门市' }, { limit: 0 });
    expect(counted).toEqual({ total: expected('医疗', { city: '天门市' }).length, hits: [] });
    expect(seen.fragments.length).toBe(3);
  });

  it('loads Pagefind once, merges every shard in order, and runs each search once', async () => {
    const { engine, seen, loads } = setUp();
    expect(await engine.searchPage('  ')).toEqual({ total: 0, hits: [] });
    expect(loads).toEqual({ pagefind: 0, shards: 0, tables: [] });
    const first = await engine.reportSearch('托育 服务', { city: '义乌市' });
    const searches = seen.searches;
    expect(await engine.reportSearch('托育 服务', { city: '义乌市' })).toEqual(first);
    expect(seen.searches).toBe(searches);
    await engine.reportSearch('医共体');
    await engine.facetTallies('医共体', {});
    // Every shard's facet table once, for the filter and the counts.
    expect(loads).toEqual({ pagefind: 1, shards: 1, tables: ['', ...SHARD_FOLDERS] });
    expect(seen.options).toEqual([{ noWorker: true }]);
    expect(seen.merged).toEqual(SHARD_FOLDERS.map((folder) => `${BASE}pagefind/${folder}`));
  });

  it('tries loading again after a failure', async () => {
    const { engine, loads } = setUp({ failFirstLoad: true });
    await expect(engine.reportSearch('医疗')).rejects.toThrow('HTTP 503');
    const hits = await engine.reportSearch('医疗');
    expect(hits.map((h) => h.url).sort()).toEqual(expected('医疗').map((r) => r.url).sort());
    expect(loads.shards).toBe(2);
  });

  it('loads the texts of the candidates only for a phrase the index finds a superset for', async () => {
    const { engine, seen } = setUp();
    await engine.searchPage('"慢性病 管理" -托育', {}, { limit: 0 });
    expect(seen.fragments).toEqual([]);
    const { total } = await engine.searchPage('"慢性病 管"', {}, { limit: 0 });
    expect(total).toBe(expected('"慢性病 管"').length);
    expect(seen.fragments.length).toBeGreaterThanOrEqual(total);
  });

  describe('results under another name of an indicator the query names', () => {
    it('the test data has them: records writing another name only, and records writing both', () => {
      expect(expectedRelated('托育服务').length).toBeGreaterThan(1);
      expect(expected('托育服务').some((r) => fold(r.text).includes('托位'))).toBe(true);
    });

    it.each(['托育服务', '托育機構', '托育服务 医疗', '托育服务 -医共体', '医疗卫生服务', '"卫生服务"'])('for %j are the records only another name finds, apart from the exact ones', async (query) => {
      const { engine } = setUp();
      for (const filters of SELECTIONS) {
        const related = await engine.synonymPage(query, filters);
        expect(related.hits.map((h) => h.url).sort()).toEqual(expectedRelated(query, filters).map((r) => r.url).sort());
        expect(related.total).toBe(related.hits.length);
        // The exact results stay exact.
        expectRanked((await engine.reportSearch(query, filters)).map((h) => h.url), query, filters);
        for (const hit of related.hits) expect(hit.excerpt).toContain('<mark>');
      }
    });

    it('says which term names which indicator and by what other names', async () => {
      const { engine } = setUp();
      const { offers, hits } = await engine.synonymPage('托育服务 医疗');
      expect(offers.map((o) => [o.term, o.indicator.name, o.names])).toEqual([['托育服务', '托育服务', ['托育机构', '托位']]]);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        const marked = [...hit.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => fold(m[1]));
        for (const m of marked) expect(['托育机构', '托位', '医疗']).toContain(m);
        expect(marked.some((m) => m !== '医疗')).toBe(true);
      }
    });

    it('is empty, searching nothing, when no term names an indicator', async () => {
      const { engine, seen } = setUp();
      expect(await engine.synonymPage('托育')).toEqual({ offers: [], total: 0, hits: [] });
      expect(await engine.synonymPage('-托育服务')).toEqual({ offers: [], total: 0, hits: [] });
      expect(seen.searches).toBe(0);
    });

    it('pages like the exact results, loading only the texts shown', async () => {
      const { engine, seen, idOf } = setUp();
      const all = (await setUp().engine.synonymPage('托育服务')).hits.map((h) => h.url);
      const page = await engine.synonymPage('托育服务', {}, { offset: 1, limit: 1 });
      expect(page.total).toBe(all.length);
      expect(page.hits.map((h) => h.url)).toEqual(all.slice(1, 2));
      expect(seen.fragments).toEqual(all.slice(1, 2).map(idOf));
    });
  });

  it('counts facets from the term queries alone: no score or title query, no text loaded', async () => {
    const { engine, seen } = setUp();
    await engine.facetTallies('托育 服务 -医共体', { city: '乐清市' });
    expect([...seen.queries].sort()).toEqual(['托育', '服务', '医共体'].map(termQuery).sort());
    expect(seen.fragments).toEqual([]);
  });

  describe.each(['医疗', '托育 服务', '医 生', '医疗 -托育', '"慢性病 管"'])('facet tallies for %j', (query) => {
    it.each(SELECTIONS)('count, for each facet, the results passing the other choices of %j', async (chosen) => {
      const { engine } = setUp();
      const tallies = await engine.facetTallies(query, chosen);
      expect(Object.keys(tallies).sort()).toEqual([...FACETS].sort());
      for (const facet of FACETS) {
        const among = expected(query, withoutFacet(chosen, facet));
        const counts: Record<string, number> = {};
        for (const r of among) for (const v of r.filters[facet] ?? []) counts[v] = (counts[v] ?? 0) + 1;
        const { total, values } = tallies[facet];
        expect(total).toBe(among.length);
        expect(Object.fromEntries(values.map((v) => [v.value, v.count]))).toEqual(counts);
        // Most frequent first.
        for (let i = 1; i < values.length; i++) expect(values[i - 1].count).toBeGreaterThanOrEqual(values[i].count);
      }
      // reportFacets gives the same counts as facet → value → count.
      const facets = await engine.reportFacets(query, chosen);
      for (const facet of FACETS) expect(facets[facet]).toEqual(Object.fromEntries(tallies[facet].values.map((v) => [v.value, v.count])));
    });
  });
});
