/**
 * Astro integration: after `astro build`, index the search records the build wrote
 * (`search/records.json`, see src/pages/search/records.json.ts) with Pagefind into `pagefind/`.
 *
 * The records are indexed in shards of bounded size (src/lib/search-shards.ts), one Pagefind
 * process each, so the build's memory does not grow with the corpus: the first shard is the
 * bundle in `pagefind/` (with `pagefind.js`), the others are `pagefind/shard-<k>/` holding only
 * their index files, listed in `pagefind/shards.json` for the browser to merge.
 *
 * Pagefind indexes the letter-spelled bigram tokens of each record (src/lib/search-text.ts),
 * as one language-neutral index (`und`), so its exact-phrase search is substring search on the
 * folded text; the title's marked tokens come first, for ranking title matches first. The
 * record's own text rides along in its metadata for the excerpt, loaded only for results shown.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-sections.ts';
import { recordCharacters, SHARD_CHARACTERS, shardsOf } from '../lib/search-shards.ts';
import { indexTokens, titleTokens } from '../lib/search-text.ts';

/** Where the records are in the built site (the endpoint's output). */
export const RECORDS_FILE = 'search/records.json';
/** Where the Pagefind bundle goes in the built site; the search page loads `pagefind.js` from it. */
export const BUNDLE_DIR = 'pagefind';
/** In the bundle: the folders of the shards after the first, relative to the bundle, in record order. */
export const SHARDS_FILE = 'shards.json';
/** What a merged shard needs; the rest Pagefind writes (its script, UI, wasm) is the first shard's. */
const SHARD_FILES = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter)$/;

/** What indexing did, for the build log and the benchmark. */
export interface IndexStats {
  records: number;
  shards: number;
  milliseconds: number;
}

function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} 失败：${errors.join('；')}`);
}

/** Index one shard's records into `outputPath` in a Pagefind process of its own. */
async function writeShard(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
  check('createIndex', errors);
  try {
    for (const record of records) {
      const filters = Object.fromEntries(Object.entries(record.filters).filter(([, v]) => v?.length)) as Record<string, string[]>;
      const added = await index!.addCustomRecord({
        url: record.url,
        content: `${titleTokens(record.title)} ${indexTokens(record.text)}`,
        language: 'und',
        meta: { title: record.title, context: record.context, text: record.text },
        filters,
      });
      check(`addCustomRecord ${record.url}`, added.errors);
    }
    check('writeFiles', (await index!.writeFiles({ outputPath })).errors);
  } finally {
    // Closing ends the process, which is what gives its memory back before the next shard.
    await pagefind.close();
  }
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
  const merged: string[] = [];
  for (const [k, shard] of shards.entries()) {
    if (k === 0) {
      await writeShard(shard, bundle);
      continue;
    }
    const folder = `shard-${k}`;
    await writeShard(shard, path.join(bundle, folder));
    for (const name of await readdir(path.join(bundle, folder))) {
      if (!SHARD_FILES.test(name)) await rm(path.join(bundle, folder, name), { recursive: true });
    }
    merged.push(`${folder}/`);
  }
  await writeFile(path.join(bundle, SHARDS_FILE), JSON.stringify(merged));
  return { records: records.length, shards: shards.length, milliseconds: performance.now() - started };
}

/** Shard size from SEARCH_SHARD_CHARACTERS (tests build small shards to exercise merging), else the default. */
function shardCharactersFromEnv(): number {
  const given = process.env.SEARCH_SHARD_CHARACTERS;
  if (given === undefined || given === '') return SHARD_CHARACTERS;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_SHARD_CHARACTERS 须为正整数，而不是“${given}”`);
  return n;
}

/** The integration registered in astro.config.mjs. */
export default function reportSearchIndex(): AstroIntegration {
  return {
    name: 'report-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex(fileURLToPath(dir), { shardCharacters: shardCharactersFromEnv() });
        logger.info(`搜索索引：${stats.records} 条记录，${stats.shards} 个分片，${Math.round(stats.milliseconds)} ms`);
      },
    },
  };
}
