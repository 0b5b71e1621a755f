/**
 * YAML syntax errors explained to editors: what is wrong in plain Chinese (never the `yaml` library's
 * English message or error code) and the line it is on, for `ReportError` messages of editor-input.ts.
 */
import { CST, type Document, type LineCounter, Parser, visit, type YAMLError } from 'yaml';

/** A YAML mistake as an editor reads it. */
export interface YamlProblem {
  /** 1-based line of the YAML text to point the editor at. */
  line: number;
  /** What is wrong and the text of that line, e.g. `YAML 格式错误，缺少右引号 "；该行是“name: "中医药”`. */
  problem: string;
  /** What to do. */
  hint: string;
}

/** `*name` with no `&name` before it: the editor meant text starting with `*`. */
const UNRESOLVED_ALIAS = '以 * 开头的文字须整体加引号';

/** Explanations by the library's error code, the first whose message pattern matches (none: any). */
const EXPLANATIONS: { code: YAMLError['code']; message?: RegExp; explanation: string }[] = [
  { code: 'MISSING_CHAR', message: /closing "quote/, explanation: '缺少右引号 "' },
  { code: 'MISSING_CHAR', message: /closing 'quote/, explanation: "缺少右引号 '" },
  { code: 'MISSING_CHAR', message: /space after :/, explanation: '冒号后需要空格' },
  { code: 'MISSING_CHAR', message: /Missing , /, explanation: '方括号或花括号里的各项之间缺少逗号' },
  { code: 'MISSING_CHAR', message: /followed by map values/, explanation: '字段名后缺少冒号' },
  { code: 'MISSING_CHAR', message: /Sequence item without -/, explanation: '列表项缺少开头的“- ”' },
  { code: 'MISSING_CHAR', message: /^Comments must be separated/, explanation: '# 前需要空格（# 之后是注释，文字里的 # 须整体加引号）' },
  { code: 'MISSING_CHAR', message: /^Tags and anchors/, explanation: '以 ! 或 & 开头的文字须整体加引号' },
  { code: 'BAD_INDENT', message: /Flow sequence .* end with a \]/, explanation: '方括号 [ 没有配对的 ]' },
  { code: 'BAD_INDENT', message: /Flow map .* end with a \}/, explanation: '花括号 { 没有配对的 }' },
  { code: 'BAD_INDENT', explanation: '缩进不一致（同一层的字段和列表项须对齐）' },
  { code: 'TAB_AS_INDENT', explanation: '缩进用了制表符（Tab 键），请改用空格' },
  { code: 'MULTILINE_IMPLICIT_KEY', explanation: '冒号后需要空格（或这一行缺少冒号）' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', explanation: '一行里有两处“冒号+空格”（值里有冒号请整体加引号，或是下一行缩进多了）' },
  { code: 'DUPLICATE_KEY', explanation: '重复的字段名（同一层的字段只能写一次）' },
  { code: 'BAD_SCALAR_START', explanation: '以 @ ` % 等符号开头的文字须整体加引号' },
  { code: 'BAD_DQ_ESCAPE', explanation: '双引号里的反斜杠 \\ 写法无效（反斜杠本身写作 \\\\，或改用单引号）' },
  { code: 'UNEXPECTED_TOKEN', message: /at node end/, explanation: '引号结束后还有文字（请把整段值放进引号）' },
  { code: 'BLOCK_IN_FLOW', explanation: '方括号或花括号里不能再分行写列表或字段' },
  { code: 'MULTIPLE_DOCS', explanation: '多了一行 ---（一个文件只能有一组字段）' },
  { code: 'TAG_RESOLVE_FAILED', explanation: '以 ! 开头的文字须整体加引号' },
  { code: 'BAD_ALIAS', explanation: UNRESOLVED_ALIAS },
];

/**
 * A field name followed by a full-width colon (`name：中医药`, `- value：2024`), the colon a Chinese
 * keyboard types: YAML does not see a field there, and its own error names some later line.
 */
export const FULL_WIDTH_COLON = /(?:^|\n)[ \t]*(?:-[ \t]+)?[A-Za-z][\w-]*[ \t]*：/;
export const FULL_WIDTH_COLON_HINT = '请把字段名后的全角冒号“：”改为半角冒号加空格“: ”';

/** Errors the library reports where the text ends, while the mistake is an opening never closed. */
const UNCLOSED = /closing ["']quote|end with a [\]}]/;

/**
 * The first mistake in a parsed document, null when none: a syntax error, a warning (a `!tag` the
 * library would drop with its text) or a `*name` with no `&name` before it (text starting with `*`).
 */
export function firstYamlProblem(doc: Document, text: string, lineCounter: LineCounter): YamlProblem | null {
  const error = doc.errors[0] ?? doc.warnings[0];
  if (error) {
    const colon = text.search(FULL_WIDTH_COLON);
    if (colon >= 0) {
      const at = text[colon] === '\n' ? colon + 1 : colon;
      return problemAt(at, '字段名后用了全角冒号“：”', FULL_WIDTH_COLON_HINT, text, lineCounter);
    }
    const known = EXPLANATIONS.find((e) => e.code === error.code && (!e.message || e.message.test(error.message)));
    const opening = UNCLOSED.test(error.message) ? unclosedOffset(text) : null;
    if (known) return problemAt(opening ?? error.pos[0], known.explanation, '请改正后重新构建', text, lineCounter);
    return problemAt(error.pos[0], '这一行的写法无法识别', '请检查缩进、冒号和引号', text, lineCounter);
  }
  const unresolved: number[] = [];
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) unresolved.push(node.range?.[0] ?? 0);
    },
  });
  return unresolved.length === 0 ? null : problemAt(unresolved[0], UNRESOLVED_ALIAS, '请改正后重新构建', text, lineCounter);
}

function problemAt(offset: number, explanation: string, hint: string, text: string, lineCounter: LineCounter): YamlProblem {
  const lines = text.split('\n');
  // An error at the very end points at the last line that has anything on it.
  let index = Math.min(lineCounter.linePos(offset).line - 1, lines.length - 1);
  while (index > 0 && lines[index].trim() === '') index--;
  const chars = [...lines[index].trim()];
  const shown = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('');
  return { line: index + 1, problem: `YAML 格式错误，${explanation}；该行是“${shown}”`, hint };
}

/** Where the first quoted value or `[`/`{` that is never closed opens, null when none. */
function unclosedOffset(text: string): number | null {
  let found: number | null = null;
  const check = (token: CST.Token | undefined) => {
    if (found !== null || !token) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const source = token.source.trimEnd();
      if (source.length < 2 || !source.endsWith(source[0])) found = token.offset;
    } else if (token.type === 'flow-collection') {
      const close = token.start.source === '[' ? ']' : '}';
      if (!token.end.some((t) => t.source === close)) found = token.offset;
    }
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    check(token.value);
    CST.visit(token, (item) => {
      check(item.key ?? undefined);
      check(item.value);
    });
  }
  return found;
}
