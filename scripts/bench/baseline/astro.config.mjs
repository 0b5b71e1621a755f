// @ts-check
/**
 * Baseline for the benchmark: the same report texts as plain markdown pages (glob loader), with no
 * parsing, charts or comparison, so the benchmark's ratio is the cost of our own work.
 * Built by scripts/bench/run.ts with BASELINE_MD_DIR, ASTRO_OUT_DIR and ASTRO_CACHE_DIR; with
 * BASELINE_SEARCH=1 also indexed the way Pagefind indexes any site (its HTML, its own Chinese
 * segmentation, one index), for the cost of a search index without our exact-substring one.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

/** @type {import('astro').AstroIntegration} */
const defaultSearch = {
  name: 'baseline-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const { index } = await pagefind.createIndex();
      if (!index) throw new Error('Pagefind createIndex failed');
      const added = await index.addDirectory({ path: fileURLToPath(dir) });
      if (added.errors.length) throw new Error(added.errors.join('; '));
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await pagefind.close();
    },
  },
};

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: process.env.BASELINE_SEARCH === '1' ? [defaultSearch] : [],
});
