/**
 * Page weight: what a reader downloads to see a page (its HTML, the stylesheets it links, the scripts it
 * loads and their static imports), gzip-compressed as a server would send it. Printed per page type
 * (the heaviest page of each) and held to budgets: a report page 60 KiB, a comparison page 120 KiB, a
 * topic page or the topic index 120 KiB.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { attr, elements, fileOf, PAGE_TYPES, pagesOfType, readPage, SITE_ORIGIN, type BuiltPage, type PageType } from '../helpers/dist.ts';

const dist = inject('distDir');
const KIB = 1024;
const BUDGETS: Partial<Record<PageType, number>> = { report: 60 * KIB, compare: 120 * KIB, indicator: 120 * KIB, topics: 120 * KIB, topic: 120 * KIB };

interface Weight {
  page: BuiltPage;
  html: number;
  css: number;
  js: number;
  total: number;
  /** Files a page links that are not in the build (the links test names them too). */
  missing: string[];
}

const gzipped = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(dist, file))).length;
    gzipped.set(file, size);
  }
  return size;
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`), resolved. */
function staticImports(file: string): string[] {
  const code = readFileSync(path.join(dist, file), 'utf8');
  const url = new URL(`/${file}`, SITE_ORIGIN);
  const specifiers = [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
  return specifiers
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => fileOf(dist, new URL(s, url).pathname))
    .filter((f): f is string => f !== null);
}

function weigh(page: BuiltPage): Weight {
  const tree = readPage(dist, page.file);
  const pageUrl = new URL(page.url, SITE_ORIGIN);
  const missing: string[] = [];
  const resolve = (href: string) => {
    const url = new URL(href, pageUrl);
    const file = url.origin === SITE_ORIGIN ? fileOf(dist, url.pathname) : null;
    if (!file) missing.push(href);
    return file;
  };
  const css = new Set<string>();
  const js = new Set<string>();
  for (const link of elements(tree, 'link')) {
    const rel = (attr(link, 'rel') ?? '').split(/\s+/);
    const href = attr(link, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) css.add(resolve(href) ?? '');
    if (rel.includes('modulepreload')) js.add(resolve(href) ?? '');
  }
  for (const script of elements(tree, 'script')) {
    const src = attr(script, 'src');
    if (src) js.add(resolve(src) ?? '');
  }
  css.delete('');
  js.delete('');
  for (const file of js) for (const imported of staticImports(file)) js.add(imported); // the set grows as it is walked
  const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gzipSize(f), 0);
  const weight = { page, html: gzipSize(page.file), css: sum(css), js: sum(js), missing };
  return { ...weight, total: weight.html + weight.css + weight.js };
}

const kib = (bytes: number) => (bytes / KIB).toFixed(1);
const weights = PAGE_TYPES.flatMap(({ type }) => pagesOfType(dist, type).map(weigh));

describe('page weight (gzip, HTML + CSS + JS)', () => {
  test('printed per page type', () => {
    const rows = PAGE_TYPES.map(({ type }) => {
      const ofType = weights.filter((w) => w.page.type === type);
      const heaviest = ofType.reduce<Weight | null>((a, w) => (!a || w.total > a.total ? w : a), null);
      return { type, count: ofType.length, heaviest };
    });
    const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(i ? 7 : 11) : c.padStart(8))).join('');
    console.log(
      [
        'page weight, KiB gzip (heaviest page of each type)',
        line(['type', 'pages', 'HTML', 'CSS', 'JS', 'total', 'budget']) + '  page',
        ...rows.map(({ type, count, heaviest: w }) =>
          w
            ? line([type, String(count), kib(w.html), kib(w.css), kib(w.js), kib(w.total), BUDGETS[type] ? kib(BUDGETS[type]) : '-']) +
              `  ${w.page.url}`
            : line([type, '0', '-', '-', '-', '-', '-']),
        ),
      ].join('\n'),
    );
    expect(rows.filter((r) => r.count > 0).length).toBeGreaterThan(1);
  });

  test.each(Object.entries(BUDGETS))('every %s page is within its budget', (type, budget) => {
    const ofType = weights.filter((w) => w.page.type === type);
    expect(ofType.length, `${type} pages built`).toBeGreaterThan(0);
    const over = ofType.filter((w) => w.total > budget!).map((w) => `${w.page.url}: ${kib(w.total)} KiB > ${kib(budget!)} KiB`);
    expect(over).toEqual([]);
  });

  test('every stylesheet and script a page links is in the build', () => {
    expect(weights.flatMap((w) => w.missing.map((m) => `${w.page.file}: ${m}`))).toEqual([]);
  });
});
