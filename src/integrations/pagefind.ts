/**
 * Astro integration: after `astro build`, index the search records the build wrote
 * (`search/records.json`, see src/pages/search/records.json.ts) with Pagefind into `pagefind/`.
 *
 * The records are indexed in shards of bounded size (src/lib/search/shards.ts), one Pagefind
 * process each, so the build's memory does not grow with the corpus: the first shard is the
 * bundle in `pagefind/` (with `pagefind.js`), the others are `pagefind/shard-<k>/` holding only
 * their index files, listed in `pagefind/shards.json` for the browser to merge. Shards are written
 * by worker threads (src/integrations/search-shard.ts), two at a time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { recordCharacters, SHARD_CHARACTERS, shardsOf, type SearchRecord } from '../lib/search/index.ts';
import { positiveIntegerSetting } from '../lib/settings.ts';
import type { ShardJob } from './search-shard.ts';

/** Where the records are in the built site (the endpoint's output). */
export const RECORDS_FILE = 'search/records.json';
/** Where the Pagefind bundle goes in the built site; the search page loads `pagefind.js` from it. */
export const BUNDLE_DIR = 'pagefind';
/** In the bundle: the folders of the shards after the first, relative to the bundle, in record order. */
export const SHARDS_FILE = 'shards.json';
/** Shards written at the same time (each thread holds one shard's words in its Pagefind process). */
const WRITERS = Math.min(2, availableParallelism());

/** What indexing did, for the build log and the benchmark. */
export interface IndexStats {
  records: number;
  shards: number;
  milliseconds: number;
}

/** Write the jobs in a worker thread, in turn. */
function runWorker(jobs: ShardJob[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-shard.ts', import.meta.url), { workerData: { jobs } });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`搜索索引线程退出，代码 ${code}`))));
  });
}

/**
 * Index the records of the site built in `outDir` and write the Pagefind bundle next to them,
 * in shards of at most `shardCharacters` characters of record text.
 */
export async function buildSearchIndex(outDir: string, { shardCharacters = SHARD_CHARACTERS } = {}): Promise<IndexStats> {
  const started = performance.now();
  const file = path.join(outDir, RECORDS_FILE);
  const records = JSON.parse(
    await readFile(file, 'utf8').catch(() => {
      throw new Error(`没有找到 ${file}：搜索索引由 src/pages/search/records.json.ts 生成的记录建立`);
    }),
  ) as SearchRecord[];
  const bundle = path.join(outDir, BUNDLE_DIR);
  const shards = shardsOf(records, recordCharacters, shardCharacters);
  const folders = shards.map((_, k) => (k === 0 ? '' : `shard-${k}/`));
  const jobs: ShardJob[] = shards.map((shard, k) => ({ records: shard, outputPath: path.join(bundle, folders[k]), indexFilesOnly: k > 0 }));
  // Round robin: each thread gets every WRITERS-th shard; the output does not depend on the order.
  await Promise.all(Array.from({ length: Math.min(WRITERS, jobs.length) }, (_, w) => runWorker(jobs.filter((_, k) => k % WRITERS === w))));
  const merged = folders.slice(1);
  await writeFile(path.join(bundle, SHARDS_FILE), JSON.stringify(merged));
  return { records: records.length, shards: shards.length, milliseconds: performance.now() - started };
}

/** The integration registered in astro.config.mjs. */
export default function reportSearchIndex(): AstroIntegration {
  return {
    name: 'report-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex(fileURLToPath(dir), {
          // Tests build small shards to exercise merging.
          shardCharacters: positiveIntegerSetting('SEARCH_SHARD_CHARACTERS', process.env.SEARCH_SHARD_CHARACTERS, SHARD_CHARACTERS),
        });
        logger.info(`搜索索引：${stats.records} 条记录，${stats.shards} 个分片，${Math.round(stats.milliseconds)} ms`);
      },
    },
  };
}
