/**
 * Search results: from the records the index returned to what the search page shows, in the
 * browser and in tests alike. A record matches when its folded text contains every folded term
 * (the index already returns only those; this is the definition, checked once more on the text
 * the excerpt is cut from). Ranking, excerpts with the matched text highlighted, filtering and
 * facet counts are here so the page only renders.
 */
import { FACETS, type Facet, type SearchRecord } from './search-sections.ts';
import { fold, foldText } from './search-text.ts';

/** A result as returned by `window.reportSearch` and shown on the search page. */
export interface SearchHit {
  url: string;
  title: string;
  context: string;
  /** HTML: the text around the first match, every occurrence of a term in `<mark>`. */
  excerpt: string;
  filters: SearchRecord['filters'];
  /** Higher first: terms in the title, then occurrences per √length of the text. */
  score: number;
}

/** One value per facet; an absent facet is not filtered on. */
export type FilterSelection = Partial<Record<Facet, string>>;

/** A facet value and how many results have it. */
export interface FacetCount {
  value: string;
  count: number;
}

/** Characters of context kept before the first match, and the excerpt's length. */
const BEFORE = 24;
const LENGTH = 96;

/** Source ranges `[start, end)` of every occurrence of the terms, sorted, overlaps merged. */
function matchRanges(text: string, terms: string[]): [number, number][] | null {
  const { text: folded, origin } = foldText(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    if (at < 0) return null;
    for (; at >= 0; at = folded.indexOf(term, at + 1)) {
      const last = origin[at + term.length - 1];
      ranges.push([origin[at], last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
    }
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

/** The hit for a record if its text contains every term, else null. */
export function toHit(record: SearchRecord, terms: string[]): SearchHit | null {
  if (terms.length === 0) return null;
  const ranges = matchRanges(record.text, terms);
  if (ranges === null) return null;
  const title = fold(record.title);
  const inTitle = terms.filter((t) => title.includes(t)).length;
  return {
    url: record.url,
    title: record.title,
    context: record.context,
    excerpt: excerptHtml(record.text, ranges, record.title),
    filters: record.filters,
    score: inTitle + ranges.length / Math.sqrt(record.text.length),
  };
}

/** Best first; equal scores keep the order they came in (reading order of the records). */
export function rankHits(hits: SearchHit[]): SearchHit[] {
  return hits
    .map((hit, i) => ({ hit, i }))
    .sort((a, b) => b.hit.score - a.hit.score || a.i - b.i)
    .map(({ hit }) => hit);
}

function selected(hit: SearchHit, selection: FilterSelection, except?: Facet): boolean {
  return FACETS.every((f) => f === except || selection[f] === undefined || (hit.filters[f] ?? []).includes(selection[f]!));
}

/** The hits having every selected facet value. */
export function applyFilters(hits: SearchHit[], selection: FilterSelection): SearchHit[] {
  return hits.filter((hit) => selected(hit, selection));
}

/**
 * For each facet, its values among the hits that pass the other facets' selections, with counts
 * (choosing a value of a facet replaces that facet's selection), most frequent first.
 */
export function facetCounts(hits: SearchHit[], selection: FilterSelection): Record<Facet, FacetCount[]> {
  const counts = {} as Record<Facet, FacetCount[]>;
  for (const facet of FACETS) {
    const tally = new Map<string, number>();
    for (const hit of hits) {
      if (!selected(hit, selection, facet)) continue;
      for (const value of hit.filters[facet] ?? []) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    counts[facet] = [...tally]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-Hans-CN'));
  }
  return counts;
}
