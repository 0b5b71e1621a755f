/**
 * The comparison pages of the built site: every value shown links to the figure on its report page,
 * the text there is the value as written, of the kind (actual / target) and indicator the page claims;
 * charts draw the values their marks say; notes appear where values of different years or counts
 * stand side by side.
 */
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { loadIndicatorDefs } from '../../src/lib/indicators.ts';
import { attr, hasClass, pageCache, pagesOfType, textOf, within } from '../helpers/dist.ts';

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

describe('/compare/', () => {
  const file = 'compare/index.html';
  const tree = page(file);
  const tables = within(tree, (e) => e.tagName === 'table' && attr(e, 'dataKind') !== null);

  it('has the actual values and the targets in separate tables', () => {
    expect(tables.map((t) => attr(t, 'dataKind'))).toEqual(['actual', 'target']);
  });

  it('links every value to its figure: the value as written, the kind of its table, the indicator of its row', () => {
    let values = 0;
    for (const table of tables) {
      const kind = attr(table, 'dataKind');
      for (const row of within(table, (e) => e.tagName === 'tr')) {
        const rowHeader = within(row, (e) => e.tagName === 'th' && attr(e, 'scope') === 'row')[0];
        if (!rowHeader) continue;
        const indicator = attr(within(rowHeader, (e) => e.tagName === 'a')[0], 'href')!.match(/compare\/([^/]+)\/$/)![1];
        for (const link of within(row, (e) => e.tagName === 'a' && hasClass(e, 'value'))) {
          const mark = figureAt(file, link);
          expect(attr(mark, 'dataKind')).toBe(kind);
          expect(attr(mark, 'dataIndicator')).toBe(indicator);
          values++;
        }
      }
    }
    expect(values).toBeGreaterThan(10);
  });

  it('says 未报告 in every empty cell and flags rows whose values come from different years', () => {
    for (const table of tables) {
      for (const row of within(table, (e) => e.tagName === 'tr').slice(1)) {
        const cells = within(row, (e) => e.tagName === 'td');
        for (const cell of cells) {
          const links = within(cell, (e) => e.tagName === 'a' && hasClass(e, 'value'));
          if (links.length === 0) expect(textOf(cell).trim()).toBe('未报告');
        }
        const years = new Set(within(row, (e) => hasClass(e, 'value-year')).map((e) => textOf(e)));
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

  it('has a page per indicator definition', () => {
    expect(indicatorPages.map((p) => indicatorOfPage(p.file)).sort()).toEqual([...defs.keys()].sort());
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
      const table = within(tree, (e) => e.tagName === 'table' && textOf(within(e, (c) => c.tagName === 'caption')[0] ?? e) === '各地最新实际值')[0];
      const shown = within(table, (e) => e.tagName === 'a' && hasClass(e, 'value')).map((a) => textOf(a));
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
      const table = within(tree, (e) => e.tagName === 'table' && textOf(within(e, (c) => c.tagName === 'caption')[0] ?? e) === '各地最新实际值')[0];
      const years = new Set(table ? within(table, (e) => hasClass(e, 'value-year')).map((e) => textOf(e)) : []);
      expect(text.includes('来自不同年份'), file).toBe(years.size > 1);
      const def = defs.get(indicatorOfPage(file))!;
      expect(text.includes('这是绝对数'), file).toBe(def.measure === 'count');
    }
  });
});
