/**
 * The comparison pages of the built site: /compare/ counts each province's places per indicator and
 * links to where they are; every value shown links to the figure on its report page,
 * the text there is the value as written, of the kind (actual / target) and indicator the page claims;
 * charts draw the values their marks say; notes appear where values of different years or counts
 * stand side by side.
 */
import type { Element, Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { loadIndicatorDefs } from '../../src/lib/editorial/indicators.ts';
import { attr, fileOf, hasClass, pageCache, pagesOfType, SITE_ORIGIN, textOf, urlOf, within } from '../helpers/dist.ts';

const dist = inject('distDir');
const { page, reportTarget: target } = pageCache(dist);

/** The figure mark a value link points at, checked to hold the value as written. */
function figureAt(fromFile: string, link: Element, shown = textOf(link).trim()): Element {
  const el = target(fromFile, attr(link, 'href')!);
  if (typeof el === 'string') throw new Error(`${fromFile}: ${el}`);
  expect(el.tagName, `${fromFile}: ${attr(link, 'href')}`).toBe('mark');
  expect(textOf(el), `${fromFile}: ${attr(link, 'href')}`).toBe(shown);
  return el;
}

const indicatorPages = pagesOfType(dist, 'indicator');
const indicatorOfPage = (file: string) => file.split('/')[1];
/** The pages of each indicator (page 1 first). */
const indicatorFiles = Map.groupBy(
  indicatorPages.map((p) => p.file).sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b, 'en', { numeric: true })),
  indicatorOfPage,
);

/** The tables of an indicator page's latest actual values, one per level of place. */
const latestValueTables = (tree: Root | Element) =>
  within(tree, (e) => e.tagName === 'table' && textOf(within(e, (c) => c.tagName === 'caption')[0] ?? e).startsWith('各地最新实际值：'));

