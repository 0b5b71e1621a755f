/**
 * The indicators as the search page knows them (src/lib/search/synonyms.ts): each one's names from
 * content/indicators and its comparison page, for the results that write an indicator the query
 * names under another name. Small (names only), so the page carries it inline.
 */
import { getCollection } from 'astro:content';
import { searchIndicators, type SearchIndicator } from '../lib/search/index.ts';
import { comparePagePath } from '../lib/views/index.ts';
import { href } from './links.ts';

export async function searchPageIndicators(): Promise<SearchIndicator[]> {
  const defs = (await getCollection('indicators')).map((entry) => entry.data);
  return searchIndicators(defs, (id) => href(comparePagePath(id)));
}
