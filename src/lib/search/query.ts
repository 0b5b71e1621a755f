/**
 * The search syntax, as the search page's help states it (src/pages/search/index.astro): terms
 * separated by spaces, each of which a result contains; a phrase in quotes (`"医疗 卫生"`,
 * `“医疗 卫生”`) is one term, its spaces included; a term or phrase right after a minus sign
 * (`-托育`, `-"医疗 卫生"`) is one no result contains. Runs in the browser (see index.ts).
 *
 * The query is folded first (text.ts), so full-width `＂` and `－` work as `"` and `-`, and a
 * phrase's spaces are folded as the text's are: every run of spaces, line breaks included, is one.
 * Any of `"` `“` `”` opens or closes a phrase (input methods type “ and ” in turn, people mix
 * them); a phrase not closed runs to the end, so a query typed live searches the phrase being
 * typed. A quote also ends a term (`实施“健康乐清”行动` is 实施, 健康乐清 and 行动), and a minus
 * sign excludes only at the start of a term with something after it (`2021-2025`, a lone `-` are
 * searched as written).
 */
import { fold } from './text.ts';

/** A query as searched: folded terms, distinct, in the order typed. */
export interface ParsedQuery {
  /** What every result contains: words, and quoted phrases (which may contain spaces). */
  terms: string[];
  /** What no result contains. */
  excluded: string[];
}

const QUOTES = '"“”';

/** The terms and excluded terms of a query. `醫療 "托育 服务" -乐清` → 医疗, `托育 服务`; 乐清. */
export function parseQuery(query: string): ParsedQuery {
  const text = fold(query);
  const terms = new Set<string>();
  const excluded = new Set<string>();
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    const negated = text[i] === '-' && i + 1 < text.length && text[i + 1] !== ' ';
    if (negated) i++;
    let term: string;
    if (QUOTES.includes(text[i])) {
      const close = [...QUOTES].map((q) => text.indexOf(q, i + 1)).filter((at) => at >= 0);
      const end = close.length ? Math.min(...close) : text.length;
      term = text.slice(i + 1, end).trim();
      i = end + 1;
    } else {
      const start = i;
      while (i < text.length && text[i] !== ' ' && !QUOTES.includes(text[i])) i++;
      term = text.slice(start, i);
    }
    if (term !== '') (negated ? excluded : terms).add(term);
  }
  return { terms: [...terms], excluded: [...excluded] };
}