describe('/compare/', () => {
  const file = 'compare/index.html';
  const tree = page(file);
  const tables = within(tree, (e) => e.tagName === 'table' && attr(e, 'dataKind') !== null);
  /** The tables of latest values (`各地最新实际值`, `各地最新目标值`) of an indicator's pages, of one kind. */
  const latestTables = (indicator: string, kind: string) =>
    (indicatorFiles.get(indicator) ?? []).flatMap((f) =>
      within(page(f), (e) => e.tagName === 'table' && attr(e, 'dataKind') === kind && textOf(within(e, (c) => c.tagName === 'caption')[0] ?? e).startsWith('各地最新')),
    );
  const rowsOf = (table: Element) => within(within(table, (e) => e.tagName === 'tbody')[0], (e) => e.tagName === 'tr');
  const indicatorOfRow = (row: Element) =>
    attr(within(within(row, (e) => e.tagName === 'th')[0], (e) => e.tagName === 'a')[0], 'href')!.match(/compare\/([^/]+)\/$/)![1];

  it('has the actual values and the targets in separate tables', () => {
    expect(tables.map((t) => attr(t, 'dataKind'))).toEqual(['actual', 'target']);
  });

  it('links each province’s count to where the province starts on the indicator’s pages; the counts are the places listed there', () => {
    let cells = 0;
    for (const table of tables) {
      const kind = attr(table, 'dataKind')!;
      const provinces = within(within(table, (e) => e.tagName === 'thead')[0], (e) => e.tagName === 'th').slice(1).map(textOf);
      for (const row of rowsOf(table)) {
        const indicator = indicatorOfRow(row);
        let sum = 0;
        within(row, (e) => e.tagName === 'td').forEach((td, i) => {
          const link = within(td, (e) => e.tagName === 'a')[0];
          if (!link) return;
          const url = new URL(attr(link, 'href')!, new URL(urlOf(file), SITE_ORIGIN));
          const to = fileOf(dist, url.pathname)!;
          expect(indicatorFiles.get(indicator), url.href).toContain(to);
          const anchor = within(page(to), (e) => attr(e, 'id') === decodeURIComponent(url.hash.slice(1)));
          expect(anchor, url.href).toHaveLength(1);
          expect(textOf(anchor[0]).startsWith(provinces[i]), url.href).toBe(true);
          sum += Number(textOf(link));
          cells++;
        });
        const listed = latestTables(indicator, kind).flatMap((t) => within(t, (e) => e.tagName === 'th' && attr(e, 'scope') === 'row'));
        expect(sum, `${kind} ${indicator}`).toBe(listed.length);
      }
    }
    expect(cells).toBeGreaterThan(10);
  });

  it('says 未报告 in every empty cell and flags indicators whose latest values come from different years', () => {
    for (const table of tables) {
      for (const row of rowsOf(table)) {
        for (const cell of within(row, (e) => e.tagName === 'td')) {
          if (within(cell, (e) => e.tagName === 'a').length === 0) expect(textOf(cell).trim()).toBe('未报告');
        }
        if (attr(table, 'dataKind') !== 'actual') continue;
        const years = new Set(latestTables(indicatorOfRow(row), 'actual').flatMap((t) => within(t, (e) => hasClass(e, 'value-year')).map(textOf)));
        expect(textOf(row).includes('年份不同'), textOf(row)).toBe(years.size > 1);
      }
    }
  });

  it('links to the downloads', () => {
    const hrefs = within(tree, (e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    for (const name of ['metrics.csv', 'metrics.json', 'reports.json']) expect(hrefs.some((h) => h?.endsWith(`data/${name}`))).toBe(true);
  });
});

describe('/compare/<indicator>/', async () => {
  const defs = new Map((await loadIndicatorDefs('content/indicators')).map((d) => [d.id, d]));

  it('has pages per indicator definition, the first at the indicator’s address', () => {
    expect([...indicatorFiles.keys()].sort()).toEqual([...defs.keys()].sort());
    for (const [id, files] of indicatorFiles) expect(files[0], id).toBe(`compare/${id}/index.html`);
  });

  it('links every value in the tables to a figure of this indicator stated as shown', () => {
    let checked = 0;
    for (const { file } of indicatorPages) {
      const tree = page(file);
      const indicator = indicatorOfPage(file);
      for (const table of within(tree, (e) => e.tagName === 'table')) {
        const kind = attr(table, 'dataKind');
        for (const link of within(table, (e) => e.tagName === 'a' && hasClass(e, 'value'))) {
          const mark = figureAt(file, link);
          expect(attr(mark, 'dataIndicator'), `${file} ${attr(link, 'href')}`).toBe(indicator);
          if (kind) expect(attr(mark, 'dataKind'), `${file} ${attr(link, 'href')}`).toBe(kind);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('draws one mark per value of the latest-values table, each chart one titled and described image without links', () => {
    let charts = 0;
    for (const { file } of indicatorPages) {
      const tree = page(file);
      for (const svg of within(tree, (e) => e.tagName === 'svg')) {
        expect(attr(svg, 'role')).toBe('img');
        const ids = attr(svg, 'ariaLabelledBy')!.split(' ');
        expect(ids.map((id) => within(svg, (e) => attr(e, 'id') === id)[0]?.tagName)).toEqual(['title', 'desc']);
        expect(hasClass(svg, 'chart-svg')).toBe(true);
        expect(within(svg, (e) => e.tagName === 'a')).toEqual([]);
        charts++;
      }
      const latest = within(tree, (e) => attr(e, 'id') === 'latest-title')[0];
      const latestChart = within(tree, (e) => e.tagName === 'svg').find((s) => within(s, (e) => attr(e, 'id') === 'latest-title').length);
      if (!latestChart) continue;
      expect(latest).toBeDefined();
      const marks = within(latestChart, (e) => hasClass(e, 'mark'));
      // The latest values are listed by level (各地最新实际值：县级市…), one table per level.
      const tables = latestValueTables(tree);
      const shown = tables.flatMap((table) => within(table, (e) => e.tagName === 'a' && hasClass(e, 'value')).map((a) => textOf(a)));
      // Ranges (2-3家) stay in the table only; every other value is drawn once.
      const plotted = shown.filter((raw) => !/\d\s*[-~～至]\s*\d/.test(raw));
      expect(marks.map((m) => textOf(within(m, (e) => e.tagName === 'title')[0]).split('：').slice(1).join('：')).sort(), file).toEqual(plotted.sort());
    }
    expect(charts).toBeGreaterThan(5);
  });

  it('notes values of different years side by side, and that counts need population', () => {
    for (const { file } of indicatorPages) {
      const tree = page(file);
      const text = textOf(tree);
      const years = new Set(latestValueTables(tree).flatMap((table) => within(table, (e) => hasClass(e, 'value-year')).map((e) => textOf(e))));
      expect(text.includes('来自不同年份'), file).toBe(years.size > 1);
      const def = defs.get(indicatorOfPage(file))!;
      expect(text.includes('这是绝对数'), file).toBe(def.measure === 'count');
    }
  });
});
