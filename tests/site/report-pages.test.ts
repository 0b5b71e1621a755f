/**
 * The built report pages against their sources: nothing the source says is lost, what was stripped
 * is listed, the table of contents points into the text, and the home page lists every report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parseReport } from '../../src/lib/parser/index.ts';
import type { Report } from '../../src/lib/model/report.ts';
import { attr, BASE, byClass, elements, pagesOfType, readPage, textOf, urlOf } from '../helpers/dist.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dist = inject('distDir');
const seeds = readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const reportPages = pagesOfType(dist, 'report').map((page) => ({ ...page, tree: readPage(dist, page.file) }));

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/** The built page of a seed: the one whose source link names it. */
function pageOf(seed: string) {
  const page = reportPages.find(({ tree }) => elements(tree, 'a').some((a) => textOf(a) === `seeds/${seed}`));
  if (!page) throw new Error(`no report page links to seeds/${seed}`);
  return page;
}

/** The source's CJK runs in order, without those of the lines the parser stripped as web chrome. */
function bodyRuns(text: string, report: Report): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const strippedRuns = new Map<number, string[]>();
  for (const s of report.stripped) strippedRuns.set(s.line, [...(strippedRuns.get(s.line) ?? []), ...(s.text.match(CJK_RUN) ?? [])]);
  return lines.flatMap((line, i) => {
    const runs = line.match(CJK_RUN) ?? [];
    const gone = [...(strippedRuns.get(i + 1) ?? [])];
    // A stripped piece removes its own runs, in order, from its line.
    return runs.filter((run) => {
      if (gone[0] === run) {
        gone.shift();
        return false;
      }
      return true;
    });
  });
}

describe('every seed has its page, and the page keeps every word', () => {
  test('the build has one report page per seed', () => {
    expect(seeds.length).toBe(5);
    for (const seed of seeds) expect(() => pageOf(seed)).not.toThrow();
  });

  test.each(seeds)('%s: every run of Chinese characters of the body appears in order in the page body', (seed) => {
    const bytes = readFileSync(path.join(ROOT, 'seeds', seed));
    const report = parseReport(bytes, { source: `seeds/${seed}` });
    const runs = bodyRuns(bytes.toString('utf8'), report);
    const [body] = byClass(pageOf(seed).tree, 'report-body');
    const text = textOf(body);
    expect(runs.length).toBeGreaterThan(50);
    let at = 0;
    const missing: string[] = [];
    for (const run of runs) {
      const found = text.indexOf(run, at);
      if (found < 0) missing.push(run);
      else at = found + run.length;
    }
    expect(missing).toEqual([]);
  });

  test.each(seeds)('%s: every piece of stripped web chrome is listed on the page', (seed) => {
    const report = parseReport(readFileSync(path.join(ROOT, 'seeds', seed)), { source: `seeds/${seed}` });
    const [list] = byClass(pageOf(seed).tree, 'stripped');
    const listed = textOf(list).replace(/\s+/g, '');
    for (const s of report.stripped) expect(listed, s.text).toContain(s.text.replace(/\s+/g, ''));
  });
});

