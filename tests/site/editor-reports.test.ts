/**
 * Editors' files in a temporary copy of the project: a report written as markdown (frontmatter +
 * the text of a real report), the id it gets when it collides with a seed, a correction file for a
 * source that does not exist, and `astro dev` picking up edits without a restart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attr, byClass, elements, listFiles, readPage, textOf } from '../helpers/dist.ts';
import { copyProject, type CommandResult, type DevServer, type ProjectCopy } from '../helpers/project-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TIANMEN = readFileSync(path.join(ROOT, 'seeds/004_07ef2b519cbbfa54.txt'), 'utf8');

/**
 * Seed 004 as an editor would enter it: what the page's metadata table says goes into the
 * frontmatter (line 10 名称, line 6 发布机构, line 15 发布日期), the text from the title line (17) on.
 */
const MARKDOWN = [
  '---',
  'title: 天门市卫健委2023年工作总结',
  'divisionCode: "429006"',
  'reviewYear: 2023',
  'kind: summary',
  'publisher: 天门市卫生健康委员会',
  'publishedAt: "2024-03-06"',
  'copiedFrom: seeds/004_07ef2b519cbbfa54.txt（同一报告，测试用）',
  '---',
  ...TIANMEN.split('\n').slice(16),
].join('\n');

/**
 * A report as docs/editing.md shows it: its years only in the frontmatter, body headings without a
 * year or a kind, no sentence stating a year; the original page given as an address.
 */
const DEQING_URL = 'https://example.com/deqing/2024-gongzuo-zongjie.html';
const DEQING = [
  '---',
  'title: 德清县卫生健康局工作总结',
  `copiedFrom: ${DEQING_URL}`,
  'divisionCode: "330521"',
  'reviewYear: 2024',
  'kind: summary',
  '---',
  '',
  '一、医疗服务能力稳步提升',
  '(一)强化基层服务。全县千人床位数达到5.20张,家庭医生签约率达到43.10%。',
  '二、公共卫生体系更加健全',
  '(一)做好疾病预防控制。适龄儿童免疫规划疫苗接种率保持在95%以上。',
].join('\n');

interface MetricRow {
  reportId: string;
  raw: string;
  city: string | null;
  indicator: string | null;
  year: number | null;
  url: string;
}

describe('a report written by an editor as markdown', () => {
  let copy: ProjectCopy;
  let build: CommandResult;
  beforeAll(async () => {
    copy = copyProject('editor-md');
    copy.write('content/reports/tianmen-2023-editor.md', MARKDOWN);
    copy.write('content/reports/deqing-2024.md', DEQING);
    build = await copy.build();
  }, 300_000);
  afterAll(() => copy?.dispose());

  test('builds', () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
  });

  test('the seed keeps its id and the markdown report, later in source-name order, gets -2', () => {
    const seedPage = readPage(copy.outDir, 'reports/tianmen-2023/index.html');
    const mdPage = readPage(copy.outDir, 'reports/tianmen-2023-2/index.html');
    expect(elements(seedPage, 'a').some((a) => textOf(a) === 'seeds/004_07ef2b519cbbfa54.txt')).toBe(true);
    expect(elements(mdPage, 'a').some((a) => textOf(a) === 'content/reports/tianmen-2023-editor.md')).toBe(true);
  });

  test('shows the frontmatter as the editor’s entries, with where the report was copied from', () => {
    const page = readPage(copy.outDir, 'reports/tianmen-2023-2/index.html');
    expect(textOf(elements(page, 'h1')[0])).toBe('天门市卫健委2023年工作总结');
    // The facts and, collapsed under them, 来源与依据 (division code, bases, original page).
    const facts = textOf(byClass(page, 'report-head')[0]);
    expect(facts).toContain('天门市');
    expect(facts).toContain('429006');
    expect(facts).toContain('2024-03-06');
    expect(facts).toContain('天门市卫生健康委员会');
    const corrections = textOf(byClass(page, 'corrections')[0]);
    expect(corrections).toContain('编辑录入，出处：seeds/004_07ef2b519cbbfa54.txt');
  });

  /** The rows of /data/metrics.json from the 德清 report (found by its source, not by a known id). */
  const deqingRows = () => {
    const reports = JSON.parse(readFileSync(path.join(copy.outDir, 'data/reports.json'), 'utf8')) as { id: string; source: string }[];
    const id = reports.find((r) => r.source === 'content/reports/deqing-2024.md')!.id;
    const rows = (JSON.parse(readFileSync(path.join(copy.outDir, 'data/metrics.json'), 'utf8')) as MetricRow[]).filter((r) => r.reportId === id);
    return { id, rows };
  };

  test('a report with its years only in the frontmatter has its figures in metrics.json with that year', () => {
    const { rows } = deqingRows();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.year, row.url).toBe(2024);
    expect(rows.some((r) => r.indicator === 'beds-per-1000')).toBe(true);
  });

  test('its 千人床位数 is in the comparison chart and the latest-value table of that indicator', () => {
    const { id, rows } = deqingRows();
    const figure = rows.find((r) => r.indicator === 'beds-per-1000')!;
    const anchor = `/reports/${id}/${new URL(figure.url).hash}`;
    const pages = listFiles(path.join(copy.outDir, 'compare/beds-per-1000')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const trees = pages.map((f) => readPage(copy.outDir, `compare/beds-per-1000/${f}`));
    // A bar of the latest-value chart: its tooltip is `<place>（<year>年）：<value as written>`.
    const tooltips = trees.flatMap((t) => byClass(t, 'mark')).map((m) => textOf(m));
    expect(tooltips).toContainEqual(expect.stringMatching(new RegExp(`^德清[^（]*（2024年）：${figure.raw.replace('.', '\\.')}$`)));
    const tables = trees.flatMap((t) => byClass(t, 'figure-table'));
    expect(tables.flatMap((t) => elements(t, 'a')).some((a) => attr(a, 'href') === anchor)).toBe(true);
  });

  test('its page says the years come from the frontmatter and links the original page', () => {
    const { id } = deqingRows();
    const page = readPage(copy.outDir, `reports/${id}/index.html`);
    const facts = byClass(page, 'report-head')[0];
    expect(textOf(facts)).toContain('前言 reviewYear: 2024（编辑录入）');
    const body = textOf(byClass(page, 'report-body')[0]);
    expect(body).toContain('2024年');
    expect(body).not.toContain('年份未注明');
    expect(elements(facts, 'a').some((a) => attr(a, 'href') === DEQING_URL)).toBe(true);
  });

  test('a copiedFrom that is not an address stays text: no 原网页 link', () => {
    const facts = byClass(readPage(copy.outDir, 'reports/tianmen-2023-2/index.html'), 'report-head')[0];
    expect(elements(facts, 'dt').map((dt) => textOf(dt))).not.toContain('原网页');
    expect(elements(facts, 'a').every((a) => !(attr(a, 'href') ?? '').includes('（同一报告'))).toBe(true);
  });

  test('has the same body text as the seed’s page', () => {
    const seedBody = textOf(byClass(readPage(copy.outDir, 'reports/tianmen-2023/index.html'), 'report-body')[0]);
    const mdBody = textOf(byClass(readPage(copy.outDir, 'reports/tianmen-2023-2/index.html'), 'report-body')[0]);
    expect(mdBody).toBe(seedBody);
  });
});

