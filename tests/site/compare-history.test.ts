/**
 * A place over time and fair comparison, in a temporary copy of the project with two more reports
 * (made-up editor's reports, not published): 乐清's 2022 review gives 乐清 two years of 县域就诊率 and
 * 人均预期寿命, 天门's puts a second province among the county-level cities of 人均预期寿命. Its city page and the indicator pages draw them over the years, every value and year
 * labelled and every value linked to its sentence; life expectancies (81–83 岁) are a dot plot on an
 * axis that says it does not start at zero; places are grouped by level and province, each group
 * reachable by a link that keeps the choice in the URL; a different measure is listed apart with the
 * editors' note; each indicator page says what the indicator measures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadIndicatorDefs, type LoadedIndicator } from '../../src/lib/editorial/indicators.ts';
import { attr, byClass, elements, readPage, textOf, within } from '../helpers/dist.ts';
import { copyProject, type CommandResult, type ProjectCopy } from '../helpers/project-copy.ts';
import { startSession } from '../helpers/site-session.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** 乐清's 2022 review, as an editor would enter it (the values are made up for the test). */
const YUEQING_2022 = [
  '---',
  'title: 乐清市卫生健康局2022年工作总结（测试用）',
  'copiedFrom: 测试用虚构报告',
  'divisionCode: "330382"',
  'reviewYear: 2022',
  'kind: summary',
  '---',
  '',
  '一、2022年工作总结',
  '(一)医疗服务能力稳步提升。全市县域就诊率达到88.10%,人均预期寿命达到81.20岁。',
].join('\n');

/** 天门's 2022 review (made up for the test). */
const TIANMEN_2022 = [
  '---',
  'title: 天门市卫生健康委员会2022年工作总结（测试用）',
  'copiedFrom: 测试用虚构报告',
  'divisionCode: "429006"',
  'reviewYear: 2022',
  'kind: summary',
  '---',
  '',
  '一、2022年工作总结',
  '(一)健康水平持续提高。全市人均预期寿命达到80.90岁。',
].join('\n');

interface MetricRow {
  city: string | null;
  indicator: string | null;
  year: number | null;
  kind: string;
  raw: string;
  url: string;
}

let copy: ProjectCopy;
let build: CommandResult;
let rows: MetricRow[];
let defs: LoadedIndicator[];
beforeAll(async () => {
  copy = copyProject('compare-history');
  copy.write('content/reports/yueqing-2022-test.md', YUEQING_2022);
  copy.write('content/reports/tianmen-2022-test.md', TIANMEN_2022);
  build = await copy.build();
  rows = build.code === 0 ? JSON.parse(readFileSync(path.join(copy.outDir, 'data/metrics.json'), 'utf8')) : [];
  defs = await loadIndicatorDefs(path.join(ROOT, 'content/indicators'));
}, 300_000);
afterAll(() => copy?.dispose());

const page = (rel: string) => readPage(copy.outDir, rel);
const sitePath = (url: string) => decodeURIComponent(new URL(url).pathname + new URL(url).hash);
const hrefPath = (href: string) => decodeURIComponent(new URL(href, 'http://localhost:4321/').pathname + new URL(href, 'http://localhost:4321/').hash);
/** 乐清's actual values of an indicator, by year. */
const yueqing = (indicator: string) =>
  rows.filter((r) => r.city === '乐清' && r.indicator === indicator && r.kind === 'actual' && r.year !== null).sort((a, b) => a.year! - b.year!);
const svgs = (tree: Root | Element) => within(tree, (e) => e.tagName === 'svg');
const titleOf = (svg: Element) => textOf(within(svg, (e) => e.tagName === 'title')[0]);
const descOf = (svg: Element) => textOf(within(svg, (e) => e.tagName === 'desc')[0]);
const byId = (tree: Root, id: string) => within(tree, (e) => attr(e, 'id') === id)[0];

/** What a chart over the years shows, and the values its table links to. */
function trend(figure: Element) {
  const svg = svgs(figure)[0];
  return {
    svg,
    values: byClass(svg, 'value-label').map(textOf),
    years: byClass(svg, 'year').map(textOf),
    links: within(within(figure, (e) => e.tagName === 'table')[0], (e) => e.tagName === 'a' && (attr(e, 'className') ?? '').includes('value')).map((a) =>
      hrefPath(attr(a, 'href')!),
    ),
  };
}

