/**
 * Search benchmark (figures, not a test): index size, indexing time, and for a first query on a
 * freshly opened search page and a later one, the bytes fetched and the time to results.
 *
 *   npm run bench:search [-- dist]     (default: dist, built by `npm run build`)
 *
 * Bytes are response bodies as served (Pagefind's index, fragment and wasm files are gzip already;
 * JavaScript would shrink further with HTTP compression). Time is measured in the page around
 * `window.reportSearch`, on 127.0.0.1, so it is mostly parsing and wasm work, not network.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSearchIndex, BUNDLE_DIR, RECORDS_FILE } from '../src/integrations/pagefind.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { BASE } from '../tests/helpers/dist.ts';
import { serveStatic } from '../tests/helpers/serve.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');

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
  console.log(`records file: ${kb(statSync(path.join(dist, RECORDS_FILE)).size)}`);
  console.log(`index chunks: ${group((n) => n.startsWith('index/'))}`);
  console.log(`fragments:    ${group((n) => n.startsWith('fragment/'))}`);
  console.log(`filters:      ${group((n) => n.startsWith('filter/'))}`);
  console.log(`meta + entry: ${group((n) => n.endsWith('.pf_meta') || n.endsWith('entry.json'))}`);
  console.log(`runtime used: ${group((n) => n === 'pagefind.js' || n.startsWith('wasm.'))} (pagefind.js, wasm)`);
  console.log(`whole bundle: ${group(() => true)} (includes Pagefind's unused UI files)`);
}

async function indexingTime(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-search-'));
  try {
    mkdirSync(path.join(dir, path.dirname(RECORDS_FILE)), { recursive: true });
    copyFileSync(path.join(dist, RECORDS_FILE), path.join(dir, RECORDS_FILE));
    const stats = await buildSearchIndex(dir);
    console.log(`indexing: ${stats.records} records in ${Math.round(stats.milliseconds)} ms (Pagefind service start included)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
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

indexFigures();
await indexingTime();
await queryFigures();
