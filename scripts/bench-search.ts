/**
 * Search benchmark (figures, not a test): index size, indexing time; what a reader downloads for a
 * first one-term search (by kind of file) and how long a two-term query's facet counts take
 * (`measureSearch`, also used by the site benchmark, scripts/bench/); for a first query on a
 * freshly opened search page and a later one, the bytes fetched and the time to every result
 * (`window.reportSearch`) and to the first page of results as a reader sees it (typed into the
 * page: count and first 50 results shown, then facet counts); with `--ranking`, how the ranking
 * compares with ordering by the text (terms in the title, then occurrences per √length).
 *
 *   npm run bench:search [-- dist] [--ranking] [--skip-indexing] [--skip-queries]     (default: dist, built by `npm run build`)
 *
 * Bytes are response bodies as served (Pagefind's index, fragment and wasm files are gzip already;
 * JavaScript would shrink further with HTTP compression). Time is measured in the page around
 * `window.reportSearch`, on 127.0.0.1, so it is mostly parsing and wasm work, not network.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOnlyDir } from '../src/integrations/build-only.ts';
import { buildSearchIndex, BUNDLE_DIR, RECORDS_FILE, SHARDS_FILE } from '../src/integrations/pagefind.ts';
import { fold, parseQuery } from '../src/lib/search/index.ts';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { BASE } from '../tests/helpers/dist.ts';
import { readRecords, recordsFile } from '../tests/helpers/records.ts';
import { corpusQueries } from '../tests/helpers/search-queries.ts';
import { serveStatic } from '../tests/helpers/serve.ts';

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
/** Queries typed into the search page, each on a freshly opened page. */
const PAGE_QUERIES = ['卫生', '托育', '人均预期寿命', '乐清 托育'];

/** First and later query of each run: rare and common words, a long phrase, two terms, Traditional. */
const RUNS: [string, string][] = [
  ['托育', '医共体'],
  ['家庭医生签约', '人均预期寿命'],
  ['卫生', '医疗'],
  ['基层医疗卫生机构', '醫療衛生'],
  ['乐清 托育', '９０．４５％'],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function filesUnder(dir: string): { name: string; size: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { name: path.relative(dir, file), size: statSync(file).size };
    });
}

function indexFigures(): void {
  const bundle = filesUnder(path.join(dist, BUNDLE_DIR));
  const group = (test: (n: string) => boolean) => {
    const files = bundle.filter((f) => test(f.name));
    return `${files.length} files, ${kb(files.reduce((a, f) => a + f.size, 0))}`;
  };
  console.log(`records file: ${kb(statSync(recordsFile(dist)).size)} (build-only)`);
  // The first shard's files are at the top of the bundle, the others' under shard-<k>/.
  const inShard = (dir: string) => (n: string) => new RegExp(`^(shard-\\d+/)?${dir}/`).test(n);
  console.log(`shards:       ${1 + (JSON.parse(readFileSync(path.join(dist, BUNDLE_DIR, SHARDS_FILE), 'utf8')) as string[]).length}`);
  console.log(`index chunks: ${group(inShard('index'))}`);
  console.log(`fragments:    ${group(inShard('fragment'))}`);
  console.log(`facet tables: ${group((n) => n.endsWith('facets.json.gz'))}`);
  console.log(`meta + entry: ${group((n) => n.endsWith('.pf_meta') || n.endsWith('entry.json'))}`);
  console.log(`runtime used: ${group((n) => n === 'pagefind.js' || n.startsWith('wasm.'))} (pagefind.js, wasm)`);
  console.log(`whole bundle: ${group(() => true)} (includes Pagefind's unused UI files)`);
}