describe('a place over time', () => {
  test('builds with the added report', () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(yueqing('county-visit-rate').map((r) => r.year)).toEqual([2022, 2023]);
    expect(yueqing('life-expectancy').map((r) => r.year)).toEqual([2022, 2023]);
  });

  test('the city page draws each indicator with several years over the years, values and years labelled and linked', () => {
    const tree = page('cities/yueqing/index.html');
    const section = byId(tree, 'trends');
    expect(section).toBeDefined();
    const figures = within(section, (e) => e.tagName === 'figure');
    const drawn = new Map(figures.map((f) => [titleOf(svgs(f)[0]), trend(f)]));
    for (const id of ['county-visit-rate', 'life-expectancy']) {
      const def = defs.find((d) => d.id === id)!;
      const values = yueqing(id);
      const chart = drawn.get(`乐清${def.name}：历年实际值`);
      expect(chart, id).toBeDefined();
      expect(attr(chart!.svg, 'role')).toBe('img');
      expect(descOf(chart!.svg)).toContain('2022年至2023年');
      expect(chart!.values).toEqual(values.map((r) => r.raw));
      expect(chart!.years).toEqual(values.map((r) => `${r.year}年`));
      expect(chart!.links).toEqual(values.map((r) => sitePath(r.url)));
    }
    // Only indicators with two years are drawn; the others are listed with their one value.
    const multi = new Set(rows.filter((r) => r.city === '乐清' && r.kind === 'actual' && r.year !== null).map((r) => `${r.indicator}:${r.year}`));
    const indicatorsWithTwo = defs.filter((d) => multi.has(`${d.id}:2022`) && multi.has(`${d.id}:2023`));
    expect(figures).toHaveLength(indicatorsWithTwo.length);
  });

  test('the indicator page draws the place over the years, and promises 历年数值 only where it has them', () => {
    const tree = page('compare/county-visit-rate/index.html');
    const history = byId(tree, 'history');
    expect(history).toBeDefined();
    const figures = within(tree, (e) => e.tagName === 'figure').filter((f) => titleOf(svgs(f)[0]).endsWith('历年实际值'));
    expect(figures).toHaveLength(1);
    expect(trend(figures[0]).values).toEqual(yueqing('county-visit-rate').map((r) => r.raw));
    const description = (t: Root) => attr(within(t, (e) => e.tagName === 'meta' && attr(e, 'name') === 'description')[0], 'content') ?? '';
    expect(description(tree)).toContain('历年数值');
    const beds = page('compare/beds/index.html');
    expect(byId(beds, 'history')).toBeUndefined();
    expect(description(beds)).not.toContain('历年数值');
  });
});

