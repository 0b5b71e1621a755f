// @ts-check
import { defineConfig } from 'astro/config';

// Where the site is served. CI sets SITE_URL and BASE_PATH for GitHub Pages
// (a project site lives under /<repo>/); locally both default to the root.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests and the benchmark build into their own folders, so several builds can run side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
});
