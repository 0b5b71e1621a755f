/**
 * The pages of each indicator (/compare/<indicator>/, /compare/<indicator>/<n>/) on the run's
 * build, whose small page budget (tests/setup/build-site.ts) gives the seeds' indicators several
 * pages: together they list every figure the downloads map to the indicator, each once with its
 * quoted sentence, and each place's values once; each page stays small; the pager, the overview
 * and the list of the page's places lead where they say.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import type { MetricRecord } from '../../src/lib/views/downloads.ts';
import { attr, fileOf, hasClass, pageCache, pagesOfType, SITE_ORIGIN, textOf, urlOf, within } from '../helpers/dist.ts';
import { expectPagers, linkTarget as target } from '../helpers/pager.ts';

const KB = 1000;
/** Each comparison page stays under this many bytes of HTML whatever the corpus. */
const PAGE_LIMIT = 300 * KB;

const dist = inject('distDir');
const { page } = pageCache(dist);
const metrics: MetricRecord[] = JSON.parse(readFileSync(path.join(dist, 'data/metrics.json'), 'utf8'));

/** The pages of each indicator, in page order. */
const pages = new Map<string, string[]>();
for (const { file } of pagesOfType(dist, 'indicator')) {
  const id = file.split('/')[1];
  pages.set(id, [...(pages.get(id) ?? []), file]);
}
const pageNumber = (file: string) => Number(/\/(\d+)\/index\.html$/.exec(file)?.[1] ?? 1);
for (const files of pages.values()) files.sort((a, b) => pageNumber(a) - pageNumber(b));

const tablesCaptioned = (tree: Root | Element, start: string) =>
  within(tree, (e) => e.tagName === 'table' && textOf(within(e, (c) => c.tagName === 'caption')[0] ?? e).startsWith(start));

describe('indicator pages', () => {
  it('takes several pages for some indicators', () => {
    expect(Math.max(...[...pages.values()].map((f) => f.length))).toBeGreaterThan(2);
  });

  it('keeps every comparison page under 300 KB', () => {
    const files = ['compare/index.html', ...[...pages.values()].flat()];
    const over = files.map((f) => [f, statSync(path.join(dist, f)).size] as const).filter(([, size]) => size > PAGE_LIMIT);
    expect(over).toEqual([]);
  });

  it('lists every figure the downloads map to the indicator once over its pages, each with its quoted sentence', () => {
    for (const [id, files] of pages) {
      const expected = metrics.filter((m) => m.indicator === id).map((m) => decodeURIComponent(new URL(m.url).pathname + new URL(m.url).hash));
      const shown: string[] = [];
      for (const file of files) {
        const table = within(page(file), (e) => e.tagName === 'table' && hasClass(e, 'all'))[0];
        if (!table) continue;
        for (const body of within(table, (e) => e.tagName === 'tbody')) {
          const value = within(body, (e) => e.tagName === 'a' && hasClass(e, 'value'));
          const source = within(body, (e) => e.tagName === 'a' && hasClass(e, 'source'));
          expect(value, file).toHaveLength(1);
          expect(source.map((a) => target(file, attr(a, 'href')!)), file).toEqual([target(file, attr(value[0], 'href')!)]);
          shown.push(target(file, attr(value[0], 'href')!));
        }
      }
      expect(shown.sort(), id).toEqual(expected.map((u) => u.replace(/^\/+/, '/')).sort());
    }
  });

  it('shows each place’s latest value and target once over the pages, each on the page listing the place', () => {
    for (const [id, files] of pages) {
      for (const caption of ['各地最新实际值', '各地最新目标值', '历年实际值']) {
        const places: string[] = [];
        for (const file of files) {
          const listed = within(page(file), (e) => e.tagName === 'ul' && hasClass(e, 'page-places'))[0];
          const here = listed ? textOf(listed) : '';
          for (const table of tablesCaptioned(page(file), caption)) {
            for (const th of within(table, (e) => e.tagName === 'th' && attr(e, 'scope') === 'row')) {
              places.push(textOf(th));
              expect(here, `${file}: ${textOf(th)}`).toContain(textOf(th));
            }
          }
        }
        expect(new Set(places).size, `${id} ${caption}`).toBe(places.length);
      }
    }
  });

  it('links the pages in order, marking the current one, in two differently named navigations', () => {
    for (const files of pages.values()) expectPagers(files, page);
  });

  it('says on page 1 what each province reports, linking to where it starts', () => {
    let checked = 0;
    for (const [id, files] of pages) {
      if (files.length === 1) continue;
      const table = within(page(files[0]), (e) => e.tagName === 'table' && hasClass(e, 'provinces'))[0];
      const rows = within(within(table, (e) => e.tagName === 'tbody')[0], (e) => e.tagName === 'tr');
      let actual = 0;
      let figures = 0;
      for (const row of rows) {
        const cells = within(row, (e) => e.tagName === 'td').map(textOf);
        actual += Number(cells[0]);
        figures += Number(cells[3]);
        const link = within(row, (e) => e.tagName === 'a')[0];
        const url = new URL(attr(link, 'href')!, new URL(urlOf(files[0]), SITE_ORIGIN));
        const file = fileOf(dist, url.pathname)!;
        expect(files, url.href).toContain(file);
        expect(String(pageNumber(file))).toBe(cells[4]);
        const anchor = within(page(file), (e) => attr(e, 'id') === decodeURIComponent(url.hash.slice(1)));
        expect(anchor, url.href).toHaveLength(1);
        expect(textOf(anchor[0]).startsWith(textOf(link)), url.href).toBe(true);
        checked++;
      }
      expect(figures, id).toBe(metrics.filter((m) => m.indicator === id).length);
      const latest = files.flatMap((f) => tablesCaptioned(page(f), '各地最新实际值')).flatMap((t) => within(t, (e) => e.tagName === 'th' && attr(e, 'scope') === 'row'));
      expect(actual, id).toBe(latest.length);
    }
    expect(checked).toBeGreaterThan(0);
  });
});
