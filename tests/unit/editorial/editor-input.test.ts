/**
 * Editors' YAML that does not parse: one message naming the file, the line the mistake is on (where
 * a quote or bracket opens, not where the library gave up), what is wrong in Chinese, and that
 * line's text; never the `yaml` library's error code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cityProfileSchema } from '../../../src/lib/editorial/cities.ts';
import { parseCorrection } from '../../../src/lib/editorial/corrections/index.ts';
import { type EditorYaml, parseEditorYaml, splitFrontmatter, validate } from '../../../src/lib/editorial/editor-input.ts';
import { parseEditorReport } from '../../../src/lib/editorial/editor-report.ts';
import { indicatorSchema } from '../../../src/lib/editorial/indicators.ts';
import { topicSchema } from '../../../src/lib/editorial/topics.ts';
import { ReportError } from '../../../src/lib/model/errors.ts';
import { untaughtWords } from '../../helpers/editor-words.ts';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    return (error as ReportError).message;
  }
  throw new Error('no error');
}
const yamlError = (text: string) => messageOf(() => parseEditorYaml('f.yaml', text));

describe('YAML that does not parse', () => {
  it('an unclosed quote in frontmatter: the line it opens on, counted in the file', () => {
    const file = '---\nid: tcm\nname: "中医药\nkeywords:\n  - "中医药"\ndescription: 中医药。\n---\n\n正文。\n';
    expect(messageOf(() => splitFrontmatter('content/topics/tcm.md', file))).toBe(
      'content/topics/tcm.md:3: YAML 格式错误，缺少右引号 "；该行是“name: "中医药”。请改正后重新构建',
    );
  });

  it('an unclosed quote that runs to the end of the file', () => {
    expect(yamlError('title:\n  value: "天门\n  note: x\n')).toBe('f.yaml:2: YAML 格式错误，缺少右引号 "；该行是“value: "天门”。请改正后重新构建');
    expect(yamlError("title:\n  value: '天门\n  note: x\n")).toBe("f.yaml:2: YAML 格式错误，缺少右引号 '；该行是“value: '天门”。请改正后重新构建");
  });

  it('an unclosed bracket or brace, also with Windows line ends', () => {
    expect(yamlError('planYear:\n  value: [2024\n')).toBe('f.yaml:2: YAML 格式错误，方括号 [ 没有配对的 ]；该行是“value: [2024”。请改正后重新构建');
    expect(yamlError('planYear:\r\n  value: [2024\r\n')).toBe('f.yaml:2: YAML 格式错误，方括号 [ 没有配对的 ]；该行是“value: [2024”。请改正后重新构建');
    expect(yamlError('planYear: {value: 2024\nnote: x\n')).toBe('f.yaml:1: YAML 格式错误，花括号 { 没有配对的 }；该行是“planYear: {value: 2024”。请改正后重新构建');
  });

  it('no space after a colon', () => {
    expect(yamlError('planYear:\n  value:2024\n  note: x\n')).toBe(
      'f.yaml:2: YAML 格式错误，冒号后需要空格（或这一行缺少冒号）；该行是“value:2024”。请改正后重新构建',
    );
  });

  it('a colon and space inside a value', () => {
    expect(yamlError('title:\n  value: 2023年工作总结\n  note: 见原文: 第一段\n')).toBe(
      'f.yaml:3: YAML 格式错误，一行里有两处“冒号+空格”（值里有冒号请整体加引号，或是下一行缩进多了）；该行是“note: 见原文: 第一段”。请改正后重新构建',
    );
  });

  it('inconsistent indentation, and tabs', () => {
    expect(yamlError('planYear:\n    value: 2024\n  note: x\n')).toBe(
      'f.yaml:3: YAML 格式错误，缩进不一致（同一层的字段和列表项须对齐）；该行是“note: x”。请改正后重新构建',
    );
    expect(yamlError('planYear:\n\tvalue: 2024\n')).toBe('f.yaml:2: YAML 格式错误，缩进用了制表符（Tab 键），请改用空格；该行是“value: 2024”。请改正后重新构建');
  });

  it('a duplicated key', () => {
    expect(yamlError('title:\n  value: a\n  note: b\ntitle:\n  value: c\n  note: d\n')).toBe(
      'f.yaml:4: YAML 格式错误，重复的字段名（同一层的字段只能写一次）；该行是“title:”。请改正后重新构建',
    );
  });

  it('text starting with a YAML sign', () => {
    expect(yamlError('keywords:\n  - 好词\n  - *行动\n')).toBe('f.yaml:3: YAML 格式错误，以 * 开头的文字须整体加引号；该行是“- *行动”。请改正后重新构建');
    expect(yamlError('unit: %\n')).toBe('f.yaml:1: YAML 格式错误，以 @ ` % 等符号开头的文字须整体加引号；该行是“unit: %”。请改正后重新构建');
    // A tag the library does not know is only a warning there, and its text would be dropped.
    expect(yamlError('name: !important 文字\n')).toBe('f.yaml:1: YAML 格式错误，以 ! 开头的文字须整体加引号；该行是“name: !important 文字”。请改正后重新构建');
    expect(yamlError('name: "中医药"（传统）\n')).toBe('f.yaml:1: YAML 格式错误，引号结束后还有文字（请把整段值放进引号）；该行是“name: "中医药"（传统）”。请改正后重新构建');
  });

  it('shortens a long line', () => {
    const note = '这是一句很长的说明文字，用来检查过长的行在错误信息里会被截短，而不是整行照抄';
    expect(yamlError(`note: "${note}\n`)).toBe(`f.yaml:1: YAML 格式错误，缺少右引号 "；该行是“note: "${[...note].slice(0, 33).join('')}…”。请改正后重新构建`);
  });

  it('an error it has no words for: the line, never the library’s English message or its code', () => {
    const message = yamlError('a: &x &y b\n');
    expect(message).toBe('f.yaml:1: YAML 格式错误，这一行的写法无法识别；该行是“a: &x &y b”。请检查缩进、冒号和引号');
  });

  it('a full-width colon after a field name: named as the cause, on its own line', () => {
    expect(yamlError('id: tcm\nname：中医药\nkeywords: [中医]\n')).toBe(
      'f.yaml:2: YAML 格式错误，字段名后用了全角冒号“：”；该行是“name：中医药”。请把字段名后的全角冒号“：”改为半角冒号加空格“: ”',
    );
    expect(yamlError('planYear:\n  value: 2024\n  note：正文\n')).toMatch(/^f\.yaml:3: YAML 格式错误，字段名后用了全角冒号“：”/);
    // A full-width colon inside a value is Chinese punctuation, not a mistake.
    expect(parseEditorYaml('f.yaml', 'note: 见原文：第一段\n').value).toEqual({ note: '见原文：第一段' });
  });

  it('reads valid YAML, anchors and aliases included', () => {
    expect(parseEditorYaml('f.yaml', 'a: &x b\nc: *x\nd: "x: y"\n').value).toEqual({ a: 'b', c: 'b', d: 'x: y' });
  });
});

/**
 * Every message an editor can get from a file of content/ is Chinese: each field of a real file of
 * every kind is removed, given a value of every wrong type, or followed by an unknown field, and
 * each line is written with a full-width colon; a message with an English word the editor did not
 * write and the guide does not teach (tests/helpers/editor-words.ts) fails.
 */
