/**
 * The search page's script: the search engine (engine.ts) over this site's Pagefind bundle and the
 * indicators' names the page carries (`data-indicators` of its form, src/data/search-indicators.ts),
 * `window.reportSearch` for scripts and tests, and the page (page.ts) started on it.
 */
import type { SearchIndicator } from '../../lib/search/browser.ts';
import { withBase } from '../../lib/site-config.ts';
import { createSearchEngine, type Pagefind, type SearchEngine } from './engine.ts';
import { start } from './page.ts';

declare global {
  interface Window {
    reportSearch: SearchEngine['reportSearch'];
  }
}

const base = withBase(import.meta.env.BASE_URL, '');
const engine = createSearchEngine({
  base,
  loadPagefind: () => import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
  loadShards: () =>
    fetch(`${base}pagefind/shards.json`).then((r) => {
      if (!r.ok) throw new Error(`pagefind/shards.json: HTTP ${r.status}`);
      return r.json() as Promise<string[]>;
    }),
  indicators: JSON.parse(document.querySelector<HTMLElement>('#search-form')?.dataset.indicators ?? '[]') as SearchIndicator[],
});
window.reportSearch = engine.reportSearch;
start(engine);
