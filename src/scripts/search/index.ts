/**
 * The search page's script: the search engine (engine.ts) over this site's Pagefind bundle and its
 * facet tables, the indicators' names the page carries (`data-indicators` of its form,
 * src/data/search-indicators.ts), `window.reportSearch` and `window.reportFacets` for scripts and
 * tests, and the page (page.ts) started on it.
 */
import type { FacetTableFile, SearchIndicator } from '../../lib/search/browser.ts';
import { withBase } from '../../lib/site-config.ts';
import { createSearchEngine, type Pagefind, type SearchEngine } from './engine.ts';
import { start } from './page.ts';

declare global {
  interface Window {
    reportSearch: SearchEngine['reportSearch'];
    reportFacets: SearchEngine['reportFacets'];
  }
}

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/**
 * A facet table (gzipped JSON, src/integrations/search-shard.ts). A server that sends `.gz` files
 * with `Content-Encoding: gzip` has the browser unzip it already: unzip only what still starts
 * with gzip's signature.
 */
async function facetTable(url: string): Promise<FacetTableFile> {
  const bytes = new Uint8Array(await (await fetched(url)).arrayBuffer());
  const zipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const body = zipped ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : new Blob([bytes]).stream();
  return new Response(body).json() as Promise<FacetTableFile>;
}

const base = withBase(import.meta.env.BASE_URL, '');
const engine = createSearchEngine({
  base,
  loadPagefind: () => import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
  loadShards: async () => (await fetched(`${base}pagefind/shards.json`)).json() as Promise<string[]>,
  loadFacetTable: (folder) => facetTable(`${base}pagefind/${folder}facets.json.gz`),
  indicators: JSON.parse(document.querySelector<HTMLElement>('#search-form')?.dataset.indicators ?? '[]') as SearchIndicator[],
});
window.reportSearch = engine.reportSearch;
window.reportFacets = engine.reportFacets;
start(engine);
