// @ts-check
/**
 * Baseline for the benchmark: the same report texts as plain markdown pages (glob loader), no parsing,
 * charts or comparison, plus the same Pagefind index the site builds, so the benchmark's ratio is the
 * cost of our own work. Built by scripts/bench/run.ts with BASELINE_MD_DIR, ASTRO_OUT_DIR, ASTRO_CACHE_DIR.
 */
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @type {import('astro').AstroIntegration} */
const search = {
  name: 'baseline-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const { index } = await pagefind.createIndex({});
      if (!index) throw new Error('pagefind: could not create an index');
      const site = fileURLToPath(dir);
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: `${site}/pagefind` });
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
  integrations: [search],
});
