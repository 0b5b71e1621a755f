/**
 * The topic pages of the built site: every section links to its heading on the report page, every
 * figure to its mark stating it as shown, and the share chart (by province) draws what its table
 * says. Paging and completeness of the topic pages: topic-pages.test.ts.
 */
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { attr, fileOf, hasClass, pageCache, pagesOfType, SITE_ORIGIN, textOf, urlOf, within } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';

const dist = inject('distDir');
const { page, reportTarget } = pageCache(dist);

/** The element a link on `fromFile` points at on a report page; fails the test when there is none. */
function target(fromFile: string, href: string): Element {
  const el = reportTarget(fromFile, href);
  if (typeof el === 'string') expect.fail(`${fromFile}: ${el}`);
  return el;
}

const topicPages = pagesOfType(dist, 'topic');

describe('/topics/<topic>/', () => {
  it('links each section to its heading on the report page, and each figure to its mark', () => {
    let sections = 0;
    let figures = 0;
    for (const { file } of topicPages) {
      for (const article of within(page(file), (e) => e.tagName === 'article' && hasClass(e, 'section'))) {
        const headingLink = within(within(article, (e) => e.tagName === 'h4')[0], (e) => e.tagName === 'a')[0];
        const anchor = target(file, attr(headingLink, 'href')!);
        const shown = textOf(headingLink);
        // A heading or title line shows its own text; a section without one shows its opening words.
        expect(textOf(anchor).startsWith(shown.replace(/…$/, '')), `${file}: ${shown}`).toBe(true);
        sections++;
        for (const link of within(article, (e) => e.tagName === 'a' && e !== headingLink && /#s-\d+-f\d+$/.test(attr(e, 'href') ?? ''))) {
          const mark = target(file, attr(link, 'href')!);
          expect(mark.tagName).toBe('mark');
          expect(textOf(mark)).toBe(textOf(link));
          figures++;
        }
      }
    }
    expect(sections).toBeGreaterThan(20);
    expect(figures).toBeGreaterThan(20);
  });
});

describe('/topics/', () => {
  const tree = page('topics/index.html');
  const svg = within(tree, (e) => e.tagName === 'svg')[0];
  const table = within(tree, (e) => e.tagName === 'table' && hasClass(e, 'shares'))[0];

  it('draws one cell per province and topic with the share its table states', () => {
    const header = within(within(table, (e) => e.tagName === 'thead')[0], (e) => e.tagName === 'th').slice(2).map(textOf);
    const rows = within(within(table, (e) => e.tagName === 'tbody')[0], (e) => e.tagName === 'tr');
    const marks = within(svg, (e) => hasClass(e, 'mark'));
    expect(marks).toHaveLength(rows.length * header.length);
    // One row per province of the reports (as the search records file them), with its number of reports.
    const records = readRecords(dist);
    const reportsOf = new Map<string, Set<string>>();
    for (const r of records.filter((r) => r.url.includes('/reports/'))) {
      const province = r.filters.province![0];
      reportsOf.set(province, (reportsOf.get(province) ?? new Set()).add(r.url.replace(/#.*/, '')));
    }
    const rowHeads = rows.map((row) => `${textOf(within(row, (e) => e.tagName === 'th')[0])} ${textOf(within(row, (e) => e.tagName === 'td')[0])}`);
    expect(rowHeads.sort()).toEqual([...reportsOf].map(([p, reports]) => `${p} ${reports.size}`).sort());
    expect([...reportsOf.values()].reduce((n, s) => n + s.size, 0)).toBe(pagesOfType(dist, 'report').length);
    rows.forEach((row, i) => {
      const cells = within(row, (e) => e.tagName === 'td').slice(1).map(textOf);
      header.forEach((topic, j) => {
        const mark = marks[i * header.length + j];
        expect(attr(mark, 'dataRow')).toBe(textOf(within(row, (e) => e.tagName === 'th')[0]));
        expect(attr(mark, 'dataCol')).toBe(topic);
        const percent = Number(attr(mark, 'dataValue')) * 100;
        expect(cells[j], `${textOf(row)} ${topic}`).toBe(Math.round(percent) === 0 && percent > 0 ? '<1' : String(Math.round(percent)));
      });
    });
  });

  it('links each table cell to where that province starts on the topic’s pages', () => {
    const rows = within(within(table, (e) => e.tagName === 'tbody')[0], (e) => e.tagName === 'tr');
    let links = 0;
    for (const row of rows) {
      const province = textOf(within(row, (e) => e.tagName === 'th')[0]);
      for (const link of within(row, (e) => e.tagName === 'a' && (attr(e, 'href') ?? '').includes('/topics/'))) {
        const url = new URL(attr(link, 'href')!, new URL(urlOf('topics/index.html'), SITE_ORIGIN));
        const file = fileOf(dist, url.pathname)!;
        expect(file).toMatch(/^topics\/[^/]+\/(?:\d+\/)?index\.html$/);
        const heading = within(page(file), (e) => attr(e, 'id') === decodeURIComponent(url.hash.slice(1)));
        expect(heading, url.href).toHaveLength(1);
        // The province's heading among the reports with sections, or among those without.
        expect(textOf(heading[0]), url.href).toBe(province);
        links++;
      }
    }
    expect(links).toBe(within(svg, (e) => hasClass(e, 'mark')).length);
  });
});
