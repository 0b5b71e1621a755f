/**
 * Search results: from what the index returned to what the search page shows, in the browser and
 * in tests alike. A record matches when its folded text contains every folded term (the index
 * returns only those; this is the definition, checked once more on the text the excerpt is cut
 * from). Ranking works on what the index knows without any record's text (title matches and the
 * index's score), so only the results shown need their text; excerpts with the matched text
 * highlighted are here so the page only renders (facet counts are in facets.ts). Runs in the
 * browser (see index.ts).
 */
import type { SearchRecord } from './records.ts';
import { foldText } from './text.ts';

/** A result as returned by `window.reportSearch` and shown on the search page. */
export interface SearchHit {
  url: string;
  title: string;
  context: string;
  /** HTML: the text around the first match, every occurrence of a term in `<mark>`. */
  excerpt: string;
  filters: SearchRecord['filters'];
}

/** Characters of context kept before the first match, and the excerpt's length. */
const BEFORE = 24;
const LENGTH = 96;

/**
 * A term a hit must contain, or its alternatives, any of which will do (an indicator's other names,
 * synonyms.ts).
 */
export type HitTerm = string | readonly string[];

/** Source ranges `[start, end)` of every occurrence of the terms, sorted, overlaps merged; null unless each term occurs. */
function matchRanges(text: string, terms: readonly HitTerm[]): [number, number][] | null {
  const { text: folded, origin } = foldText(text);
  const ranges: [number, number][] = [];
  for (const variants of terms) {
    const before = ranges.length;
    for (const term of typeof variants === 'string' ? [variants] : variants) {
      for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
        const last = origin[at + term.length - 1];
        ranges.push([origin[at], last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
      }
    }
    if (ranges.length === before) return null;
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Keep whole surrogate pairs when cutting at `i`. */
function cut(text: string, i: number): number {
  return i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]) ? i - 1 : i;
}

/**
 * The excerpt around the first match after the title the text starts with (the result shows the
 * title already), else around the first match; marks included.
 */
function excerptHtml(text: string, ranges: [number, number][], title: string): string {
  const bodyStart = text.startsWith(title) ? title.length : 0;
  const first = ranges.find((r) => r[0] >= bodyStart) ?? ranges[0];
  // Never cut through a match: widen the window to whole matches at either edge.
  const floor = first[0] >= bodyStart ? bodyStart : 0;
  let start = cut(text, Math.max(floor, first[0] - BEFORE));
  start = ranges.find(([s, e]) => s < start && start < e)?.[0] ?? start;
  let end = cut(text, Math.min(text.length, Math.max(start + LENGTH, first[1])));
  end = ranges.find(([s, e]) => s < end && end < e)?.[1] ?? end;
  let html = start > floor ? '…' : '';
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    html += escapeHtml(text.slice(at, from)) + `<mark>${escapeHtml(text.slice(from, Math.min(e, end)))}</mark>`;
    at = Math.min(e, end);
  }
  html += escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '');
  return html.replace(/\n/g, ' ').trim();
}

/** The hit for a record if its text contains every term (one of its alternatives), else null. */
export function toHit(record: SearchRecord, terms: readonly HitTerm[]): SearchHit | null {
  if (terms.length === 0) return null;
  const ranges = matchRanges(record.text, terms);
  if (ranges === null) return null;
  return {
    url: record.url,
    title: record.title,
    context: record.context,
    excerpt: excerptHtml(record.text, ranges, record.title),
    filters: record.filters,
  };
}

/** What ranking knows of a matching record before its text is loaded. */
export interface MatchRank {
  /** How many of the query's terms the title contains. */
  inTitle: number;
  /** The index's relevance score: how often and how densely the terms occur (higher first). */
  score: number;
}

/**
 * Best first: more terms in the title, then the higher score; equal ones keep the order they
 * came in (the index's order, which is the reading order of the records).
 */
export function rankMatches<T extends MatchRank>(matches: T[]): T[] {
  return matches
    .map((match, i) => ({ match, i }))
    .sort((a, b) => b.match.inTitle - a.match.inTitle || b.match.score - a.match.score || a.i - b.i)
    .map(({ match }) => match);
}
