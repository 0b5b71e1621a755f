/**
 * Search: the entry module build-time code, scripts and tests import (re-exports only).
 *
 * - browser.ts re-exports what the browser also runs: text.ts (folding, index tokens, queries),
 *   query.ts (the search syntax), synonyms.ts (an indicator's other names), results.ts (hits,
 *   excerpts, ranking), facets.ts (facets, choices, value counts); the search page's script
 *   imports browser.ts, never this module;
 * - records.ts (search records from report sections, city and topic pages) and shards.ts (index
 *   shards) run at build time only (src/data/search-records.ts, src/integrations/).
 */
export * from './browser.ts';
export * from './records.ts';
export * from './shards.ts';
