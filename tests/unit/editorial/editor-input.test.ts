/**
 * Editors' YAML that does not parse: one message naming the file, the line the mistake is on (where
 * a quote or bracket opens, not where the library gave up), what is wrong in Chinese, and that
 * line's text; never the `yaml` library's error code.
 */
import { describe, expect, it } from 'vitest';
import { parseEditorYaml, splitFrontmatter } from '../../../src/lib/editorial/editor-input.ts';
import { ReportError } from '../../../src/lib/model/errors.ts';

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
    expect(yamlError('planYear:\n\tvalue: 2024\n')).toBe('f.yaml:2: YAML 格式错误，缩进用了制表符（Tab），请改用空格；该行是“value: 2024”。请改正后重新构建');
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

  it('an error it has no words for: the library’s own message, never its code', () => {
    const message = yamlError('a: &x &y b\n');
    expect(message).toBe('f.yaml:1: YAML 格式错误，解析器的说明是“A node can have at most one anchor”；该行是“a: &x &y b”。请检查缩进、冒号和引号');
    expect(message).not.toMatch(/[A-Z]+_[A-Z]+/);
  });

  it('reads valid YAML, anchors and aliases included', () => {
    expect(parseEditorYaml('f.yaml', 'a: &x b\nc: *x\nd: "x: y"\n').value).toEqual({ a: 'b', c: 'b', d: 'x: y' });
  });
});
