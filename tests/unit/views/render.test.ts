import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/model/figure.ts';
import { renderReport } from '../../../src/lib/views/render.ts';
import type { Block, Report } from '../../../src/lib/model/report.ts';
import { launchBrowser } from '../../helpers/browser.ts';

function figure(id: string, sentence: string, raw: string, kind: Figure['kind'] = 'actual'): Figure {
  const start = sentence.indexOf(raw);
  return { id, name: null, raw, value: 0, unit: null, qualifier: null, year: null, kind, start, end: start + raw.length };
}

const S1 = '完成固定资产投资5.8亿元,千人医师数3.41人,人均预期寿命81.37岁。';
const S2 = '培训<script>alert("x")</script>人员 & 1300名 <b>粗体</b>,链接<a href="javascript:alert(1)">点</a>。';

const blocks: Block[] = [
  { type: 'title', id: 't-1', text: '乐清市卫生健康局2023年工作总结和2024年工作重点', line: 1 },
  { type: 'heading', id: 'h-1', depth: 1, label: '一、', title: '2023年工作总结', line: 1, inline: true },
  {
    type: 'paragraph',
    line: 1,
    sentences: [
      {
        id: 's-1',
        text: S1,
        figures: [figure('s-1-f1', S1, '5.8亿元'), figure('s-1-f2', S1, '3.41人'), figure('s-1-f3', S1, '81.37岁')],
      },
      { id: 's-2', text: S2, figures: [figure('s-2-f1', S2, '1300名')] },
    ],
  },
  { type: 'heading', id: 'h-1-1', depth: 2, label: '(一)', title: '守底线,提质效', line: 1, inline: true },
  { type: 'heading', id: 'h-1-1-1-1-1', depth: 5, label: '①', title: '第五层', line: 1, inline: false },
];

const report: Report = {
  source: 'seeds/x.txt',
  id: 'x',
  title: 'T',
  titleComposed: false,
  encoding: 'utf-8',
  meta: { indexNumber: null, docNumber: null, publisher: null, publishedAt: null, name: null, url: null, extra: {} },
  place: { city: null, fullName: null, province: null, prefecture: null, level: null, divisionCode: null, basis: '未能确定' },
  reviewYear: 2023,
  planYear: null,
  kind: 'summary',
  basis: { place: '', reviewYear: '', planYear: '', kind: '' },
  parts: [
    { kind: 'summary', year: 2023, title: null, anchor: 't-1', blocks, outline: [] },
    {
      kind: 'plan',
      year: null,
      title: null,
      anchor: null,
      outline: [],
      blocks: [{ type: 'paragraph', line: 2, sentences: [{ id: 's-3', text: '千人医师数达到3.63人。', figures: [] }] }],
    },
  ],
  stripped: [],
  warnings: [],
};

const indicatorOf = (f: Figure) => (f.raw === '3.41人' ? 'doctors-per-1000' : null);
const html = renderReport(report, { indicatorOf });

// The HTML is read back by a real browser's parser.
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setContent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`);
});
afterAll(() => browser?.close());

/** tag, class, text and attributes of the element with this id, null when there is none. */
function byId(id: string) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    return { tag: el.tagName, className: el.className, text: el.textContent, attrs };
  }, id);
}

describe('renderReport', () => {
  it('gives headings h2..h6 by depth with their ids and the label in its own span', async () => {
    expect(await byId('h-1')).toMatchObject({ tag: 'H2', text: '一、2023年工作总结' });
    expect(await page.locator('#h-1 > span.label').textContent()).toBe('一、');
    expect(await page.locator('#h-1-1 > span.label').textContent()).toBe('(一)');
    expect((await byId('h-1-1'))!.tag).toBe('H3');
    expect((await byId('h-1-1-1-1-1'))!.tag).toBe('H6');
  });

  it('wraps sentences in span.s with their ids and figures in mark.fig inside them', async () => {
    expect(await byId('s-1')).toMatchObject({ tag: 'SPAN', className: 's', text: S1 });
    const marks = await page.$$eval('#s-1 mark.fig', (ms) => ms.map((m) => [m.id, m.textContent]));
    expect(marks).toEqual([
      ['s-1-f1', '5.8亿元'],
      ['s-1-f2', '3.41人'],
      ['s-1-f3', '81.37岁'],
    ]);
    expect((await byId('s-1-f2'))!.attrs['data-indicator']).toBe('doctors-per-1000');
    expect((await byId('s-1-f1'))!.attrs).not.toHaveProperty('data-indicator');
    expect((await byId('s-2-f1'))!.text).toBe('1300名');
  });

  it('opens one section per part with its kind and year', async () => {
    const sections = await page.$$eval('section.part', (ss) =>
      ss.map((s) => [s.getAttribute('data-kind'), s.getAttribute('data-year'), s.querySelector('.s')?.id]),
    );
    expect(sections).toEqual([
      ['summary', '2023', 's-1'],
      ['plan', null, 's-3'],
    ]);
  });

  it('keeps markup in the text as text: no script, link or bold element is created', async () => {
    expect(await page.locator('script, a, b').count()).toBe(0);
    expect((await byId('s-2'))!.text).toBe(S2);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<a ');
  });

  it('keeps every character of every block, in order', async () => {
    const text = await page.evaluate(() => document.body.textContent!);
    let at = 0;
    for (const part of report.parts) {
      for (const block of part.blocks) {
        const pieces =
          block.type === 'title'
            ? [block.text]
            : block.type === 'heading'
              ? [block.label + block.title]
              : block.sentences.map((s) => s.text);
        for (const piece of pieces) {
          const found = text.indexOf(piece, at);
          expect(found, piece).toBeGreaterThanOrEqual(at);
          at = found + piece.length;
        }
      }
    }
  });

  it('refuses a figure whose offsets do not point at its text', () => {
    const bad: Report = structuredClone(report);
    const para = bad.parts[1].blocks[0] as Extract<Block, { type: 'paragraph' }>;
    para.sentences[0].figures = [{ ...figure('s-3-f1', para.sentences[0].text, '3.63人'), start: 0 }];
    expect(() => renderReport(bad, { indicatorOf })).toThrow(/s-3-f1/);
  });
});
