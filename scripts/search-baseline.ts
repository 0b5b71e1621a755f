/**
 * Search quality of this site's index beside Pagefind's default Chinese handling, on the same
 * records and the same corpus-derived queries (tests/helpers/search-queries.ts), in Chromium.
 *
 *   npx tsx scripts/search-baseline.ts [dist]     (default: dist, built by `npm run build`)
 *
 * "Default" indexes each record's visible text as a `zh-cn` custom record with Pagefind's default
 * configuration (its Chinese word segmentation) and searches from a `zh-CN` page, once with the
 * query as typed and once quoted (Pagefind's exact-phrase mode). "Site" is the built search page's
 * `window.reportSearch`. Prints recall, precision and a sample of failures for each.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BASE } from '../tests/helpers/dist.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { readRecords } from '../tests/helpers/records.ts';
import { corpusQueries, measureQuality, qualityLine, truthFor, type Quality } from '../tests/helpers/search-queries.ts';
import { serveStatic } from '../tests/helpers/serve.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const records = readRecords(dist);
const queries = corpusQueries(records);
const truth = truthFor(records);

/** A site holding only a `zh-CN` page and Pagefind's default index of the records. */
async function defaultIndexSite(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-baseline-'));
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(errors.join('; '));
  for (const r of records) {
    const filters = Object.fromEntries(Object.entries(r.filters).filter(([, v]) => v?.length)) as Record<string, string[]>;
    await index.addCustomRecord({ url: r.url, content: r.text, language: 'zh-cn', meta: { title: r.title }, filters });
  }
  await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await pagefind.close();
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>baseline</title></head><body></body></html>');
  return dir;
}

function report(name: string, quality: Quality): void {
  console.log(qualityLine(name, quality));
  const bySource = new Map<string, number>();
  for (const f of quality.failures) bySource.set(f.from, (bySource.get(f.from) ?? 0) + 1);
  if (bySource.size) console.log(`  failing queries by source: ${[...bySource].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const f of quality.failures.slice(0, 6)) {
    console.log(`  ${JSON.stringify(f.query)} (${f.from}): ${f.missing.length} missing, ${f.extra.length} extra of ${truth(f.query).length} true`);
  }
}

const browser = await launchBrowser();
const baselineDir = await defaultIndexSite();
const baseline = await serveStatic(baselineDir);
const site = await serveStatic(dist, BASE);
try {
  const page = await browser.newPage();
  await page.goto(`${baseline.url}/`);
  for (const quoted of [false, true]) {
    const urls = await page.evaluate(
      async ([qs, quoted]) => {
        const pf = await import(`${location.origin}/pagefind/pagefind.js`);
        const out: [string, string[]][] = [];
        for (const q of qs) {
          const { results } = await pf.search(quoted ? `"${q}"` : q);
          out.push([q, await Promise.all(results.map(async (r: { data(): Promise<{ raw_url: string }> }) => (await r.data()).raw_url))]);
        }
        return out;
      },
      [queries.map((q) => q.query), quoted] as const,
    );
    report(quoted ? 'pagefind default, quoted' : 'pagefind default', measureQuality(queries, truth, new Map(urls)));
  }
  await page.goto(`${site.url}${BASE}search/`);
  const ours = await page.evaluate(async (qs) => {
    const out: [string, string[]][] = [];
    for (const q of qs) out.push([q, (await window.reportSearch(q)).map((h) => h.url)]);
    return out;
  }, queries.map((q) => q.query));
  report('site (bigram index)', measureQuality(queries, truth, new Map(ours)));
  console.log(`records: ${records.length}; queries: ${queries.length} (${[...Map.groupBy(queries, (q) => q.from)].map(([k, v]) => `${k} ${v.length}`).join(', ')})`);
} finally {
  await browser.close();
  await baseline.close();
  await site.close();
  rmSync(baselineDir, { recursive: true, force: true });
}