describe('every editor message is Chinese', () => {
  const readme = (rel: string) => readFileSync(rel, 'utf8');
  // Seed 004 (天门) from its title line on, under a frontmatter, as an editor's report.
  const reportBody = readme('seeds/004_07ef2b519cbbfa54.txt').split('\n').slice(16).join('\n');
  const longest = (dir: string) =>
    readdirSync(dir)
      .map((n) => path.join(dir, n))
      .sort((a, b) => readme(b).length - readme(a).length || a.localeCompare(b))[0];
  const frontmatterFile = (check: (file: string, yaml: EditorYaml) => unknown) => (file: string, text: string) =>
    check(file, splitFrontmatter(file, text).yaml);

  interface Kind {
    file: string;
    /** The file's YAML: the whole file, or the frontmatter. */
    yaml: string;
    /** The file as written around its YAML. */
    wrap: (yaml: string) => string;
    read: (file: string, text: string) => unknown;
  }
  const markdown = (file: string, body: string, read: Kind['read']): Kind => {
    const text = readme(file);
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)![1];
    return { file, yaml, wrap: (y) => `---\n${y}\n---\n${body}`, read };
  };
  const KINDS: Kind[] = [
    markdown(longest('content/indicators'), '\n定义。\n', frontmatterFile((f, y) => validate(f, indicatorSchema, y))),
    markdown(longest('content/topics'), '\n说明。\n', frontmatterFile((f, y) => validate(f, topicSchema, y))),
    markdown('content/cities/yueqing.md', '\n简介。\n', frontmatterFile((f, y) => validate(f, cityProfileSchema, y))),
    {
      file: 'content/corrections/003_91bbed86cc79f672.yaml',
      yaml: [
        'title: {value: 海安市卫生健康工作计划, note: 原文无标题}',
        'divisionCode: {value: "320621", note: 海安市}',
        'reviewYear: {value: null, note: 只有计划}',
        'planYear: {value: 2024, note: 正文推断, inferred: true}',
        'kind: {value: plan, note: 只有计划}',
        'publishedAt: {value: "2024-03-06", note: 网页日期}',
        'publisher: {value: 海安市卫生健康委员会, note: 网页署名}',
        'parts:\n  - {part: 1, year: 2024, note: 正文推断}',
        'dropFigures:\n  - {id: s-12-f1, note: 不是数字}',
        'addFigures:',
        '  - {sentence: 床位数达到4.06张, raw: 4.06张, name: 床位数, value: 4.06, upperValue: 5, unit: 张, qualifier: null, year: 2024, kind: actual, indicator: beds, note: 漏掉}',
      ].join('\n'),
      wrap: (y) => `${y}\n`,
      read: (file, text) => parseCorrection(file, text),
    },
    {
      file: 'content/reports/tianmen.md',
      yaml: 'title: 天门市卫健委2023年工作总结\ndivisionCode: "429006"\nreviewYear: 2023\nplanYear: null\nkind: summary\npublisher: 天门市卫生健康委员会\npublishedAt: "2024-01-10"\ncopiedFrom: 天门市人民政府网站',
      wrap: (y) => `---\n${y}\n---\n${reportBody}`,
      read: (file, text) => parseEditorReport(file, new TextEncoder().encode(text)),
    },
  ];

  /** Values of every type, a number in quotes and a full-width colon among them. */
  const WRONG: unknown[] = ['', '是', '2024', 'value：2024', 20024, 1.5, -1, true, null, [], ['x'], { a: 1 }];

  type Path = (string | number)[];
  function leafPaths(value: unknown, at: Path = []): Path[] {
    if (value !== null && typeof value === 'object') {
      // The first two items of a list stand for all of them.
      const entries: [string | number, unknown][] = Array.isArray(value) ? value.slice(0, 2).map((v, i) => [i, v]) : Object.entries(value);
      return [at, ...entries.flatMap(([k, v]) => leafPaths(v, [...at, k]))];
    }
    return [at];
  }
  function changed(root: unknown, at: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
    const copy = structuredClone(root);
    const parent = at.slice(0, -1).reduce<Record<string | number, unknown>>((v, k) => v[k] as Record<string | number, unknown>, copy as Record<string, unknown>);
    change(parent, at[at.length - 1]);
    return copy;
  }
  /** The message of reading `text`, null when it reads. */
  function messageFor(kind: Kind, text: string): string | null {
    try {
      kind.read(kind.file, text);
      return null;
    } catch (error) {
      expect(error, text).toBeInstanceOf(ReportError);
      return (error as ReportError).message;
    }
  }
  function expectChinese(kind: Kind, text: string): string | null {
    const message = messageFor(kind, text);
    if (message !== null) expect(untaughtWords(message, `${kind.file}\n${text}`), `${message}\n— from —\n${text}`).toEqual([]);
    return message;
  }

  it('detects English: zod’s and the YAML library’s own messages would fail', () => {
    expect(untaughtWords('f.yaml:2: measure Invalid option: expected one of "rate"|"count"', 'measure: ratio')).toEqual(['Invalid', 'option', 'expected', 'one', 'of']);
    expect(untaughtWords('f.yaml:1: 解析器的说明是“A node can have at most one anchor”', 'a: &x &y b')).not.toEqual([]);
  });

  it.each(KINDS.map((k) => [k.file, k] as const))('%s: every wrong value, missing field and unknown field', (_, kind) => {
    const valid = parse(kind.yaml) as Record<string, unknown>;
    expect(messageFor(kind, kind.wrap(kind.yaml)), 'the example reads').toBeNull();
    let failures = 0;
    for (const at of leafPaths(valid)) {
      const value = getIn(valid, at);
      const isMap = value !== null && typeof value === 'object' && !Array.isArray(value);
      const variants: unknown[] = isMap ? [changed(valid, [...at, '多余字段'], (p, k) => (p[k] = 1))] : [];
      if (at.length > 0) {
        variants.push(changed(valid, at, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k])));
        for (const wrong of WRONG) variants.push(changed(valid, at, (p, k) => (p[k] = wrong)));
      }
      for (const variant of variants) {
        if (expectChinese(kind, kind.wrap(stringify(variant).trimEnd())) !== null) failures++;
      }
    }
    expect(failures, 'the sweep breaks the file').toBeGreaterThan(20);
  });

  it.each(KINDS.map((k) => [k.file, k] as const))('%s: a number in quotes is told to lose them, a full-width colon is named', (_, kind) => {
    const valid = parse(kind.yaml) as Record<string, unknown>;
    const numbers = leafPaths(valid).filter((at) => typeof getIn(valid, at) === 'number');
    for (const at of numbers) {
      const quoted = String(getIn(valid, at));
      const message = expectChinese(kind, kind.wrap(stringify(changed(valid, at, (p, k) => (p[k] = quoted))).trimEnd()));
      if (message !== null) expect(message).toContain(`请去掉引号，写成 ${quoted}`);
    }
    const lines = kind.yaml.split('\n');
    lines.forEach((line, i) => {
      if (!/^\s*(?:-\s+)?[A-Za-z]\w*: /.test(line)) return;
      const text = kind.wrap([...lines.slice(0, i), line.replace(': ', '：'), ...lines.slice(i + 1)].join('\n'));
      const message = expectChinese(kind, text);
      expect(message, text).toMatch(/全角冒号“：”/);
    });
  });

  function getIn(value: unknown, at: Path): unknown {
    return at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
  }
});