async function indexingTime(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-search-'));
  try {
    mkdirSync(path.join(dir, path.dirname(RECORDS_FILE)), { recursive: true });
    copyFileSync(recordsFile(dist), path.join(dir, RECORDS_FILE));
    const stats = await buildSearchIndex(dir);
    console.log(`indexing: ${stats.records} records in ${stats.shards} shards, ${Math.round(stats.milliseconds)} ms (Pagefind service starts included)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(buildOnlyDir(dir), { recursive: true, force: true });
  }
}

async function queryFigures(): Promise<void> {
  const server = await serveStatic(dist, BASE);
  const browser = await launchBrowser();
  try {
    for (const run of RUNS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let fetched: { url: string; bytes: number }[] = [];
      let bodies: Promise<unknown>[] = [];
      page.on('response', (r) => {
        const entry = { url: new URL(r.url()).pathname, bytes: 0 };
        fetched.push(entry);
        bodies.push(r.body().then((b) => (entry.bytes = b.length), () => 0));
      });
      await page.goto(`${server.url}${BASE}search/`, { waitUntil: 'networkidle' });
      await Promise.all(bodies);
      const pageBytes = fetched.reduce((a, f) => a + f.bytes, 0);
      const lines = [`page load (HTML, CSS, search script): ${kb(pageBytes)}`];
      for (const [i, query] of run.entries()) {
        fetched = [];
        bodies = [];
        const { count, ms } = await page.evaluate(async (q) => {
          const start = performance.now();
          const hits = await window.reportSearch(q);
          return { count: hits.length, ms: performance.now() - start };
        }, query);
        await Promise.all(bodies);
        const by = (dir: string) => fetched.filter((f) => f.url.includes(`/${BUNDLE_DIR}/${dir}`));
        const bytes = fetched.reduce((a, f) => a + f.bytes, 0);
        lines.push(
          `${i === 0 ? 'first' : 'later'} ${JSON.stringify(query)}: ${count} results, ${Math.round(ms)} ms, ${kb(bytes)} in ${fetched.length} requests ` +
            `(${by('index/').length} index chunks, ${by('fragment/').length} fragments)`,
        );
      }
      console.log(lines.join('\n  '));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The first page of results as a reader gets it: query typed on a fresh search page, Enter. */
async function pageFigures(): Promise<void> {
  const server = await serveStatic(dist, BASE);
  const browser = await launchBrowser();
  try {
    for (const query of PAGE_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${BASE}search/`, { waitUntil: 'networkidle' });
      const responses = collect(page);
      const start = await page.evaluate(() => performance.now());
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
      await page.locator('#search-status', { hasText: /找到|无结果/ }).waitFor({ timeout: 600_000 });
      const shownAt = await page.evaluate(() => performance.now());
      const status = await page.locator('#search-status').innerText();
      const shown = await page.locator('.search-results > li').count();
      // Without results there are no facets to wait for.
      if (shown > 0) await page.locator('#search-facets:not([hidden]) select[name="city"] option').nth(1).waitFor({ state: 'attached', timeout: 600_000 });
      const facetsAt = await page.evaluate(() => performance.now());
      console.log(
        `page ${JSON.stringify(query)}: ${status}, ${shown} shown after ${Math.round(shownAt - start)} ms, ` +
          `facets after ${Math.round(facetsAt - start)} ms; ${fetchedLine(await responses.done())}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Kendall's tau between two orders of the same items. */
function kendallTau(a: string[], b: string[]): number {
  const at = new Map(b.map((u, i) => [u, i]));
  const pos = a.map((u) => at.get(u)!);
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < pos.length; i++) {
    for (let j = i + 1; j < pos.length; j++) {
      if (pos[i] < pos[j]) concordant++;
      else discordant++;
    }
  }
  return (concordant - discordant) / Math.max(1, concordant + discordant);
}

/**
 * The site's ranking beside ordering by the text (the ranking used before results were paged:
 * terms in the title first, then occurrences per √length, ties in reading order), over the
 * corpus-derived queries with at least two results.
 */
async function rankingFigures(): Promise<void> {
  const records = readRecords(dist);
  const byUrl = new Map(records.map((r, i) => [r.url, { r, i, text: fold(r.text), title: fold(r.title) }]));
  const textOrder = (query: string, urls: string[]) => {
    const { terms } = parseQuery(query);
    const score = (url: string) => {
      const { text, title } = byUrl.get(url)!;
      const occurrences = terms.reduce((sum, t) => sum + text.split(t).length - 1, 0);
      return terms.filter((t) => title.includes(t)).length + occurrences / Math.sqrt(text.length);
    };
    return [...urls].sort((a, b) => score(b) - score(a) || byUrl.get(a)!.i - byUrl.get(b)!.i);
  };
  const queries = corpusQueries(records).map((q) => q.query);
  const server = await serveStatic(dist, BASE);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}${BASE}search/`);
    const ranked = await page.evaluate(async (qs) => {
      const out: [string, string[]][] = [];
      for (const q of qs) out.push([q, (await window.reportSearch(q)).map((h) => h.url)]);
      return out;
    }, queries);
    const compared = ranked.filter(([, urls]) => urls.length >= 2).map(([q, urls]) => ({ urls, text: textOrder(q, urls) }));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const top = (n: number) => mean(compared.map(({ urls, text }) => urls.slice(0, n).filter((u) => text.slice(0, n).includes(u)).length / Math.min(n, urls.length)));
    console.log(
      `ranking vs text order, ${compared.length} queries with 2+ results: same first result ${(100 * mean(compared.map(({ urls, text }) => Number(urls[0] === text[0])))).toFixed(1)}%, ` +
        `top-10 overlap ${(100 * top(10)).toFixed(1)}%, identical order ${(100 * mean(compared.map(({ urls, text }) => Number(urls.join() === text.join())))).toFixed(1)}%, ` +
        `mean Kendall tau ${mean(compared.map(({ urls, text }) => kendallTau(urls, text))).toFixed(3)}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The kinds of file a search fetches, by URL. */
const KINDS: [string, RegExp][] = [
  ['pagefind.js', /\/pagefind\/pagefind\.js$/],
  ['wasm', /\/pagefind\/wasm\.[^/]+\.pagefind$/],
  ['entry', /pagefind-entry\.json$/],
  ['meta', /\.pf_meta$/],
  ['shards.json', /\/pagefind\/shards\.json$/],
  ['index chunks', /\/pagefind\/(shard-\d+\/)?index\//],
  ['filters', /\/pagefind\/(shard-\d+\/)?filter\//],
  ['fragments', /\/pagefind\/(shard-\d+\/)?fragment\//],
  ['facet tables', /\/facets\.json\.gz$/],
];

/** What a search fetched: bytes and files, in all and by kind of file (`other`: none of KINDS). */
export interface Fetched {
  bytes: number;
  requests: number;
  byKind: Record<string, { files: number; bytes: number }>;
}

/** The search figures of the site benchmark (`measureSearch`). */
export interface SearchFigures {
  /** A reader's first search, one term, typed into a freshly opened search page: until the first results and the facet counts are shown. */
  firstSearch: { query: string; results: number; milliseconds: number } & Fetched;
  /** A two-term query's facet counts (`window.reportFacets`) on a freshly opened page: its results found and counted, tables loaded. */
  twoTermFacets: { query: string; milliseconds: number } & Fetched;
}

function byKind(fetched: { url: string; bytes: number }[]): Fetched {
  const kinds: Fetched['byKind'] = {};
  for (const f of fetched) {
    const kind = KINDS.find(([, test]) => test.test(f.url))?.[0] ?? 'other';
    kinds[kind] ??= { files: 0, bytes: 0 };
    kinds[kind].files++;
    kinds[kind].bytes += f.bytes;
  }
  return { bytes: fetched.reduce((a, f) => a + f.bytes, 0), requests: fetched.length, byKind: kinds };
}

/** Every response from now until `done()`, with its body's size. */
function collect(page: Page) {
  const fetched: { url: string; bytes: number }[] = [];
  const bodies: Promise<unknown>[] = [];
  const listener = (r: Response) => {
    const entry = { url: new URL(r.url()).pathname, bytes: 0 };
    fetched.push(entry);
    bodies.push(r.body().then((b) => (entry.bytes = b.length), () => 0));
  };
  page.on('response', listener);
  return {
    async done(): Promise<Fetched> {
      page.off('response', listener);
      await Promise.all(bodies);
      return byKind(fetched);
    },
  };
}

/**
 * The figures of search on the site built in `dist` (its search page must have results for both
 * queries): bytes of a first one-term search, by kind of file, and the time and bytes of a two-term
 * query's facet counts. Each on a freshly opened page in headless Chromium, served from 127.0.0.1.
 */
export async function measureSearch(
  dist: string,
  { oneTerm = '卫生', twoTerms = '医疗 卫生' }: { oneTerm?: string; twoTerms?: string } = {},
): Promise<SearchFigures> {
  const server = await serveStatic(dist, BASE);
  const browser = await launchBrowser();
  const fresh = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${BASE}search/`, { waitUntil: 'networkidle' });
    return { context, page };
  };
  try {
    const first = await fresh();
    const responses = collect(first.page);
    const start = await first.page.evaluate(() => performance.now());
    await first.page.locator('#search-q').fill(oneTerm);
    await first.page.locator('#search-q').press('Enter');
    await first.page.locator('#search-status', { hasText: /找到|无结果/ }).waitFor({ timeout: 600_000 });
    const results = await first.page.locator('.search-results > li').count();
    if (results > 0) await first.page.locator('#search-facets:not([hidden]) select[name="city"] option').nth(1).waitFor({ state: 'attached', timeout: 600_000 });
    const end = await first.page.evaluate(() => performance.now());
    const firstSearch = { query: oneTerm, results, milliseconds: end - start, ...(await responses.done()) };
    await first.context.close();

    const second = await fresh();
    const counted = collect(second.page);
    const milliseconds = await second.page.evaluate(async (q) => {
      const t = performance.now();
      await window.reportFacets(q);
      return performance.now() - t;
    }, twoTerms);
    const twoTermFacets = { query: twoTerms, milliseconds, ...(await counted.done()) };
    await second.context.close();
    return { firstSearch, twoTermFacets };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What a search fetched by kind of file, largest first. */
const kinds = (f: Fetched) =>
  Object.entries(f.byKind)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([k, v]) => `${k} ${v.files}: ${kb(v.bytes)}`)
    .join(', ');

/** Bytes and requests of a search, then by kind of file. */
const fetchedLine = (f: Fetched) => `${kb(f.bytes)} in ${f.requests} requests (${kinds(f)})`;

/** One line per figure of `measureSearch`. */
function searchLines({ firstSearch, twoTermFacets }: SearchFigures): string {
  return [
    `first one-term search ${JSON.stringify(firstSearch.query)} (${firstSearch.results} shown, facets counted): ${kb(firstSearch.bytes)} in ${firstSearch.requests} requests, ${Math.round(firstSearch.milliseconds)} ms — ${kinds(firstSearch)}`,
    `two-term facets ${JSON.stringify(twoTermFacets.query)} (window.reportFacets, fresh page): ${Math.round(twoTermFacets.milliseconds)} ms, ${kb(twoTermFacets.bytes)} in ${twoTermFacets.requests} requests — ${kinds(twoTermFacets)}`,
  ].join('\n');
}

// Run as a script (not when the site benchmark imports measureSearch).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  indexFigures();
  console.log(searchLines(await measureSearch(dist)));
  if (!args.includes('--skip-indexing')) await indexingTime();
  await pageFigures();
  // Every result of a common word is thousands of fragments at national scale: --skip-queries there.
  if (!args.includes('--skip-queries')) await queryFigures();
  if (args.includes('--ranking')) await rankingFigures();
}
