/**
 * The parser on inputs no report should look like, but a national corpus will contain: 10 MB on a
 * single line (a whole report, or one construct repeated: quoted titles, figures, inline headings),
 * 100,000 short lines, 100 levels of mixed numbering, headings only, metadata only,
 * web chrome only, nothing, and binary data. It must finish (linearly: the time bounds are generous
 * guards against quadratic steps, not speed goals; speed is measured by `npm run bench`), keep what it
 * is given, and refuse what is not a report with a ReportError naming the file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIsolated } from '../../../scripts/bench/isolated.ts';
import { SHAPES } from '../../../scripts/bench/shapes.ts';
import { ReportError } from '../../../src/lib/model/errors.ts';
import { normalize } from '../../../src/lib/parser/normalize.ts';
import { parseReport } from '../../../src/lib/parser/index.ts';
import type { Block, Report } from '../../../src/lib/model/report.ts';

const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const canon = (s: string): string => normalize(s).replace(/\s+/g, '').replace(/\|/g, '');
const blocks = (r: Report): Block[] => r.parts.flatMap((p) => p.blocks);
const sentences = (r: Report) => blocks(r).flatMap((b) => (b.type === 'paragraph' ? b.sentences : []));
const headings = (r: Report) => blocks(r).flatMap((b) => (b.type === 'heading' ? [b] : []));

/** Every character of the report's titles, headings, sentences and stripped lines, in reading order. */
function kept(r: Report): string {
  const body = blocks(r).map((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text).join('') : b.type === 'heading' ? b.label + b.title : b.text));
  return canon([...body, ...r.stripped.map((s) => s.text)].join(''));
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

function refusal(text: string | Uint8Array, source: string): ReportError {
  try {
    parseReport(typeof text === 'string' ? bytesOf(text) : text, { source });
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    return error as ReportError;
  }
  throw new Error(`${source} was accepted as a report`);
}

describe('pathological inputs', () => {
  describe('10 MB of one shape, parsed in a child process killed after 60 s', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pathological-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    for (const [name, shape] of Object.entries(SHAPES)) {
      it(`${name}: ${shape.describe}`, { timeout: 120_000 }, () => {
        const file = path.join(dir, `${name}.txt`);
        writeFileSync(file, shape.make(10e6));
        const result = parseIsolated(file, 60_000);
        if (!result.finished) expect.fail(`${name} (10 MB): ${result.reason}`);
        expect(result.refused).toBeNull();
        expect(result.keptChars).toBe(result.givenChars);
        expect(result.sentences).toBeGreaterThan(0);
      });
    }
  });

  it('parses 100,000 short lines linearly, one paragraph each', { timeout: 120_000 }, () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `第${i + 1}项工作稳步推进。`);
    const { value: report, seconds } = timed(() => parseReport(bytesOf(lines.join('\n')), { source: 'many-lines.txt' }));
    expect(seconds).toBeLessThan(60);
    const paragraphs = blocks(report).filter((b) => b.type === 'paragraph');
    expect(paragraphs).toHaveLength(100_000);
    expect(paragraphs.map((b) => b.line)).toEqual(lines.map((_, i) => i + 1));
    expect(sentences(report).map((s) => s.text)).toEqual(lines);
  });

  describe('100 levels of mixed numbering', () => {
    const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    const marker = (k: number): string =>
      [`${cn[k % 10]}、`, `(${cn[k % 10]})`, `${(k % 9) + 1}.`, `(${(k % 9) + 1})`, '①②③④⑤⑥⑦⑧⑨⑩'[k % 10], `${cn[k % 10]}．`, `（${cn[k % 10]}）`, `${(k % 9) + 1}、`][k % 8];

    it('on their own lines, each deeper than the last: every heading kept, depths 1–5, unique anchors', () => {
      const text = Array.from({ length: 100 }, (_, k) => `${'\u3000'.repeat(k)}${marker(k)}第${k + 1}层标题\n${'\u3000'.repeat(k)}本层工作扎实推进。`).join('\n');
      const report = parseReport(bytesOf(text), { source: 'nested.txt' });
      const hs = headings(report);
      expect(hs.map((h) => h.title)).toEqual(Array.from({ length: 100 }, (_, k) => `第${k + 1}层标题`));
      for (const h of hs) expect([1, 2, 3, 4, 5]).toContain(h.depth);
      const ids = blocks(report).flatMap((b) => (b.type === 'heading' || b.type === 'title' ? [b.id] : b.sentences.map((s) => s.id)));
      expect(new Set(ids).size).toBe(ids.length);
      const depth = (nodes: Report['parts'][number]['outline']): number => (nodes.length ? 1 + Math.max(...nodes.map((n) => depth(n.children))) : 0);
      for (const part of report.parts) expect(depth(part.outline)).toBeLessThanOrEqual(5);
      expect(kept(report).length).toBe(canon(text).length);
    });

    it('inline in one paragraph: every heading found, nothing lost', () => {
      const text = Array.from({ length: 100 }, (_, k) => `${marker(k)}第${k + 1}层。本层工作推进。`).join('');
      const report = parseReport(bytesOf(text), { source: 'nested-inline.txt' });
      expect(headings(report).length).toBeGreaterThan(0);
      expect(kept(report).length).toBe(canon(text).length);
      expect(sentences(report).every((s) => s.figures.length === 0)).toBe(true);
    });
  });

  it('reads a file of headings only as headings, stating no year, place or figure', () => {
    const titles = ['一、总体要求', '二、重点任务', '(一)加强党的建设', '(二)深化医药卫生体制改革', '三、保障措施'];
    const report = parseReport(bytesOf(titles.join('\n')), { source: 'headings-only.txt' });
    expect(headings(report).map((h) => h.label + h.title)).toEqual(titles);
    expect(sentences(report)).toEqual([]);
    expect([report.reviewYear, report.planYear, report.place.city, report.place.divisionCode]).toEqual([null, null, null, null]);
  });

  it('refuses a file that is only a metadata table, naming the file', () => {
    // Seed 004's metadata table without the report under it.
    const table = readFileSync('seeds/004_07ef2b519cbbfa54.txt', 'utf8').split('\n').slice(0, 16).join('\n');
    expect(table).toMatch(/^索引号\n/);
    const error = refusal(table, 'only-metadata.txt');
    expect(error.file).toBe('only-metadata.txt');
    expect(error.message).toContain('only-metadata.txt');
    expect(error.hint.length).toBeGreaterThan(0);
  });

  it('refuses a file that is only web chrome, naming the file', () => {
    const chrome = ['首页 > 信息 > 计划总结', '分享到:', '访问次数:', '字体大小:大 中 小', '附件:', '扫一扫在手机上查看当前页面', '我要打印 关闭窗口'];
    const error = refusal(chrome.join('\r\n'), 'only-chrome.txt');
    expect(error.file).toBe('only-chrome.txt');
    expect(error.hint.length).toBeGreaterThan(0);
  });

  it('refuses nothing, whitespace and binary data', () => {
    expect(refusal(new Uint8Array(), 'empty.txt').file).toBe('empty.txt');
    expect(refusal(' \n\u3000\r\n\t', 'blank.txt').file).toBe('blank.txt');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)]);
    expect(refusal(png, 'image.png').file).toBe('image.png');
  });
});
