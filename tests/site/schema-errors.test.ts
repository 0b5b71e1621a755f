/**
 * An editor's mistake stops the build with one short message, entirely in Chinese, that names the file,
 * the field, what was expected and what was found, without a stack trace. Each broken file kind is built in its own
 * temporary copy of the project (one copy with all of them would only show the first error).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { untaughtWords } from '../helpers/editor-words.ts';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

interface BrokenCase {
  name: string;
  /** The broken file, relative to the project. */
  file: string;
  /** Files to write into the copy (the broken one among them). */
  files: () => Record<string, string>;
  /** What the message must say besides the file path: the field, what was expected, what was found. */
  says: Record<string, RegExp>;
}

// The seed without any year (domain.md): the one an editor is most likely to correct.
const HAIAN = '003_91bbed86cc79f672';

const CASES: BrokenCase[] = [
  {
    name: 'a correction with a five-digit year',
    file: `content/corrections/${HAIAN}.yaml`,
    files: () => ({
      [`content/corrections/${HAIAN}.yaml`]: 'planYear:\n  value: 20024\n  note: 正文第一段写明了计划年份\n',
    }),
    says: { field: /planYear/, expected: /年份/, found: /20024/ },
  },
  {
    name: 'a correction naming an indicator that does not exist',
    file: `content/corrections/${HAIAN}.yaml`,
    files: () => ({
      [`content/corrections/${HAIAN}.yaml`]: [
        'addFigures:',
        '  - sentence: 千人床位数',
        '    raw: 千人床位数',
        '    name: 千人床位数',
        '    indicator: beds-per-thousand-people',
        '    value: 4.06',
        '    unit: 张',
        '    qualifier: null',
        '    kind: actual',
        '    note: 解析器漏掉了这个数字',
        '',
      ].join('\n'),
    }),
    says: { field: /indicator/, expected: /指标/, found: /beds-per-thousand-people/ },
  },
  {
    name: 'a city profile with a division code that does not exist',
    file: 'content/cities/yueqing.md',
    files: () => ({ 'content/cities/yueqing.md': read('content/cities/yueqing.md').replace('divisionCode: "330382"', 'divisionCode: "339999"') }),
    says: { field: /divisionCode/, expected: /行政区划代码/, found: /339999/ },
  },
  {
    name: 'two city profiles of one place',
    file: 'content/cities/yueqing.md',
    // `yueqing-2.md` is read first (file-name order), so `yueqing.md` is the second profile of 330382.
    files: () => ({ 'content/cities/yueqing-2.md': read('content/cities/yueqing.md') }),
    says: { line: /yueqing\.md:7:/, field: /divisionCode/, found: /330382/, other: /content\/cities\/yueqing-2\.md/, todo: /合并/ },
  },
  {
    name: 'a topic whose frontmatter is not valid YAML',
    file: 'content/topics/tcm.md',
    files: () => ({ 'content/topics/tcm.md': read('content/topics/tcm.md').replace('name: "中医药"', 'name: "中医药') }),
    says: { line: /tcm\.md:3:/, problem: /YAML 格式错误，缺少右引号 "/, text: /该行是“name: "中医药”/ },
  },
  {
    name: 'an indicator with a measure that does not exist',
    file: 'content/indicators/life-expectancy.md',
    files: () => ({ 'content/indicators/life-expectancy.md': read('content/indicators/life-expectancy.md').replace('measure: years', 'measure: ratio') }),
    says: { field: /measure/, expected: /rate、per-capita、count、years 之一/, found: /ratio/ },
  },
  {
    name: 'a correction with a year in quotes',
    file: `content/corrections/${HAIAN}.yaml`,
    files: () => ({ [`content/corrections/${HAIAN}.yaml`]: 'planYear:\n  value: "2024"\n  note: 正文第一段写明了计划年份\n' }),
    says: { line: /yaml:2:/, field: /planYear/, found: /加了引号的“2024”/, todo: /去掉引号/ },
  },
  {
    name: 'a topic with a full-width colon after a field name',
    file: 'content/topics/tcm.md',
    files: () => ({ 'content/topics/tcm.md': read('content/topics/tcm.md').replace('name: "中医药"', 'name："中医药"') }),
    says: { line: /tcm\.md:3:/, problem: /全角冒号“：”/, todo: /半角冒号/ },
  },
  {
    name: 'two indicators with the same id',
    file: 'content/indicators/life-expectancy-2.md',
    files: () => ({ 'content/indicators/life-expectancy-2.md': read('content/indicators/life-expectancy.md') }),
    says: { field: /\bid\b/, found: /life-expectancy(?!-2)/ },
  },
  {
    name: 'a topic whose id is not its file name',
    file: 'content/topics/tcm-2.md',
    files: () => ({ 'content/topics/tcm-2.md': read('content/topics/tcm.md') }),
    says: { field: /\bid\b/, found: /“tcm”/, expected: /tcm-2/ },
  },
];

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((c) => c.dispose()));

describe('a broken editor file fails the build with one clear message', () => {
  test.concurrent.each(CASES)('$name', async ({ name, file, files, says }) => {
    const copy = copyProject('broken');
    copies.push(copy);
    for (const [rel, content] of Object.entries(files())) copy.write(rel, content);
    const { code, output } = await copy.build();

    expect(code, 'the build must fail').not.toBe(0);
    expect(output, 'no stack trace').not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$|Stack trace/m);
    const lines = output.split('\n').filter((l) => l.includes(file));
    expect(lines.length, `a line naming ${file} in:\n${output.slice(-1500)}`).toBeGreaterThan(0);
    // One line says it all: the file, and each thing the editor needs to know.
    const complete = lines.filter((l) => Object.values(says).every((re) => re.test(l)));
    expect(complete, `one line with ${Object.keys(says).join(', ')} among:\n${lines.join('\n')}`).not.toEqual([]);
    const shortest = complete.reduce((a, l) => (l.trim().length < a.length ? l.trim() : a), complete[0].trim());
    expect(shortest.length, 'a short message').toBeLessThanOrEqual(240);
    // Entirely Chinese: no English word the editor did not write or the guide does not teach.
    expect(untaughtWords(shortest, Object.entries(files()).flat().join('\n')), shortest).toEqual([]);
    console.log(`${name}:\n  ${shortest}`);
  });
});
