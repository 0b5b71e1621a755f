/**
 * Search: the entry module build-time code, scripts and tests import (re-exports only).
 *
 * Modules here, and where they run:
 * - text.ts (folding, index tokens, queries), results.ts (hits, excerpts, ranking) and facets.ts
 *   (facets, choices, value counts) are imported by the browser bundle (src/scripts/search/),
 *   directly, not through this module: they, and everything they import (bundled too), must
 *   import nothing Node-only (no `node:*`, no file system, no build data, no `astro:*`);
 * - records.ts (search records from report sections, city and topic pages) and shards.ts (index
 *   shards) run at build time only (src/data/search-records.ts, src/integrations/).
 */
export * from './facets.ts';
export * from './records.ts';
export * from './results.ts';
export * from './shards.ts';
export * from './text.ts';
