// @ts-check
/**
 * Baseline for the benchmark: the same report texts as plain markdown pages (glob loader), with no
 * parsing, charts, comparison or search index, so the benchmark's ratio is the cost of our own work.
 * Built by scripts/bench/run.ts with BASELINE_MD_DIR, ASTRO_OUT_DIR and ASTRO_CACHE_DIR.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
});
