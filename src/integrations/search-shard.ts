/**
 * Writing search index shards (src/integrations/pagefind.ts): one shard's records into a Pagefind
 * index in a folder, with its facet table, and the worker thread that writes the shards posted to
 * it. Pagefind's Node API keeps one service process per module instance and answers its messages
 * one at a time, so shards are written side by side only from separate threads, each with its own
 * instance of the module (2 threads on 200 reports: 5.0 s instead of 8.2 s).
 *
 * Pagefind indexes the letter-spelled bigram tokens of each record (src/lib/search/text.ts) under
 * a language code of the shard's own that Pagefind does not know (`shardLanguage`: it neither
 * stems nor segments, and result ids differ between shards), so its exact-phrase search is
 * substring search on the folded text; the title's marked tokens come first, for ranking title
 * matches first. The record's own text rides along in its metadata for the excerpt, loaded only
 * for results shown.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isMainThread, parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
// The worker loads only what indexing needs: the tokenizer and the facet table, not the build-side records code.
import { encodeFacetTable, indexTokens, titleTokens } from '../lib/search/browser.ts';
import type { SearchRecord } from '../lib/search/index.ts';

/** One shard to write: its records, its folder, and whether to keep only the index files there. */
export interface ShardJob {
  records: SearchRecord[];
  /** The shard's language code (`shardLanguage`), the prefix of its result ids. */
  language: string;
  outputPath: string;
  /** A merged shard needs no copy of Pagefind's script, UI and wasm (the first shard has them). */
  indexFilesOnly: boolean;
}

/** What a merged shard needs; the rest Pagefind writes is the first shard's. */
const INDEX_FILES = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment)$/;
/** In each shard's folder: its facet table (src/lib/search/facet-table.ts), gzipped JSON. */
export const FACET_TABLE_FILE = 'facets.json.gz';
/** Pagefind's fragments are gzipped JSON after this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} 失败：${errors.join('；')}`);
}

/**
 * Each record's Pagefind result id, read back from the fragments written: a fragment is named by
 * the id Pagefind's search returns (its hash) and holds the record's URL, unique among records.
 * Each fragment is written again without its `content`, the index tokens Pagefind keeps for its
 * own excerpts: the search page cuts excerpts from the text in `meta`, and the tokens were more
 * than half of what a reader downloads per result shown (1.99 → 0.92 KB gzipped at 1,000 reports).
 */
async function resultIds(outputPath: string, records: SearchRecord[]): Promise<string[]> {
  const dir = path.join(outputPath, 'fragment');
  const idOf = new Map<string, string>();
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const text = gunzipSync(await readFile(file)).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Pagefind 片段 ${name} 格式未知`);
    const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url: string; content: string };
    idOf.set(fragment.url, name.replace(/\.pf_fragment$/, ''));
    await writeFile(file, gzipSync(FRAGMENT_SIGNATURE + JSON.stringify({ ...fragment, content: '' })));
  }
  if (idOf.size !== records.length) throw new Error(`Pagefind 写出 ${idOf.size} 个片段，记录有 ${records.length} 条`);
  return records.map((r) => {
    const id = idOf.get(r.url);
    if (!id) throw new Error(`Pagefind 没有写出 ${r.url} 的片段`);
    return id;
  });
}

/**
 * Index one shard's records into its folder in a Pagefind process of its own, with its facet
 * table; returns the records' result ids, in order.
 */
export async function writeShard({ records, language, outputPath, indexFilesOnly }: ShardJob): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  check('createIndex', errors);
  try {
    for (const record of records) {
      // No Pagefind filters: the facet table filters and counts; the result shows its values from meta.
      const added = await index!.addCustomRecord({
        url: record.url,
        content: `${titleTokens(record.title)} ${indexTokens(record.text)}`,
        language,
        meta: { title: record.title, context: record.context, text: record.text, filters: JSON.stringify(record.filters) },
      });
      check(`addCustomRecord ${record.url}`, added.errors);
    }
    check('writeFiles', (await index!.writeFiles({ outputPath })).errors);
  } finally {
    // Closing ends the process, which is what gives its memory back before the next shard.
    await pagefind.close();
  }
  if (indexFilesOnly) {
    for (const name of await readdir(outputPath)) {
      if (!INDEX_FILES.test(name)) await rm(path.join(outputPath, name), { recursive: true });
    }
  }
  const ids = await resultIds(outputPath, records);
  const table = encodeFacetTable(records.map((r, k) => ({ id: ids[k], filters: r.filters })));
  await writeFile(path.join(outputPath, FACET_TABLE_FILE), gzipSync(JSON.stringify(table), { level: 9 }));
  return ids;
}

/** A worker's answer to a job: the shard's result ids, or why it failed. */
export type ShardDone = { ids: string[] } | { error: string };

// As a worker (started by pagefind.ts): write each job posted, answer each in turn.
if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (job: ShardJob) => {
    writeShard(job).then(
      (ids) => port.postMessage({ ids } satisfies ShardDone),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ShardDone),
    );
  });
}