describe('report pages', () => {
  test.each(reportPages.map((p) => [p.url, p] as const))('%s: one h1, the table of contents points at headings of the body', (_, page) => {
    expect(elements(page.tree, 'h1')).toHaveLength(1);
    const ids = new Set(elements(page.tree).map((el) => attr(el, 'id')));
    const [toc] = byClass(page.tree, 'toc');
    const targets = elements(toc, 'a').map((a) => attr(a, 'href')!);
    expect(targets.length).toBeGreaterThan(0);
    for (const href of targets) {
      expect(href).toMatch(/^#(h|t)-/);
      expect(ids.has(href.slice(1)), href).toBe(true);
    }
  });

  test('each figure of the figure table links to its mark in the text', () => {
    for (const { tree, url } of reportPages) {
      const marks = new Map(byClass(tree, 'fig').map((m) => [attr(m, 'id'), textOf(m)]));
      const [table] = byClass(tree, 'figures');
      const links = elements(table, 'a');
      expect(links.length, url).toBe(marks.size);
      for (const a of links) expect(marks.get(attr(a, 'href')!.slice(1)), `${url} ${attr(a, 'href')}`).toBe(textOf(a));
    }
  });

  test('a year the source does not state is shown as unknown; an editor’s inference is shown with its reasoning', () => {
    // Seed 003 states no year anywhere; content/corrections/003_….yaml infers the plan year.
    const page = pageOf('003_91bbed86cc79f672.txt');
    const [corrections] = byClass(page.tree, 'corrections');
    const text = textOf(corrections);
    expect(text).toContain('计划年份');
    expect(text).toContain('编辑推断');
    expect(text).toContain('党纪学习教育');
    // Its figures are targets of that plan; none states its own year.
    expect(byClass(page.tree, 'fig').every((m) => attr(m, 'dataKind') === 'target')).toBe(true);
  });
});

describe('a report page opens with the report', () => {
  /** The element's children that are elements. */
  const kids = (el: ReturnType<typeof elements>[number]) => el.children.filter((c) => c.type === 'element');

  test.each(seeds)('%s: title, facts, then 来源与依据 collapsed, then the outline and the text', (seed) => {
    const { tree } = pageOf(seed);
    const [article] = byClass(tree, 'report-layout');
    const order = kids(article).map((el) => attr(el, 'className'));
    expect(order.filter((c) => c !== 'toc')).toEqual(['report-head', 'report-main']);
    if (order.includes('toc')) expect(order.indexOf('toc')).toBe(1);
    const [head] = byClass(tree, 'report-head');
    expect(kids(head).map((el) => el.tagName)).toEqual(['h1', 'dl', 'details']);
    const [sources] = byClass(head, 'report-sources');
    expect(attr(sources, 'open')).toBeNull();
    expect(textOf(elements(sources, 'summary')[0])).toBe('来源与依据');
    // File names, encoding, bases, the correction file and the removed web elements are in it, not in the facts.
    const text = textOf(sources);
    for (const word of [`seeds/${seed}`, '编码：', '依据：', `content/corrections/${seed.replace(/\.txt$/, '.yaml')}`]) expect(text).toContain(word);
    expect(byClass(sources, 'stripped')).toHaveLength(1);
    const facts = textOf(kids(head)[1]);
    for (const word of ['seeds/', '编码', '依据', 'content/corrections']) expect(facts).not.toContain(word);
  });

  test('乐清: the title names the publisher, so the facts show it, and 来源与依据 says the title is the basis', () => {
    const { tree } = pageOf('000_f4176e7e517abf09.txt');
    const [head] = byClass(tree, 'report-head');
    const dd = (dl: (typeof head)['children'][number], label: string) => {
      const items = elements(dl as never);
      const i = items.findIndex((el) => el.tagName === 'dt' && textOf(el) === label);
      return i < 0 ? null : textOf(items[i + 1]);
    };
    const facts = byClass(head, 'facts-list');
    expect(dd(facts[0], '发布机构')).toBe('乐清市卫生健康局');
    expect(dd(facts[1], '发布机构')).toBe(`依据：标题“${textOf(elements(head, 'h1')[0]).trim()}”`);
  });

  test('海安: a composed title names no publisher: 未注明; the inferred year says （推断）', () => {
    const { tree } = pageOf('003_91bbed86cc79f672.txt');
    const facts = textOf(byClass(tree, 'facts-list')[0]);
    expect(facts).toContain('发布机构未注明');
    expect(facts).toContain('2024年计划（推断）');
  });
});

describe('report and city pages', () => {
  const cityPages = pagesOfType(dist, 'city').map((page) => ({ ...page, tree: readPage(dist, page.file) }));
  const cityUrls = new Set(cityPages.map((page) => page.url));
  /** The city page a report page links to from its facts, null when none. */
  const cityOf = (tree: (typeof reportPages)[number]['tree']) => {
    const [facts] = byClass(tree, 'facts-list');
    const links = elements(facts, 'a').map((a) => attr(a, 'href')!).filter((href) => cityUrls.has(href));
    expect(links.length).toBeLessThanOrEqual(1);
    return links[0] ?? null;
  };

  test('each city page lists exactly the reports whose pages link to it', () => {
    const linking = new Map<string, string[]>();
    for (const page of reportPages) {
      const city = cityOf(page.tree);
      if (city !== null) linking.set(city, [...(linking.get(city) ?? []), page.url]);
    }
    expect(linking.size).toBeGreaterThan(0);
    for (const city of cityPages) {
      const listed = byClass(city.tree, 'report-list').flatMap((list) => elements(list, 'a').map((a) => attr(a, 'href')!));
      expect(listed.toSorted(), city.url).toEqual((linking.get(city.url) ?? []).toSorted());
    }
  });
});

describe('home page', () => {
  test('shows the latest reports with place, years and kind, and links to /reports/, which lists every report page', () => {
    const home = readPage(dist, 'index.html');
    const items = byClass(home, 'report-list').flatMap((list) => elements(list, 'li'));
    expect(items).toHaveLength(Math.min(5, reportPages.length));
    for (const item of items) expect(textOf(item)).toMatch(/(工作总结|工作计划)/);
    expect(elements(home, 'a').some((a) => attr(a, 'href') === `${BASE}reports/`)).toBe(true);
    const all = readPage(dist, 'reports/index.html');
    const linked = new Set(byClass(all, 'report-list').flatMap((list) => elements(list, 'a')).map((a) => attr(a, 'href')));
    for (const page of reportPages) expect(linked.has(page.url), page.url).toBe(true);
  });

  test('lists every city page', () => {
    const home = readPage(dist, 'index.html');
    const linked = new Set(elements(home, 'a').map((a) => attr(a, 'href')));
    const cities = pagesOfType(dist, 'city');
    expect(cities.length).toBeGreaterThan(0);
    for (const city of cities) expect(linked.has(urlOf(city.file)), city.url).toBe(true);
  });
});