describe('fair comparison', () => {
  test('life expectancies, far from zero, are dots on an axis marked as not starting at zero', () => {
    const tree = page('compare/life-expectancy/index.html');
    const latest = svgs(tree).find((s) => titleOf(s).endsWith('各地最新实际值'))!;
    const marks = byClass(latest, 'mark');
    expect(marks.length).toBeGreaterThan(2);
    expect(new Set(marks.map((m) => m.tagName))).toEqual(new Set(['circle']));
    expect(byClass(latest, 'axis-break')).toHaveLength(1);
    expect(textOf(byClass(latest, 'axis-label')[0])).toContain('横轴不从零开始');
    expect(descOf(latest)).toContain('横轴不从零开始');
    const ticks = byClass(latest, 'tick').map((t) => Number(textOf(t)));
    expect(Math.min(...ticks)).toBeGreaterThan(0);
  });

  test('places are grouped by level and province; each level and province is a link that keeps the choice in the URL', () => {
    const tree = page('compare/life-expectancy/index.html');
    const groups = byClass(tree, 'peer-group');
    const captions = groups.map((g) => textOf(within(g, (e) => e.tagName === 'caption')[0]).trim());
    expect(captions).toEqual(['各地最新实际值：地级（1个）', '各地最新实际值：县级市（3个）']);
    const places = groups.map((g) => within(g, (e) => e.tagName === 'th' && attr(e, 'scope') === 'row').map(textOf).sort());
    expect(places).toEqual([['广州'], ['义乌', '乐清', '天门'].sort()]);
    const filter = byClass(tree, 'peer-filter')[0];
    const targets = within(filter, (e) => e.tagName === 'a').map((a) => attr(a, 'href')!);
    expect(targets).toEqual(['#peers-prefecture', '#peers-county-city', '#latest']);
    for (const href of targets) expect(byId(tree, href.slice(1)), href).toBeDefined();
    const provinces = within(groups[1], (e) => e.tagName === 'tbody');
    expect(provinces.map((b) => attr(b, 'id'))).toEqual(['peers-county-city-湖北', 'peers-county-city-浙江']);
    expect(provinces.map((b) => within(b, (e) => e.tagName === 'a' && (attr(e, 'className') ?? '').includes('peer-only')).map((a) => attr(a, 'href')))).toEqual([
      ['#peers-county-city-湖北'],
      ['#peers-county-city-浙江'],
    ]);
  });

  test('in a browser without JavaScript, a level’s or a province’s link shows only its places, 全部 all of them', async () => {
    const session = await startSession(copy.outDir);
    /** The ids of the shown level groups and province row groups. */
    const shown = (page: Page) =>
      page.evaluate(() => {
        const shownIds = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((e) => e.offsetParent !== null).map((e) => e.id);
        return { levels: shownIds('.peer-group'), provinces: shownIds('.peer-group tbody') };
      });
    const { page } = await session.open('/compare/life-expectancy/', { javaScriptEnabled: false });
    try {
      const all = await shown(page);
      expect(all.levels).toEqual(['peers-prefecture', 'peers-county-city']);
      await page.locator('.peer-filter a', { hasText: '县级市' }).click();
      await page.waitForURL((u) => u.hash === '#peers-county-city');
      expect(await shown(page)).toEqual({ levels: ['peers-county-city'], provinces: ['peers-county-city-湖北', 'peers-county-city-浙江'] });
      await page.locator('.peer-only', { hasText: '湖北' }).click();
      await page.waitForURL((u) => decodeURIComponent(u.hash) === '#peers-county-city-湖北');
      expect(await shown(page)).toEqual({ levels: ['peers-county-city'], provinces: ['peers-county-city-湖北'] });
      await page.locator('.peer-filter a', { hasText: '全部' }).click();
      await page.waitForURL((u) => u.hash === '#latest');
      expect(await shown(page)).toEqual(all);
    } finally {
      await page.close();
      await session.close();
    }
  });

  test('a different measure is listed apart with the editors’ note, never in the chart', () => {
    const def = defs.find((d) => d.id === 'test-mutual-recognition-rate')!;
    const measure = def.differentMeasures![0];
    const tree = page('compare/test-mutual-recognition-rate/index.html');
    const apart = byClass(tree, 'other-measure');
    expect(apart).toHaveLength(1);
    expect(textOf(apart[0])).toContain(measure.note);
    const stated = rows.filter((r) => r.indicator === def.id && r.kind === 'actual');
    const other = stated.filter((r) => r.city === '广州');
    expect(other.map((r) => r.raw)).toEqual(['97%']);
    const listed = within(apart[0], (e) => e.tagName === 'a').map((a) => hrefPath(attr(a, 'href')!));
    expect(listed).toEqual(other.map((r) => sitePath(r.url)));
    const charted = svgs(tree).flatMap((s) => byClass(s, 'mark')).map((m) => textOf(m));
    expect(charted.some((t) => t.startsWith('广州'))).toBe(false);
    expect(charted.some((t) => t.startsWith('乐清'))).toBe(true);
  });

  test('each indicator page says what the indicator measures: its file’s text', () => {
    for (const def of defs) {
      const tree = page(`compare/${def.id}/index.html`);
      const definition = byId(tree, 'definition');
      expect(definition, def.id).toBeDefined();
      expect(textOf(definition).replace(/\s+/g, ''), def.id).toContain(def.definition.replace(/\s+/g, ''));
    }
  });

  test('the city page names its level among county-level cities, counties and districts', () => {
    const facts = textOf(byClass(page('cities/yueqing/index.html'), 'facts-list')[0]);
    expect(facts).toContain('级别县级市');
  });
});
