/**
 * Search in the browser: the entry module the search page's script (src/scripts/search/) imports.
 * Folding, index tokens and queries (text.ts), the search syntax (query.ts), an indicator's other
 * names (synonyms.ts), hits, excerpts and ranking (results.ts), facets (facets.ts) and the facet
 * tables the index ships (facet-table.ts). Everything
 * reachable from here is bundled for the browser, so it imports nothing Node-only (no `node:*`, no
 * file system, no build data, no `astro:*`); the architecture test checks this.
 */
export * from './facet-table.ts';
export * from './facets.ts';
export * from './query.ts';
export * from './results.ts';
export * from './synonyms.ts';
export * from './text.ts';
