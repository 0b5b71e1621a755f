/**
 * Search quality against the substring ground truth: a query set derived from the corpus (never
 * written by hand), the records that truly contain each query, and recall/precision of what a
 * search returned. Shared by the e2e test, scripts/search-baseline.ts and scripts/bench-search.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js';
import { splitFrontmatter } from '../../src/lib/editorial/editor-input.ts';
import { fold, parseQuery, type SearchRecord } from '../../src/lib/search/index.ts';

/** A query and where it came from (indicator, city, topic, substring, …). */
export interface SearchQuery {
  query: string;
  from: string;
}

/** Deterministic PRNG (mulberry32), so the same seed gives the same queries. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Frontmatter values of every `*.md` in a content folder (none when the folder is missing). */
function frontmatters(dir: string): Record<string, unknown>[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return [];
  }
  return names.map((n) => {
    const file = path.join(dir, n);
    return splitFrontmatter(file, readFileSync(file, 'utf8')).yaml.value as Record<string, unknown>;
  });
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s) => typeof s === 'string') : typeof v === 'string' ? [v] : []);

export interface QueryOptions {
  contentDir?: string;
  seed?: number;
  /** How many plain substrings to sample; the variants are sized from it. */
  substrings?: number;
}

/**
 * The query set: every indicator name and synonym, every city name, every topic name and keyword,
 * and substrings of 2–12 characters sampled (seeded) from the report sections — as written, in
 * Traditional characters, with full-width digits, two terms from one section, and spliced from
 * two sections (mostly found nowhere).
 */
export function corpusQueries(records: SearchRecord[], options: QueryOptions = {}): SearchQuery[] {
  const { contentDir = 'content', seed = 20240521, substrings = 300 } = options;
  const queries: SearchQuery[] = [];
  const add = (query: string, from: string) => {
    if (parseQuery(query).terms.length) queries.push({ query, from });
  };
  for (const fm of frontmatters(path.join(contentDir, 'indicators'))) {
    for (const s of [...strings(fm.name), ...strings(fm.synonyms)]) add(s, 'indicator');
  }
  const cities = frontmatters(path.join(contentDir, 'cities')).flatMap((fm) => [...strings(fm.name), ...strings(fm.fullName)]);
  for (const r of records) cities.push(...(r.filters.city ?? []));
  for (const c of cities) add(c, 'city');
  for (const fm of frontmatters(path.join(contentDir, 'topics'))) {
    for (const s of [...strings(fm.name), ...strings(fm.keywords)]) add(s, 'topic');
  }

  const next = random(seed);
  const sections = records.filter((r) => r.url.includes('/reports/') && r.text.length >= 12);
  const lines = sections.flatMap((r) => r.text.split('\n').filter((l) => l.length >= 2));
  const sample = (min: number, max: number, startAt?: RegExp): string => {
    for (;;) {
      const line = lines[Math.floor(next() * lines.length)];
      const length = Math.min(line.length, min + Math.floor(next() * (max - min + 1)));
      let start = Math.floor(next() * (line.length - length + 1));
      if (startAt) {
        const found = line.slice(start).search(startAt);
        if (found < 0 || start + found + length > line.length) continue;
        start += found;
      }
      return line.slice(start, start + length);
    }
  };
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  for (let i = 0; i < substrings; i++) add(sample(2, 12), 'substring');
  for (let i = 0; i < substrings / 6; i++) add(sample(4, 12, /\d/), 'with digits');
  for (let i = 0; i < substrings / 6; i++) add(toTraditional(sample(2, 8)), 'traditional');
  for (let i = 0; i < substrings / 10; i++) add(toFullWidth(sample(4, 10, /\d/)), 'full-width');
  for (let i = 0; i < substrings / 6; i++) {
    const section = sections[Math.floor(next() * sections.length)].text;
    const piece = () => {
      const length = 2 + Math.floor(next() * 5);
      const start = Math.floor(next() * (section.length - length));
      return section.slice(start, start + length).replace(/\n/g, '');
    };
    add(`${piece()} ${piece()}`, 'two terms');
  }
  for (let i = 0; i < substrings / 10; i++) add(sample(1, 4) + sample(1, 4), 'spliced');

  const seen = new Set<string>();
  return queries.filter((q) => !seen.has(q.query) && seen.add(q.query));
}

/**
 * The URLs of the records containing every folded term of the query (a quoted phrase is one term)
 * and none of its excluded terms: the ground truth. Nothing for a query without a term to find.
 */
export function truthFor(records: SearchRecord[]): (query: string) => string[] {
  const folded = records.map((r) => ({ url: r.url, text: fold(r.text) }));
  return (query) => {
    const { terms, excluded } = parseQuery(query);
    if (terms.length === 0) return [];
    return folded.filter((r) => terms.every((t) => r.text.includes(t)) && !excluded.some((t) => r.text.includes(t))).map((r) => r.url);
  };
}

/** A query whose results differ from the truth. */
export interface Failure {
  query: string;
  from: string;
  missing: string[];
  extra: string[];
}

export interface Quality {
  queries: number;
  /** Mean over queries with at least one true record. */
  recall: number;
  /** Mean over queries with at least one result. */
  precision: number;
  /** Queries returning exactly the truth. */
  exact: number;
  failures: Failure[];
}

/** Compare each query's result URLs with the truth. */
export function measureQuality(queries: SearchQuery[], truth: (q: string) => string[], results: Map<string, string[]>): Quality {
  const recalls: number[] = [];
  const precisions: number[] = [];
  const failures: Failure[] = [];
  for (const { query, from } of queries) {
    const expected = new Set(truth(query));
    const got = new Set(results.get(query) ?? []);
    const hits = [...got].filter((u) => expected.has(u)).length;
    if (expected.size) recalls.push(hits / expected.size);
    if (got.size) precisions.push(hits / got.size);
    const missing = [...expected].filter((u) => !got.has(u));
    const extra = [...got].filter((u) => !expected.has(u));
    if (missing.length || extra.length) failures.push({ query, from, missing, extra });
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);
  return {
    queries: queries.length,
    recall: mean(recalls),
    precision: mean(precisions),
    exact: queries.length - failures.length,
    failures,
  };
}

/** One line of figures, the same for every engine measured. */
export function qualityLine(name: string, q: Quality): string {
  return `${name}: ${q.queries} queries, recall ${q.recall.toFixed(3)}, precision ${q.precision.toFixed(3)}, exact ${q.exact}/${q.queries}`;
}