describe('a correction file for a report that does not exist', () => {
  test('fails the build with one line naming the file', async () => {
    const copy = copyProject('orphan-correction');
    try {
      copy.write('content/corrections/005_missing.yaml', 'planYear:\n  value: 2024\n  note: x\n');
      const { code, output } = await copy.build();
      expect(code).not.toBe(0);
      expect(output).not.toMatch(/Stack trace|^\s+at /m);
      expect(output).toContain(
        'content/corrections/005_missing.yaml: 没有名为 005_missing 的报告源文件（应有 005_missing.txt 或 005_missing.md）',
      );
    } finally {
      copy.dispose();
    }
  }, 300_000);
});

describe('astro dev', () => {
  let copy: ProjectCopy;
  let dev: DevServer;

  beforeAll(async () => {
    copy = copyProject('dev');
    copy.write('content/reports/tianmen-2023-editor.md', MARKDOWN);
    dev = await copy.dev();
    let status = 0;
    await waitFor(
      async () => (status = (await fetch(`${dev.url}/reports/tianmen-2023/`, { signal: AbortSignal.timeout(30_000) })).status) === 200,
      120_000,
      () => `HTTP ${status}\n${dev.log()}`,
    );
  }, 200_000);

  afterAll(() => {
    dev?.stop();
    copy?.dispose();
  });

  /** The server's messages without its request lines. */
  const serverLog = () => dev.log().split('\n').filter((line) => !/\[\d{3}\] \//.test(line)).join('\n');
  const page = async (url: string) => (await fetch(`${dev.url}${url}`, { signal: AbortSignal.timeout(30_000) })).text();

  test('shows an edit of a correction file without a restart', async () => {
    copy.write('content/corrections/004_07ef2b519cbbfa54.yaml', 'title:\n  value: 天门市卫健委2023年工作总结（编辑改）\n  note: 测试热更新\n');
    await waitFor(async () => (await page('/reports/tianmen-2023/')).includes('天门市卫健委2023年工作总结（编辑改）'), 60_000, serverLog);
  }, 90_000);

  test('re-parses an edited markdown report without a restart', async () => {
    copy.write('content/reports/tianmen-2023-editor.md', MARKDOWN.replace('获得了诸多荣誉。', '获得了诸多荣誉热更新测试。'));
    await waitFor(async () => (await page('/reports/tianmen-2023-2/')).includes('获得了诸多荣誉热更新测试。'), 60_000, serverLog);
  }, 90_000);
});

async function waitFor(check: () => Promise<boolean>, timeout: number, context: () => string = () => ''): Promise<void> {
  const end = Date.now() + timeout;
  let last: unknown = null;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error; // not up yet
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms (${String(last)} ${String((last as { cause?: unknown } | null)?.cause)})\n${context().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
