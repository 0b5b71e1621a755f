/**
 * Astro integration: after `astro build`, index the search records the build wrote
 * (`search/records.json`, see src/pages/search/records.json.ts) with Pagefind into `pagefind/`.
 *
 * Pagefind indexes the letter-spelled bigram tokens of each record (src/lib/search-text.ts),
 * as one language-neutral index (`und`), so its exact-phrase search is substring search on the
 * folded text; the title's marked tokens come first, for ranking title matches first. The
 * record's own text rides along in its metadata for the excerpt, loaded only for results shown.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-sections.ts';
import { indexTokens, titleTokens } from '../lib/search-text.ts';

/** Where the records are in the built site (the endpoint's output). */
export const RECORDS_FILE = 'search/records.json';
/** Where the Pagefind bundle goes in the built site; the search page loads `pagefind.js` from it. */
export const BUNDLE_DIR = 'pagefind';

/** What indexing did, for the build log and the benchmark. */
export interface IndexStats {
  records: number;
  milliseconds: number;
}

function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} 失败：${errors.join('；')}`);
}

/** Index the records of the site built in `outDir` and write the Pagefind bundle next to them. */
export async function buildSearchIndex(outDir: string): Promise<IndexStats> {
  const started = performance.now();
  const file = path.join(outDir, RECORDS_FILE);
  const records = JSON.parse(
    await readFile(file, 'utf8').catch(() => {
      throw new Error(`没有找到 ${file}：搜索索引由 src/pages/search/records.json.ts 生成的记录建立`);
    }),
  ) as SearchRecord[];
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
    check('writeFiles', (await index!.writeFiles({ outputPath: path.join(outDir, BUNDLE_DIR) })).errors);
  } finally {
    await pagefind.close();
  }
  return { records: records.length, milliseconds: performance.now() - started };
}

/** The integration registered in astro.config.mjs. */
export default function reportSearchIndex(): AstroIntegration {
  return {
    name: 'report-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`搜索索引：${stats.records} 条记录，${Math.round(stats.milliseconds)} ms`);
      },
    },
  };
}
