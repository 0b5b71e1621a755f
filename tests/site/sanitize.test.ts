/**
 * Editors' markdown is published as HTML, so what an editor (or a pasted web page) puts in a body must
 * not run in readers' browsers. A temporary copy of the project gets a script tag, an image with an
 * event handler and a javascript: link in the bodies of a city profile, an indicator and a topic; the
 * built site must carry none of them, and still show the text around them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attr, elements, listPages, readPage, textOf } from '../helpers/dist.ts';
import { copyProject, type CommandResult, type ProjectCopy } from '../helpers/project-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAYLOAD = [
  '<script>alert(1)</script>',
  '',
  '<img src=x onerror=alert(1)>',
  '',
  '[x](javascript:alert(1))',
  '',
].join('\n');

/** Editor files whose body gets the payload, each with a marker sentence to find its page by. */
const TARGETS = [
  { file: 'content/cities/yueqing.md', marker: '编辑安全测试：城市简介正文。' },
  { file: 'content/indicators/life-expectancy.md', marker: '编辑安全测试：指标说明正文。' },
  { file: 'content/topics/tcm.md', marker: '编辑安全测试：主题说明正文。' },
];

let copy: ProjectCopy;
let build: CommandResult;
let pages: { file: string; html: string; tree: ReturnType<typeof readPage> }[] = [];

beforeAll(async () => {
  copy = copyProject('sanitize');
  for (const { file, marker } of TARGETS) {
    copy.write(file, `${readFileSync(path.join(ROOT, file), 'utf8').trimEnd()}\n\n${marker}\n\n${PAYLOAD}\n${marker}\n`);
  }
  build = await copy.build();
  if (build.code !== 0) return;
  pages = listPages(copy.outDir).map((file) => ({
    file,
    html: readFileSync(path.join(copy.outDir, file), 'utf8'),
    tree: readPage(copy.outDir, file),
  }));
}, 300_000);
afterAll(() => copy?.dispose());

describe('editor markdown is sanitised', () => {
  test('the project with the hostile bodies builds', () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
  });

  test('the city profile body is published (so the checks below look at it)', () => {
    const marker = TARGETS[0].marker;
    expect(pages.filter((p) => p.html.includes(marker)).map((p) => p.file)).not.toEqual([]);
  });

  test('no page has the script, the event handler or the javascript: link', () => {
    const problems = pages.flatMap(({ file, tree }) => {
      const out: string[] = [];
      for (const script of elements(tree, 'script'))
        if (textOf(script).includes('alert(1)')) out.push(`${file}: <script>${textOf(script)}</script>`);
      for (const el of elements(tree)) {
        for (const [key, value] of Object.entries(el.properties)) {
          if (/^on[A-Z]/.test(key)) out.push(`${file}: <${el.tagName} ${key}>`);
          if (/^\s*javascript:/i.test(String(value))) out.push(`${file}: <${el.tagName} ${key}="${value}">`);
        }
        if (el.tagName === 'img' && attr(el, 'src') === 'x') out.push(`${file}: <img src=x>`);
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  test('on every page showing a marker, the text around the payload survives', () => {
    for (const { marker } of TARGETS) {
      for (const page of pages.filter((p) => p.html.includes(marker))) {
        // Both copies of the marker (before and after the payload) are there: nothing after it was swallowed.
        expect(page.html.split(marker).length - 1, `${page.file}: ${marker}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
