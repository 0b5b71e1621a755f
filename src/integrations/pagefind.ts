/**
 * Astro integration: after `astro build`, index the search records the build wrote
 * (`search/records.ndjson`, one record a line, see src/pages/search/records.ndjson.ts) with
 * Pagefind into `pagefind/`, then move the records out of the site into the build-only folder
 * (src/integrations/build-only.ts): readers never download them.
 *
 * The records are read line by line and indexed in shards of bounded size (src/lib/search/shards.ts)
 * as they come, one Pagefind process each, so neither the records nor the index are ever in memory
 * all at once: the first shard is the bundle in `pagefind/` (with `pagefind.js`), the others are
 * `pagefind/shard-<k>/` holding only their index files, listed in `pagefind/shards.json` for the
 * browser to merge. Each shard also gets its facet table (src/lib/search/facet-table.ts). Shards
 * are written by worker threads (src/integrations/search-shard.ts), two at a time.
 */
import { createReadStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { recordCharacters, SHARD_CHARACTERS, shardLanguage, shardsOf, type SearchRecord } from '../lib/search/index.ts';
import { positiveIntegerSetting } from '../lib/settings.ts';
import { buildOnlyDir, RECORDS_NDJSON } from './build-only.ts';
import type { ShardDone, ShardJob } from './search-shard.ts';

/** Where the records are in the built site (the endpoint's output) until indexed. */
export const RECORDS_FILE = 'search/records.ndjson';
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

/** The records of an NDJSON file, one at a time. */
async function* readRecords(file: string): AsyncGenerator<SearchRecord> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as SearchRecord;
}

/** A writer thread: one shard at a time, its result ids when done. */
class ShardWriter {
  private readonly worker = new Worker(new URL('./search-shard.ts', import.meta.url));
  private pending: { resolve: (ids: string[]) => void; reject: (e: Error) => void } | null = null;

  constructor() {
    this.worker.on('message', (done: ShardDone) => {
      const pending = this.pending!;
      this.pending = null;
      if ('error' in done) pending.reject(new Error(done.error));
      else pending.resolve(done.ids);
    });
    this.worker.on('error', (e) => this.pending?.reject(e));
    this.worker.on('exit', (code) => this.pending?.reject(new Error(`搜索索引线程退出，代码 ${code}`)));
  }

  write(job: ShardJob): Promise<string[]> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(job);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Index the records of the site built in `outDir` and write the Pagefind bundle next to them,
 * in shards of at most `shardCharacters` characters of record text; then move the records to the
 * build-only folder.
 */
export async function buildSearchIndex(outDir: string, { shardCharacters = SHARD_CHARACTERS } = {}): Promise<IndexStats> {
  const started = performance.now();
  const file = path.join(outDir, RECORDS_FILE);
  const bundle = path.join(outDir, BUNDLE_DIR);
  const writers = Array.from({ length: WRITERS }, () => new ShardWriter());
  const idle = [...writers];
  const running = new Set<Promise<void>>();
  const idsOf: string[][] = [];
  let records = 0;
  try {
    let k = 0;
    for await (const shard of shardsOf(readRecords(file), recordCharacters, shardCharacters)) {
      // At most WRITERS shards in flight and one being read: wait for a free writer first.
      while (idle.length === 0) await Promise.race(running);
      const writer = idle.pop()!;
      const shardIndex = k++;
      records += shard.length;
      const job = writer
        .write({ records: shard, language: shardLanguage(shardIndex), outputPath: path.join(bundle, shardIndex === 0 ? '' : `shard-${shardIndex}/`), indexFilesOnly: shardIndex > 0 })
        .then((ids) => {
          idsOf[shardIndex] = ids;
          idle.push(writer);
        });
      running.add(job);
      job.then(
        () => running.delete(job),
        () => undefined,
      );
    }
    await Promise.all(running);
    if (k === 0) throw new Error(`${file} 中没有搜索记录`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`没有找到 ${file}：搜索索引由 src/pages/search/records.ndjson.ts 生成的记录建立`);
    throw e;
  } finally {
    await Promise.all(writers.map((w) => w.close()));
  }
  checkUniqueIds(idsOf);
  await writeFile(path.join(bundle, SHARDS_FILE), JSON.stringify(idsOf.slice(1).map((_, k) => `shard-${k + 1}/`)));
  const buildOnly = buildOnlyDir(outDir);
  await mkdir(buildOnly, { recursive: true });
  await rename(file, path.join(buildOnly, RECORDS_NDJSON));
  return { records, shards: idsOf.length, milliseconds: performance.now() - started };
}

/**
 * The browser merges the shards and tells records apart by their result ids (results, facet
 * tables): each shard's language makes them unique (`shardLanguage`); checked, since a shared id
 * would mean wrong results and counts.
 */
function checkUniqueIds(idsOf: string[][]): void {
  const seen = new Map<string, number>();
  idsOf.forEach((ids, k) => {
    for (const id of ids) {
      if (seen.has(id)) throw new Error(`搜索索引：分片 ${seen.get(id)} 与分片 ${k} 的记录结果编号 ${id} 相同`);
      seen.set(id, k);
    }
  });
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
