/**
 * Other names of an indicator a query names: searching `人均预期寿命` also offers the results that
 * write `平均期望寿命`, as a group of their own below the exact results (src/scripts/search/), so
 * the exact results stay those containing the query. The names are the editors'
 * (content/indicators/*.md: `name` and `synonyms`), shipped to the search page at build time
 * (`searchIndicators`). Runs in the browser (see index.ts).
 */
import { fold } from './text.ts';

/** An indicator as the search page knows it: its names and its comparison page. */
export interface SearchIndicator {
  /** The name shown on its pages: `人均预期寿命`. */
  name: string;
  /** Every name reports write it by, the shown one first, as editors wrote them. */
  names: string[];
  /** Its comparison page, with the site's base path. */
  url: string;
}

/** The search page's indicators from the editors' definitions (build time). */
export function searchIndicators(
  defs: readonly { id: string; name: string; synonyms: readonly string[] }[],
  urlOf: (id: string) => string,
): SearchIndicator[] {
  return defs.map((def) => ({ name: def.name, names: [...new Set([def.name, ...def.synonyms])], url: urlOf(def.id) }));
}

/** A query term that names an indicator, and its other names. */
export interface SynonymOffer {
  /** The folded query term. */
  term: string;
  indicator: SearchIndicator;
  /** The indicator's other names as written, except those containing the term (their results are exact ones). */
  names: string[];
  /** What the term is also searched as: the other names folded, none containing another (that one finds them all). */
  alternatives: string[];
}

/** For each folded query term equal to a name of an indicator (after folding), that indicator's other names. */
export function synonymOffers(terms: readonly string[], indicators: readonly SearchIndicator[]): SynonymOffer[] {
  return terms.flatMap((term) => {
    const indicator = indicators.find((i) => i.names.some((n) => fold(n) === term));
    if (!indicator) return [];
    const names = indicator.names.filter((n) => !fold(n).includes(term));
    const folded = [...new Set(names.map(fold))];
    const alternatives = folded.filter((a) => !folded.some((b) => b !== a && a.includes(b)));
    return names.length ? [{ term, indicator, names, alternatives }] : [];
  });
}
